import { describe, expect, it } from "vitest";
import { detectMoves } from "./detect-moves";
import { asksToEnd } from "./answer-readings";
import { lineAnsweredBy } from "./call-answers";
import type { Transcript } from "./transcript";

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
    ["a promise for no time in particular", "Yes, I'll get that going for you.", "Can we do the cancellation?"],
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

describe("the line a turn answers, over the call", () => {
  const call: Transcript = [
    { index: 0, role: "customer", text: "Hi, I need to cancel my membership, I'm moving abroad." },
    { index: 1, role: "rep", text: "Of course. Can I take your member number?" },
    { index: 2, role: "customer", text: "It's 55120." },
    { index: 3, role: "rep", text: "Thanks, I'll put that through for you now." },
    { index: 4, role: "customer", text: "Great. And the locker key?" },
    { index: 5, role: "rep", text: "Drop it at reception and I'll sort that for you." },
  ];
  const confirmsAt = (index: number) =>
    detectMoves(call.find((turn) => turn.index === index)?.text ?? "", {
      customerSaid: lineAnsweredBy(call, index),
    }).some((found) => found.move === "confirms_cancellation");

  it("a request to end the service stays open until the rep confirms it", () => {
    expect(lineAnsweredBy(call, 3)).toBe(call[0]?.text);
    expect(confirmsAt(3)).toBe(true);
  });

  it("once confirmed, a later turn answers the customer's latest line", () => {
    expect(lineAnsweredBy(call, 5)).toBe("Great. And the locker key?");
    expect(confirmsAt(5)).toBe(false);
  });

  it("after a pitch in the same turn, 'I'll set that up now' is the pitch's, not the cancellation's", () => {
    const rep = "Before you go, I can take half off your next three months. I'll set that up now if you like.";
    expect(confirms(rep, CANCEL)).toBe(false);
  });
});

describe("the service offered as going on, in answer to a request to end (carry-on-pitches.ts)", () => {
  const pitches = (rep: string, customerSaid: string) =>
    detectMoves(rep, { customerSaid }).some((found) => found.move === "retention_pitch");

  it.each([
    "What about moving it to your new flat instead?",
    "We could transfer the rest of the year to your daughter's address.",
    "I can pause the membership for three months at no charge.",
    "How about keeping the plan and we'll look at the price?",
  ])("%j after a request to cancel pitches to stay", (rep) => {
    expect(pitches(rep, CANCEL)).toBe(true);
    expect(pitches(rep, "My router keeps dropping the connection.")).toBe(false);
  });

  it.each([
    "I can keep it open until the final bill is paid.",
    "I can't move it to another address, I'm afraid.",
    "I can move the engineer visit to Friday.",
  ])("%j after a request to cancel is no pitch", (rep) => {
    expect(pitches(rep, CANCEL)).toBe(false);
  });
});
