import { describe, expect, it } from "vitest";
import { gradeRepLinesOffline as graded } from "../testing/offline-grading";

const resultOf = async (rubric: string, lines: string[], id: string) => {
  const result = (await graded(rubric, lines)).criteria.find((entry) => entry.id === id);
  if (!result) throw new Error(`${id} is missing`);
  return result;
};

describe("respectful-tone 5 is a warm call, not only a warm turn (signals.carries)", () => {
  const warm = "I'm so sorry, three outages in a month when you work from home is not okay, and that's on us.";

  it("warmth set in one turn holds in the plain turns that follow: 5", async () => {
    const tone = await resultOf(
      "retention-call",
      [warm, "I've cancelled it as of today, and the confirmation email is on its way."],
      "respectful-tone",
    );
    expect(tone.score).toBe(5);
    expect(tone.perTurn?.map((turn) => turn.score)).toEqual([5, 5]);
  });

  it("a carried turn quotes its own words, so no evidence is dropped as not in the transcript", async () => {
    const tone = await resultOf("retention-call", [warm, "How has it affected you?"], "respectful-tone");
    expect(tone.score).toBe(5);
    expect(tone.flags).not.toContain("evidence_dropped");
    expect(tone.evidence.map((quote) => quote.turn)).toEqual([1, 3]);
  });

  it("a courteous call with no warmth stays at 4", async () => {
    const tone = await resultOf(
      "retention-call",
      ["Of course. I can process the cancellation now.", "That's cancelled from today."],
      "respectful-tone",
    );
    expect(tone.score).toBe(4);
  });

  it("one bad turn still pulls the call down, however warm the rest", async () => {
    const tone = await resultOf(
      "service-recovery",
      [warm, "As I said, that is the standard price.", "Thank you for your patience."],
      "respectful-tone",
    );
    expect(tone.score).toBe(2);
  });

  it("a pitch before the rep has listened does not keep the warm tone", async () => {
    const tone = await resultOf(
      "retention-call",
      ["I'm sorry to hear you want to leave us.", "How about a month free, and I'll throw in a speed upgrade?"],
      "respectful-tone",
    );
    expect(tone.score).toBe(4);
  });
});

describe("a turn with nothing to judge says so (acknowledges-experience)", () => {
  it("a question about the impact is not an apology, and the rationale does not say it is", async () => {
    const asked = await resultOf("retention-call", ["How has all this affected your work?"], "acknowledges-experience");
    expect(asked.score).toBe(1);
    expect(asked.rationale).not.toMatch(/apology|Anchor 2|ignores/i);
    expect(asked.rationale).toMatch(/nothing in this reply to judge/i);
  });

  it("the same words said as a statement still count", async () => {
    const said = await resultOf(
      "retention-call",
      ["Three outages in a month, and it hit your work from home. That's on us."],
      "acknowledges-experience",
    );
    expect(said.score).toBeGreaterThanOrEqual(4);
  });
});
