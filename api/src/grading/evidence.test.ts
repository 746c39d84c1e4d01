import { describe, expect, it } from "vitest";
import type { Transcript } from "../conversation/transcript";
import { verifyQuotes } from "./evidence";

const transcript: Transcript = [
  { index: 0, role: "customer", text: "I want a cancellation." },
  { index: 1, role: "rep", text: "I’m sorry. I'll process the cancellation now, and it's done by Friday." },
];

describe("verifyQuotes", () => {
  it.each([
    ["the exact words", "I'll process the cancellation now", true],
    ["other case, spacing, punctuation and a curly apostrophe", "i'm   SORRY!", true],
    ["words from inside other words", "cancel", false],
    ["a letter that occurs in the turn", "i", false],
    ["a part of two words", "ss the canc", false],
    ["words the turn does not hold", "I'll waive your final bill", false],
  ])("on %s: %s", (_label, quote, kept) => {
    expect(verifyQuotes(transcript, [{ turn: 1, quote }])).toHaveLength(kept ? 1 : 0);
  });

  it("keeps a quote only in the turn it cites", () => {
    expect(verifyQuotes(transcript, [{ turn: 0, quote: "I'll process the cancellation" }])).toEqual([]);
  });
});
