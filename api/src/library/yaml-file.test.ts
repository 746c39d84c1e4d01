import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { testPersona, testRubric } from "../testing/fixtures";
import { parsePersona, parseRubric } from "./load-library";
import { formatIssue } from "./yaml-file";

const personaYaml = (patch: (p: Record<string, unknown>) => void = () => {}) => {
  const persona: Record<string, unknown> = structuredClone(testPersona());
  patch(persona);
  return stringify(persona);
};

function lineOf(source: string, needle: string): number {
  return source.split("\n").findIndex((line) => line.includes(needle)) + 1;
}

describe("persona and rubric files", () => {
  it("accepts a valid persona and applies defaults", () => {
    const result = parsePersona(personaYaml(), "personas/test-caller.yaml");
    expect(result.ok).toBe(true);
  });

  it("names file, line and field for an out-of-range mood", () => {
    const source = personaYaml((p) => {
      p.mood = { start: 14, min: 0, max: 10, hangup_at: 10 };
    });
    const result = parsePersona(source, "personas/x.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.issues.map(formatIssue);
    expect(messages).toContain(`personas/x.yaml:${lineOf(source, "start: 14")}: mood.start must be between 0 and 10`);
  });

  it("points at the parent when a required field is missing", () => {
    const source = personaYaml((p) => {
      (p.goals as Record<string, unknown>).hidden = undefined;
    });
    const result = parsePersona(source, "personas/x.yaml");
    if (result.ok) throw new Error("expected failure");
    expect(result.issues[0]).toMatchObject({ field: "goals.hidden", line: lineOf(source, "goals:") });
  });

  it("rejects unknown fields (a typo must not be ignored silently)", () => {
    const source = personaYaml((p) => {
      p.moood = 3;
    });
    const result = parsePersona(source, "personas/x.yaml");
    if (result.ok) throw new Error("expected failure");
    expect(formatIssue(result.issues[0] ?? { file: "", line: 0, field: "", message: "" })).toMatch(/moood/);
  });

  it("rejects a reaction to a move that does not exist, at its line", () => {
    const source = personaYaml((p) => {
      (p.reacts as { to: string }[])[1] = { to: "flatters", mood: 1 } as never;
    });
    const result = parsePersona(source, "personas/x.yaml");
    if (result.ok) throw new Error("expected failure");
    expect(result.issues[0]).toMatchObject({ field: "reacts.1.to", line: lineOf(source, "to: flatters") });
  });

  it("reports YAML syntax errors with their line", () => {
    const result = parsePersona("id: x\nname: [unclosed\nsummary: y\n", "personas/x.yaml");
    if (result.ok) throw new Error("expected failure");
    expect(result.issues[0]?.message).toMatch(/YAML syntax/);
    expect(result.issues[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it("refuses alias bombs", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      );
    const result = parsePersona(bomb.join("\n"), "personas/bomb.yaml");
    expect(result.ok).toBe(false);
  });

  it("checks rubric anchors against the scale and pass threshold", () => {
    const rubric: Record<string, unknown> = structuredClone(testRubric());
    rubric.pass = { overall: 7 };
    const [first] = rubric.criteria as { anchors: Record<string, string> }[];
    if (first) first.anchors = { 1: "Bad.", 3: "Ok." };
    const source = stringify(rubric);
    const result = parseRubric(source, "rubrics/r.yaml");
    if (result.ok) throw new Error("expected failure");
    const messages = result.issues.map(formatIssue);
    expect(messages).toContain(`rubrics/r.yaml:${lineOf(source, "overall: 7")}: pass.overall must be between 1 and 5`);
    expect(
      messages.some((m) =>
        m.includes("criteria.0.anchors must describe at least the lowest (1) and highest (5) score"),
      ),
    ).toBe(true);
  });

  it("refuses silent_turns on a conversation-scope criterion, and reads mild signals", () => {
    const rubric: Record<string, unknown> = structuredClone(testRubric());
    const [first] = rubric.criteria as { scope: string; signals?: Record<string, unknown> }[];
    if (!first) throw new Error("the test rubric has no criterion");
    first.scope = "conversation";
    first.signals = { baseline: 4, mild: { moves: ["transfers"], phrases: ["hold please"] }, silent_turns: "skip" };
    const source = stringify(rubric);
    const result = parseRubric(source, "rubrics/r.yaml");
    if (result.ok) throw new Error("expected failure");
    expect(result.issues.map(formatIssue)).toContain(
      `rubrics/r.yaml:${lineOf(source, "silent_turns: skip")}: criteria.0.signals.silent_turns applies to turn scope only (a call is judged once)`,
    );
    first.scope = "turn";
    const parsed = parseRubric(stringify(rubric), "rubrics/r.yaml");
    if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join("\n"));
    expect(parsed.value.criteria[0]?.signals).toMatchObject({
      mild: { moves: ["transfers"], phrases: ["hold please"] },
      silent_turns: "skip",
    });
  });

  it("refuses a level that needs or reaches by a signal the criterion does not have, with the line", () => {
    const rubric: Record<string, unknown> = structuredClone(testRubric());
    const [first] = rubric.criteria as { signals?: Record<string, unknown> }[];
    if (!first) throw new Error("the test rubric has no criterion");
    first.signals = {
      good: { moves: ["explains"], phrases: [{ pattern: "/because/", label: "gives a reason" }] },
      needs: { 5: ["explains", ["gives a reason", "checks_understanding"]], 4: ["says sorry"] },
      reaches: { 9: ["question"] },
    };
    const source = stringify(rubric);
    const result = parseRubric(source, "rubrics/r.yaml");
    if (result.ok) throw new Error("expected failure");
    const issues = result.issues.map(formatIssue);
    expect(issues).toContainEqual(
      expect.stringMatching(
        /criteria\.0\.signals\.needs\.4\.0 "says sorry" is not a move, question, or one of this criterion's good\.phrases/,
      ),
    );
    expect(issues).toContainEqual(
      expect.stringMatching(/criteria\.0\.signals\.reaches\.9 level must be between 1 and 5/),
    );
    expect(issues.filter((issue) => issue.includes("needs.5"))).toEqual([]);
  });

  it("refuses a left_open level off the scale or a 'done' signal the criterion does not have", () => {
    const rubric: Record<string, unknown> = structuredClone(testRubric());
    const [first] = rubric.criteria as { signals?: Record<string, unknown> }[];
    if (!first) throw new Error("the test rubric has no criterion");
    first.signals = {
      good: { moves: ["confirms_cancellation"], phrases: [] },
      left_open: { level: 0, done: ["confirms_cancellation", "says it is cancelled"] },
    };
    const result = parseRubric(stringify(rubric), "rubrics/r.yaml");
    if (result.ok) throw new Error("expected failure");
    const issues = result.issues.map(formatIssue);
    expect(issues).toContainEqual(expect.stringMatching(/signals\.left_open\.level level must be between 1 and 5/));
    expect(issues).toContainEqual(
      expect.stringMatching(/signals\.left_open\.done\.1 "says it is cancelled" is not a move/),
    );
    expect(issues.filter((issue) => issue.includes("left_open.done.0"))).toEqual([]);
  });
});
