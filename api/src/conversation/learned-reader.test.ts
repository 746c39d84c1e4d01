import { describe, expect, it } from "vitest";
import { readSentencesByRules, readTurn } from "./read-turn";

// Sentences written for this test (not from evals/moves).
const rules = (text: string) => readSentencesByRules(text).flatMap((sentence) => sentence.ruleMoves);
const moves = (text: string) => readTurn(text).moves.map((found) => found.move);

describe("the learned reader on top of the rules (learned-reader.ts)", () => {
  // Tied to the trained weights: after `npm run train:moves`, pick another sentence if this one moves.
  it("adds an explanation the rules are silent on", () => {
    const told = "Insurers look at the repair cost against the car's value, and yours came out as a write-off.";
    expect(rules(told)).not.toContain("explains");
    expect(moves(told)).toContain("explains");
  });

  it("never adds what the reading rules out: a question, a list of words, sarcasm, a move the rules withdrew", () => {
    expect(moves("Do insurers look at the repair cost against the car's value?")).not.toContain("explains");
    expect(moves("Repair cost, car value, write-off, insurers.")).toEqual([]);
    const judged = "Missing your mother's birthday dinner because our driver went to the wrong town is awful.";
    const [sentence] = readSentencesByRules(judged);
    expect(sentence?.withdrawn).toContain("explains");
    expect(moves(judged)).not.toContain("explains");
  });

  it("keeps every move the rules found", () => {
    for (const text of [
      "I'm so sorry, I've refunded the $40 and booked the engineer for Thursday morning.",
      "You should have read the contract before signing.",
      "Let me transfer you to billing.",
    ])
      expect(moves(text)).toEqual(expect.arrayContaining(rules(text)));
  });
});
