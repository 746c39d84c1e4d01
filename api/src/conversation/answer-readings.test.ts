import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import { asksToEnd } from "./answer-readings";

// Sentences written for these tests (not from evals/moves): what a rep line does in answer to the
// customer's line before it (session 16, issue 14 item 7).
const confirms = (rep: string, customerSaid: string) =>
  detectMoves(rep, { customerSaid }).some((found) => found.move === "confirms_cancellation");

const CANCEL = "I'd like to cancel my phone contract, please.";

describe("a cancellation taken in hand, read in answer to the request", () => {
  it.each([
    "Of course, I'll get that done for you right now.",
    "No problem, I'm putting it through as we speak.",
    "Right, processing that now.",
    "Okay, let me take care of that for you this minute.",
    "Done.",
    "Sure — that's all done.",
    "We'll action that today and you'll have the email by five.",
  ])("%j after a request to cancel confirms it", (rep) => {
    expect(confirms(rep, CANCEL)).toBe(true);
  });

  it("'Yes' to 'has it been cancelled?' confirms it; 'Yes' to something else does not", () => {
    expect(confirms("Yes, that went through a few minutes ago.", "Has my contract been cancelled yet?")).toBe(true);
    expect(confirms("Yes, that went through a few minutes ago.", "Did my payment arrive?")).toBe(false);
  });

  it.each([
    [
      "the same words with no request before them",
      "Of course, I'll get that done for you right now.",
      "My bill is wrong.",
    ],
    ["a refusal", "I won't be putting that through today.", CANCEL],
    ["a condition", "Once the handset is back, I'll process that for you.", CANCEL],
    ["a question", "Shall I put that through now?", CANCEL],
    ["an act that is not the request's", "I'll look into that for you now.", CANCEL],
    ["passing it on", "I'll pass that to the team that handles it.", CANCEL],
    ["cancelling something that is not a service", "Sure, I'll do that now.", "Can you cancel the engineer visit?"],
  ])("not %s", (_what, rep, customerSaid) => {
    expect(confirms(rep, customerSaid)).toBe(false);
  });

  it("reads the request to end a service, by verb and what it ends", () => {
    expect(asksToEnd("Please close my account.")).toBe(true);
    expect(asksToEnd("I already sent a cancellation letter.")).toBe(true);
    expect(asksToEnd("Can you close the door on that complaint?")).toBe(false);
  });

  it("without the customer's line, the sentence is read alone", () => {
    expect(detectMoves("Of course, I'll get that done for you right now.").map((found) => found.move)).not.toContain(
      "confirms_cancellation",
    );
  });
});
