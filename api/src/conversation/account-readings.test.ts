import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests (session 12), not taken from evals/. */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("an account of what happened, read from clause structure", () => {
  it.each([
    "Your order was held at the depot, as the courier had the wrong postcode.",
    "I've resent the code, as the first text went to your old number.",
    "The returns desk checks each parcel within two days of it arriving.",
    "Our booking system didn't pass the change on to the hotel.",
    "The reminder was set for the wrong month.",
    "I can't close the case until the lab replies, which could take a few days.",
    "You moved house in May, and that's when the letters stopped reaching you.",
    "The depot expects the part on Tuesday, and I'll ring you as soon as it lands.",
    "Your membership runs to the end of March and then lapses.",
    "The meter readings were never sent to billing, and the estimate stayed on your account.",
    "The warehouse shipped the parcel to your old address.",
    "The parcel service moved your delivery to Monday, since the van broke down on Friday.",
    "Your contract covers storm damage, which simply means wind or rain breaking in from outside.",
    "Once the form is in, the transfer takes up to three days to arrive.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each([
    // The reason for asking, not an account.
    "Did you change the password yourself, because the log shows a reset this morning?",
    "When the heating stopped, how did the kids manage overnight?",
    // The ", so" of a pitch or a blame is the move itself.
    "We run the most reliable network in the country, so you're in very good hands.",
    "The letter went to every household, so you must have thrown it away.",
    // What the rep's act gets the customer is its purpose.
    "I've cancelled the duplicate order, so you won't be charged twice.",
    // A noun phrase that is no clause: an object, a prepositional phrase, a verb-less fragment.
    "Sorry for the delay caused.",
    "Having your parcel returned twice must be maddening.",
    "As I said, I can look at the bill with you.",
    // How things work, told to refuse.
    "Our policy doesn't allow me to reopen a closed account.",
    // What was done for the customer.
    "Your membership has been cancelled and no further payments will be taken.",
    "This bill looks far too high.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});

describe("jargon to the customer, not a product's name or their own term asked about", () => {
  it.each([
    "The ONT in your hallway lost sync with the OLT overnight.",
    "I've raised a P1 with the NOC and asked for an RFO.",
  ])("%j uses jargon", (text) => {
    expect(moves(text)).toContain("uses_jargon");
  });

  it.each([
    "If you renew today, I can move you onto our Business Gold tier at no extra cost.",
    "Is the VPN your staff use the one that dropped?",
    "Would a written RCA by Friday be enough for your board?",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("uses_jargon");
  });
});

describe("a remedy offered, not passed on or refused", () => {
  it.each([
    "Would you like me to set a payment limit on the account so it can't run up again?",
    "I can set up a read-only copy of the shared drive for your team this afternoon.",
    "I can't refund the delivery charge, but I can send a replacement today.",
    "Wouldn't it be simpler if I just credited the difference now?",
  ])("%j offers a remedy", (text) => {
    expect(moves(text)).toContain("offers_remedy");
  });

  it.each([
    "I'll put you through to the accounts team about the refund.",
    "Credits for a single missed day aren't possible, I'm afraid.",
    "I won't be crediting the account for that.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("offers_remedy");
  });
});

describe("a retention pitch, not the rep looking or a charge's name", () => {
  it.each([
    "As a subscriber you'd get early access to every new release.",
    "We've got a two-for-one deal running until Sunday.",
    "If you upgrade to Family, everyone in the house gets their own profile.",
  ])("%j pitches", (text) => {
    expect(moves(text)).toContain("retention_pitch");
  });

  it.each([
    "Let me have a look at what went wrong with the last bill.",
    "Those calls were charged at out-of-bundle rates.",
    "The price changed when you upgraded in June.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("retention_pitch");
  });
});

describe("a commitment and a cancellation, read past a negated noun and in more ways of giving a time", () => {
  it.each([
    "I'll post the paperwork to you by Thursday, since you don't have email at home.",
    "Once you've read me the code, I'll unlock the account and it will work within a couple of minutes.",
    "I'll read the meter myself on the 14th.",
  ])("%j commits to an action", (text) => {
    expect(moves(text)).toContain("commits_to_action");
  });

  it("reads a disconnection being processed as the cancellation itself, not a second commitment", () => {
    const found = moves("I'm processing the disconnection now, and the line goes quiet at midnight.");
    expect(found).toContain("confirms_cancellation");
    expect(found).not.toContain("commits_to_action");
  });
});
