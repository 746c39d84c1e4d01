import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_GRADE_CHARS, MAX_GRADE_TURNS } from "../grading/transcript-limits";
import { runParley } from "../testing/cli-io";
import { REPO_ROOT, startTestRuntime } from "../testing/test-runtime";

/** Issue 17: `POST /api/grade` and `parley grade` accept the same transcripts and refuse the same ones. */
let parley: Awaited<ReturnType<typeof startTestRuntime>>;
let dir: string;
beforeAll(async () => {
  parley = await startTestRuntime();
  dir = await mkdtemp(path.join(tmpdir(), "parley-parity-"));
});
afterAll(() => parley.close());

const RUBRIC = path.join(REPO_ROOT, "rubrics/retention-call.yaml");
/** A long call as a trainer exports it: { role, text } turns without indexes. */
const call = (turns: number, text = "I understand, let me check that for you.") =>
  Array.from({ length: turns }, (_, i) => ({ role: i % 2 === 0 ? "customer" : "rep", text }));

async function both(transcript: unknown[]) {
  const file = path.join(dir, `t-${transcript.length}-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, JSON.stringify(transcript));
  const cli = await runParley(["grade", file, "--rubric", RUBRIC, "--json"], { PARLEY_ENGINE: "offline" });
  const http = await parley.json("POST", "/api/grade", { transcript, rubricId: "retention-call" });
  return { cli, http };
}

describe("grading limits shared by HTTP and the CLI", () => {
  it("grades a 598-turn call both ways, with the same overall score", async () => {
    const { cli, http } = await both(call(598));
    expect(http.status).toBe(200);
    expect([0, 1]).toContain(cli.code);
    const overHttp = ((await http.json()) as { scorecard: { overall: number } }).scorecard.overall;
    const overCli = (JSON.parse(cli.stdout) as { overall: number }).overall;
    expect(overHttp).toBe(overCli);
  });

  it("refuses a call over the turn limit both ways, naming the limit", async () => {
    const { cli, http } = await both(call(MAX_GRADE_TURNS + 1, "Hi."));
    expect(http.status).toBe(413);
    const error = ((await http.json()) as { error: { code: string; message: string } }).error;
    expect(error).toMatchObject({ code: "transcript_too_large" });
    expect(error.message).toContain(`at most ${MAX_GRADE_TURNS} turns`);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain(`at most ${MAX_GRADE_TURNS} turns (this one has ${MAX_GRADE_TURNS + 1})`);
  });

  it("refuses a call over the character limit both ways, naming the limit", async () => {
    const { cli, http } = await both(call(21, "word ".repeat(2_000)));
    expect(http.status).toBe(413);
    expect(((await http.json()) as { error: { message: string } }).error.message).toContain(
      `at most ${MAX_GRADE_CHARS} characters`,
    );
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain(`at most ${MAX_GRADE_CHARS} characters`);
  });
});
