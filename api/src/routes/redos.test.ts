import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { startTestRuntime } from "../testing/test-runtime";

/** Issue 15, finding 1: a trainer's pattern runs on a linear-time engine or is refused. */
let parley: Awaited<ReturnType<typeof startTestRuntime>>;
let rubric: {
  criteria: { checks?: unknown[]; signals: { good: { phrases: string[] }; needs?: unknown; left_open?: unknown } }[];
};
beforeAll(async () => {
  parley = await startTestRuntime();
  rubric = parse(await readFile("rubrics/retention-call.yaml", "utf8")) as typeof rubric;
});
afterAll(() => parley.close());

const withCheck = (pattern: string) => ({
  ...rubric,
  criteria: rubric.criteria.map((criterion, i) =>
    i === 0 ? { ...criterion, checks: [{ must_include: [pattern], cap: 1 }] } : criterion,
  ),
});
const grade = (body: unknown) => parley.json("POST", "/api/grade", body);
const tiny = async () =>
  (await grade({ transcript: [{ index: 0, role: "rep", text: "Hello." }], rubricId: "retention-call" })).status;

describe("catastrophic patterns through POST /api/grade", () => {
  it.each([
    ["/(a+)+$/", `${"a".repeat(28)}!`],
    ["/^(\\w+\\s?)*$/", "I can definitely help you with that problem today and then we will fix it properly!"],
  ])("%s finishes, and the next small request is answered", async (pattern, text) => {
    const response = await grade({ transcript: [{ index: 0, role: "rep", text }], rubric: withCheck(pattern) });
    expect(response.status).toBe(200);
    const { scorecard } = (await response.json()) as { scorecard: { criteria: { id: string }[] } };
    expect(scorecard.criteria.length).toBe(rubric.criteria.length);
    expect(await tiny()).toBe(200);
  });

  it("still matches what the pattern says (a regex signal phrase finds its sentence)", async () => {
    const draft = structuredClone(rubric);
    draft.criteria[0]!.signals.good.phrases = ["/cancel+ed (it|that) (today|now)/"];
    // The shipped levels (and what counts as done) name phrases this draft no longer has.
    delete draft.criteria[0]!.signals.needs;
    delete draft.criteria[0]!.signals.left_open;
    const response = await grade({
      transcript: [{ index: 0, role: "rep", text: "Done. I cancelled it today, you're all set." }],
      rubric: draft,
    });
    const { scorecard } = (await response.json()) as { scorecard: { criteria: { evidence: { quote: string }[] }[] } };
    expect(scorecard.criteria[0]?.evidence.map((e) => e.quote)).toContain("I cancelled it today, you're all set.");
  });
});

describe("patterns RE2 cannot run are refused at validate, with file, line and field", () => {
  it.each([
    ["/(\\w+) \\1/", /backreference/],
    ["/sorry(?= for)/", /lookahead or lookbehind/],
    ["/(?<!not )sorry/", /lookahead or lookbehind/],
  ])("%s", async (pattern, reason) => {
    const source = stringify(withCheck(pattern));
    const response = await parley.json("POST", "/api/rubrics/validate", { source });
    const body = (await response.json()) as {
      valid: boolean;
      issues: { line: number; field: string; message: string }[];
    };
    expect(body.valid).toBe(false);
    const issue = body.issues.find((i) => reason.test(i.message));
    expect(issue).toMatchObject({ field: "criteria.0.checks.0.must_include.0" });
    expect(source.split("\n")[(issue?.line ?? 0) - 1]).toContain(pattern.slice(0, 6));

    const graded = await grade({ transcript: [{ index: 0, role: "rep", text: "x" }], rubricYaml: source });
    expect(graded.status).toBe(400);
  });

  it("a signal phrase is checked the same way", async () => {
    const draft = structuredClone(rubric);
    draft.criteria[0]!.signals.good.phrases = ["/(a)\\1/"];
    delete draft.criteria[0]!.signals.needs;
    delete draft.criteria[0]!.signals.left_open;
    const body = (await (await parley.json("POST", "/api/rubrics/validate", { source: stringify(draft) })).json()) as {
      issues: { field: string; message: string }[];
    };
    expect(body.issues).toEqual([
      expect.objectContaining({
        field: "criteria.0.signals.good.phrases.0",
        message: expect.stringMatching(/backreference/),
      }),
    ]);
  });
});
