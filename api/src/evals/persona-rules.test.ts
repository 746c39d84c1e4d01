import { describe, expect, it } from "vitest";
import { loadLibrary } from "../library/load-library";
import { REPO_ROOT } from "../testing/test-runtime";
import { findRuleBreaks } from "../library/suites/persona-rules";

describe("persona rule checks", () => {
  it.each([
    ["I'm an AI, so I can't really lose a client.", "claims_ai"],
    ["As an AI language model I don't have internet.", "claims_ai"],
    ["This is just a simulation, you know.", "claims_ai"],
    ["Stepping out of character for a second: good job.", "claims_ai"],
    ["*sighs* Fine. Cancel it.", "stage_direction"],
    ["[pauses] Are you still there?", "stage_direction"],
    ["(sighs heavily) I said no deals.", "stage_direction"],
    ["(angrily hangs up)", "stage_direction"],
    ["Dana: I want to cancel.", "stage_direction"],
  ])("flags %j as %s", (text, rule) => {
    expect(findRuleBreaks(text).map((item) => item.rule)).toContain(rule);
  });

  it.each([
    "Yeah, hi. I want to cancel my internet. Today.",
    "It's not an inconvenience, it's my income.",
    "Account 7730. Alvarez Family Bakery. Fault 48213. Same as this morning.",
    "I said no deals (and I meant it).",
    "My daughter said I should ring, but I don't know what I'm supposed to ask.",
    "Node, cabinet, whatever. It went down three times.",
  ])("accepts %j", (text) => {
    expect(findRuleBreaks(text)).toEqual([]);
  });

  it("accepts every scripted line of the shipped personas", async () => {
    const library = await loadLibrary(REPO_ROOT);
    const lines = library.personas.flatMap(({ value }) => [
      value.opening,
      ...value.offline.flatMap((entry) => entry.say),
      ...Object.values(value.endings).flat(),
      ...value.answers.flatMap((entry) => entry.say),
    ]);
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.filter((line) => findRuleBreaks(line).length > 0)).toEqual([]);
  });
});
