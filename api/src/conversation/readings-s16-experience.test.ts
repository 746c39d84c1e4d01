import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests (session 16, lane s16-moves-a), not taken from evals/. */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("an account told before the sentence's question (account-tails.ts)", () => {
  it.each([
    "So the discount was applied to the wrong month; does that make sense?",
    "The meter was read in January, and the bill is split over three months — is that clear?",
    "A pending charge means the money is held rather than taken, so shall I check when it drops off?",
    "Basically the payment failed because the card had expired, do you follow?",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each([
    // A recap the customer is asked to confirm, and a question with no statement before it.
    "So the parcel goes back to the depot on Monday, is that correct?",
    "So you'd like the late fee removed, have I got that right?",
    "Does that make sense?",
    "Can you tell me when the charge first appeared?",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});

describe("what a thing means, or the state it is in (account-meanings.ts)", () => {
  it.each([
    "A direct debit means the payment comes out on the same day each month.",
    "The amber light on the router meant the line was still syncing.",
    "The suspension was automatic after the second missed payment.",
    "Your order is on hold until the bank clears the payment.",
    "The deposit is refundable once the keys are returned.",
    "The balance is spread over your next six bills.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each([
    // A judgement, not a state; sympathy's "means"; the customer's own wish.
    "The wait is long, I know.",
    "Losing a weekend of trading means you've lost real money, and that's awful.",
    "The bill is wrong.",
    "Your plan is fantastic value.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});
