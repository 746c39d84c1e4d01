import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Scorecard } from "../grading/types";
import { REPO_ROOT } from "../testing/test-runtime";
import { runParley } from "../testing/cli-io";

const RUBRIC = path.join(REPO_ROOT, "rubrics/retention-call.yaml");
let dir: string;

/** `parley ARGS` in this process, with PARLEY_ENGINE=offline as its whole environment. */
const parley = (...args: string[]) => runParley(args, { PARLEY_ENGINE: "offline" });

async function file(name: string, content: unknown) {
  const target = path.join(dir, name);
  await writeFile(target, typeof content === "string" ? content : JSON.stringify(content));
  return target;
}

const good = [
  { role: "customer", text: "I want to cancel. Today. No deals." },
  {
    role: "rep",
    text: "I'm so sorry, three outages in a month is not okay, and losing a client call because of us is awful. How has it affected your work?",
  },
  { role: "customer", text: "I lost the client." },
  {
    role: "rep",
    text: "That's awful, thank you for telling me. I can cancel it now, and I've cancelled your service today; you'll receive a confirmation email with your final bill.",
  },
];
const bad = [
  { role: "customer", text: "I want to cancel. Today. No deals." },
  { role: "rep", text: "Calm down. Before you go, have you heard about our bundle deal? It's a great upgrade." },
  { role: "customer", text: "No deals." },
  { role: "rep", text: "I can't cancel that today, it's policy. Let me transfer you to the retentions team." },
];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "parley-grade-"));
});

describe("parley grade", () => {
  it("prints a readable scorecard and exits 0 for a passing call", async () => {
    const result = await parley("grade", await file("good.json", good), "--rubric", RUBRIC);
    expect(result.stdout).toMatch(
      /^Cancellation and retention call — PASS, overall [\d.]+ \(pass mark 3\.5\) · offline/,
    );
    expect(result.stdout).toContain("turn 1: \"I'm so sorry, three outages in a month is not okay");
    expect(result.code).toBe(0);
  });

  it("exits 1 for a failing call and names what to improve", async () => {
    const result = await parley("grade", await file("bad.json", { transcript: bad }), "--rubric", RUBRIC);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/— FAIL/);
    expect(result.stdout).toContain("To improve");
    expect(result.stdout).toMatch(/\[critical\]/);
  });

  it("prints the scorecard as JSON with --json", async () => {
    const result = await parley("grade", await file("good2.json", good), "--rubric", RUBRIC, "--json");
    const card = JSON.parse(result.stdout) as Scorecard;
    expect(card).toMatchObject({ engine: "offline", passed: true, rubric: { id: "retention-call", version: 0 } });
  });

  it.each([
    ["a missing file", ["grade", "/nonexistent/t.json", "--rubric", RUBRIC], /cannot read \/nonexistent\/t\.json/],
    ["a missing --rubric", ["grade", "t.json"], /needs a transcript file and --rubric/],
    ["an unknown option", ["grade", "t.json", "--rubric", RUBRIC, "--bogus"], /Unknown option '--bogus'/],
    [
      "an unknown engine",
      ["grade", "t.json", "--rubric", RUBRIC, "--engine", "gpt"],
      /PARLEY_ENGINE="gpt": must be auto, offline or model/,
    ],
  ])("exits 2 on %s", async (_label, args, message) => {
    const result = await parley(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("exits 2 for a non-English rubric offline: the offline grader reads English only", async () => {
    const transcript = await file("es.json", [
      { role: "customer", text: "Me ha llegado una factura de trescientos doce euros." },
      { role: "rep", text: "Vamos a mirarlo ahora mismo." },
    ]);
    const result = await parley(
      "grade",
      transcript,
      "--rubric",
      path.join(REPO_ROOT, "rubrics/atencion-reclamaciones-es.yaml"),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /Rubric "atencion-reclamaciones-es" is in Spanish \(es\); the offline engine supports English only/,
    );
  });

  it("exits 2 naming the problem for a malformed transcript or rubric", async () => {
    const turns = await file("bad-role.json", [{ role: "agent", text: "hi" }]);
    const wrongRole = await parley("grade", turns, "--rubric", RUBRIC);
    expect(wrongRole.code).toBe(2);
    expect(wrongRole.stderr).toMatch(/bad-role\.json: 0\.role must be "customer" or "rep"/);
    const rubric = await file("r.yaml", "id: r\nname: R\npass: { overall: 9 }\ncriteria: []\n");
    const badRubric = await parley("grade", await file("ok.json", good), "--rubric", rubric);
    expect(badRubric.code).toBe(2);
    expect(badRubric.stderr).toMatch(/r\.yaml:3: pass\.overall must be between 1 and 5/);
  });
});
