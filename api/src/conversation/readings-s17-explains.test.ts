import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests (session 17, lane s17-explains), not taken from evals/. */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("how the people behind a process usually act (account-habits.ts)", () => {
  it.each([
    "They normally post the letters on the first working day of the month.",
    "The depot's closed on Sundays, and they usually hold parcels until Monday.",
    "It may still be in the sorting office, they sometimes miss a bag on the first run.",
    "They tend to batch refunds at the end of the week.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each([
    // The customer's habit, a past, and no frequency at all.
    "You usually pay by card, don't you?",
    "They posted it yesterday.",
    "They're lovely people at the depot.",
    "I always check twice before I send anything.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});

describe("an account put as a question of what the customer knows (account-questions.ts)", () => {
  it.each([
    "Did you know the deposit is held for thirty days after the lease ends?",
    "Would it surprise you to hear the charge is a pre-authorisation rather than a payment?",
    "Were you aware that the plan renews automatically each year?",
    "So, did you know the charge is only a hold on the card?",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each([
    // A pitch, the customer's own options, and a question about what they know with nothing told.
    "Did you know our broadband comes with a free router upgrade?",
    "Did you know you can pause the plan for three months?",
    "Did you know about the outage in your area?",
    "Do you know when the parcel was sent?",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});

describe("a move's ', so' clause ends at a dash or a semicolon (account-readings.ts)", () => {
  it("reads the account pointed back to after the dash", () => {
    expect(
      moves(
        "Your move counts as a change of circumstances, so the exit fee is waived — that's why it isn't on the bill.",
      ),
    ).toContain("explains");
  });

  it("still reads the consequence of an act as the act's own", () => {
    expect(moves("I've refunded the charge, so you don't need to call your bank.")).not.toContain("explains");
  });
});

describe("a concession snapped back with 'oh' explains nothing (account-irony.ts)", () => {
  it.each([
    "Oh, of course, because the rules were written just for you.",
    "Oh right, the courier was automatic then.",
    "Oh sure, the bank always blames us for that.",
  ])("%j does not explain", (text) => {
    expect(moves(text)).not.toContain("explains");
  });

  it.each([
    // A genuine "of course" and a plain "oh" before an account.
    "Of course, the fee is charged because the box wasn't returned.",
    "Oh, the parcel was sent to your old address because the change hadn't gone through.",
  ])("%j still explains", (text) => {
    expect(moves(text)).toContain("explains");
  });
});

describe("a past the language model has no lemma for (account-readings.ts)", () => {
  it.each([
    "The courier recieved it two days late.",
    "Honestly, the booking system just glitched when the update went in.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it("a present with its own lemma stays a present", () => {
    expect(moves("The engineers need a part.")).not.toContain("explains");
  });
});
