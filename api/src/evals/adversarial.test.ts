import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Scorecard } from "../grading/types";
import { REPO_ROOT } from "../testing/test-runtime";
import { runParley } from "../testing/cli-io";

/** The adversarial suite (evals/adversarial/): no shipped rubric may pass any of its calls. */
interface AdversarialCall {
  id: string;
  category: string;
  transcript: { role: "customer" | "rep"; text: string }[];
}

const suite = JSON.parse(readFileSync(path.join(REPO_ROOT, "evals/adversarial/calls.json"), "utf8")) as {
  calls: AdversarialCall[];
};
// The offline grader reads English only: a rubric in another language is refused, not graded (issue 17 item 4).
const rubrics = readdirSync(path.join(REPO_ROOT, "rubrics"))
  .filter((name) => name.endsWith(".yaml"))
  .filter((name) => !/^language: (?!en\b)/m.test(readFileSync(path.join(REPO_ROOT, "rubrics", name), "utf8")));
const cases = suite.calls.flatMap((call) => rubrics.map((rubric) => [call.id, rubric, call] as const));

describe("adversarial suite, offline", () => {
  it("covers every kind of gaming the issue names", () => {
    const categories = new Set(suite.calls.map((call) => call.category));
    for (const kind of [
      "keyword list",
      "obstruction in polite words",
      "repeated why",
      "negated promises",
      "the same move repeated",
      "sarcasm",
    ])
      expect(categories).toContain(kind);
  });

  it.each(cases)("%s does not pass %s", async (_id, rubric, call) => {
    const dir = await mkdtemp(path.join(tmpdir(), "parley-adversarial-"));
    const file = path.join(dir, "call.json");
    await writeFile(file, JSON.stringify(call.transcript));
    const result = await runParley(["grade", file, "--rubric", path.join("rubrics", rubric), "--json"], {
      PARLEY_ENGINE: "offline",
    });
    const card = JSON.parse(result.stdout) as Scorecard;
    expect(card.passed).not.toBe(true);
    expect(result.code).toBe(1);
  });
});
