import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests (session 15, lane s15-moves), not taken from evals/. */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("a cancellation confirmed in the future passive, a split phrasal verb, or a recap", () => {
  it.each([
    "Your contract will be terminated from tomorrow.",
    "Your cancellation will be processed today.",
    "The broadband line is going to be disconnected on Friday.",
    "Your service has been switched off as requested.",
    "I'm putting the cancellation through now.",
    "I'll put your cancellation through today.",
    "I've gone ahead and put the cancellation in.",
    "I'll get the cancellation processed for you today.",
    "I'll get that cancelled for you now.",
    "Let me cancel that for you right now.",
    "I'm going ahead with the cancellation now.",
    "I've stopped the direct debit and closed your account.",
    "That's the cancellation done for you.",
    "Right, that's your membership closed.",
  ])("%j confirms the cancellation", (text) => {
    expect(moves(text)).toContain("confirms_cancellation");
  });

  it.each([
    // Nothing in the sentence names what is being ended: an earlier request is pointed back to.
    "Sure, I'll start that for you now.",
    "I'll put it through and send you a letter by Friday.",
    // A condition, a negation, a question, or something else ended.
    "If you cancel, your line will be disconnected on Friday.",
    "Once the fee is paid, your contract will be terminated.",
    "Your contract won't be terminated until the fee is paid.",
    "Will your account be closed today?",
    "I'm putting the refund through now.",
    "I'll get the engineer booked for Friday.",
    "Let me end the call here.",
    "Let me cancel the engineer visit.",
    "I've checked the bill and closed the ticket.",
    "That's the refund done for you.",
    "Your router will be switched off remotely while we reset it.",
  ])("%j does not confirm a cancellation", (text) => {
    expect(moves(text)).not.toContain("confirms_cancellation");
  });
});
