import { describe, expect, it } from "vitest";
import { nearDuplicates, skillId } from "./skills";

describe("skill labels", () => {
  it.each([
    ["Next steps", "next-steps"],
    ["  De-escalation ", "de-escalation"],
    ["Honouring the request", "honouring-the-request"],
  ])("%s has the id %s", (label, id) => expect(skillId(label)).toBe(id));

  it("finds near-duplicates (case, plural, punctuation, word order) and nothing else", () => {
    expect(
      nearDuplicates(["Next steps", "Empathy", "next step", "Plain language", "Language, plain", "Pacing", "Empathy"]),
    ).toEqual([
      { label: "next step", same: "Next steps" },
      { label: "Language, plain", same: "Plain language" },
    ]);
    expect(nearDuplicates(["Listening", "Discovery", "Compliance", "Ownership"])).toEqual([]);
  });
});
