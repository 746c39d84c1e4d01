import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { cutAtHeard } from "./barge-in";

const REPLY = "Yeah, hi. I want to cancel my internet. Today. And I don't want to hear about any deals.";

describe("cutAtHeard", () => {
  it.each([
    ["case, punctuation and spacing aside", "yeah HI   i want", "Yeah, hi. I want—", 4],
    [
      "curly apostrophes",
      "Yeah, hi. I want to cancel my internet. Today. And I don’t",
      "Yeah, hi. I want to cancel my internet. Today. And I don't—",
      12,
    ],
    ["nothing heard", "", "—", 0],
    ["stage directions were never spoken", "Fine", "Fine—", 1],
  ])("%s", (_, heard, text, words) => {
    const reply = heard === "Fine" ? "*sighs* Fine. Go on." : REPLY;
    expect(cutAtHeard(reply, heard)).toEqual({ text, interruption: { heardWords: words, fullText: reply } });
  });

  it("leaves a reply that was heard to the end alone", () => {
    expect(cutAtHeard(REPLY, `${REPLY} `)).toBeNull();
  });

  it.each([
    ["words from the middle", "I want to cancel"],
    ["more than was said", `${REPLY} and more`],
    ["a different word", "Yeah, hello"],
  ])("refuses %s with invalid_heard", (_, heard) => {
    expect(() => cutAtHeard(REPLY, heard)).toThrow(expect.objectContaining({ code: "invalid_heard" }) as DomainError);
  });
});
