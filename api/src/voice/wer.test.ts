import { describe, expect, it } from "vitest";
import { pooledWer, wordErrors } from "./wer";

describe("word error rate", () => {
  it.each([
    ["identical", "I can help with that.", "i can help with that", 0, 0, 0, 0],
    ["case, punctuation and curly apostrophes do not count", "I’m SO sorry!", "i'm so sorry", 0, 0, 0, 0],
    ["one substitution", "send a technician today", "send a technician to day", 0.5, 1, 0, 1],
    ["one deletion", "I can cancel that today", "I can cancel today", 0.2, 0, 1, 0],
    ["one insertion", "thank you", "thank you very", 0.5, 0, 0, 1],
    ["numbers are compared as spoken words", "It went up to $85.", "it went up to eighty five dollars", 0, 0, 0, 0],
    ["everything missing", "three outages this month", "", 1, 0, 4, 0],
    ["two empty texts", "", "", 0, 0, 0, 0],
    // sclite's alignment of this pair (checked by hand with sctk 2.4.10): 2 sub, 1 del.
    ["mixed edits", "how have the outages affected your work", "how the outage affected you work", 3 / 7, 2, 1, 0],
  ])("%s", (_, reference, hypothesis, wer, substitutions, deletions, insertions) => {
    const result = wordErrors(reference, hypothesis);
    expect(result.wer).toBeCloseTo(wer, 5);
    expect(result).toMatchObject({ substitutions, deletions, insertions });
  });

  it("pools errors over utterances by reference words, not by averaging rates", () => {
    const results = [wordErrors("a b c d e f g h i j", "a b c d e f g h i j"), wordErrors("yes", "no")];
    expect(pooledWer(results)).toBeCloseTo(1 / 11, 5);
  });
});
