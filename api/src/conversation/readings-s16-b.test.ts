import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests (session 16, lane s16-moves-b), none taken from evals/. */
const moves = (text: string, customerSaid?: string): RepMove[] =>
  detectMoves(text, customerSaid === undefined ? {} : { customerSaid }).map((found) => found.move);

const CANCEL = "Please just cancel my broadband, I'm moving in with my sister.";

describe("a cancellation put off, or how cancellations work, is not confirmed now (cancellation-timing.ts)", () => {
  it.each([
    "I'll cancel it once the engineer has picked up the router.",
    "We'll close the account when the last bill has been paid.",
    "Not yet, it goes through after the final reading.",
    "Cancellations are processed by the billing team within a week.",
  ])("%j does not confirm the cancellation", (text) => {
    expect(moves(text)).not.toContain("confirms_cancellation");
  });

  it.each([
    "I'll cancel it now, and once the last bill is out you'll get a letter.",
    "I've cancelled your broadband, so once the router is back you're all done.",
    "Your cancellation has been processed.",
  ])("%j still confirms it", (text) => {
    expect(moves(text)).toContain("confirms_cancellation");
  });
});

describe("a cancellation confirmed in answer to the request (cancellation-answers.ts)", () => {
  it.each([
    "It's being processed while we talk.",
    "That's all been actioned for you.",
    "Okay, I've stopped the order from today.",
    "We're closing the booking down now.",
  ])("%j after a request to cancel confirms it", (text) => {
    expect(moves(text, CANCEL)).toContain("confirms_cancellation");
  });

  it.each([
    "It's not been processed yet.",
    "Once it's processed you'll get an email.",
    "That's been a popular package this year.",
    "I've stopped the engineer from coming, though.",
  ])("%j after a request to cancel does not confirm it", (text) => {
    expect(moves(text, CANCEL)).not.toContain("confirms_cancellation");
  });

  it("without the request, the order stopped is not read as the cancellation", () => {
    expect(moves("Okay, I've stopped the order from today.", "My bill went up again.")).not.toContain(
      "confirms_cancellation",
    );
  });
});
