import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests (session 14, lane s14-moves-a), none from evals/. */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("the ground before a deflection's or a refusal's \", so\" still tells what happened", () => {
  it.each([
    "Sorry, the portal's been down since nine, so I'd try a branch.",
    "The booking system was switched off overnight, so you'll need to ring the hotel directly.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each([
    // A blame's ground is its evidence, not an account.
    "The renewal letter goes to every member, so you must have thrown it away.",
    // A pitch's feature is the pitch.
    "Our loyalty plan costs less each month, so you'd save by staying with us.",
    // What was done for the customer.
    "I've refunded the fee this morning, so the account shows a credit.",
    // The customer's own doing before the ", so", with no thing as the subject.
    "You asked us to call after six, so I'd ring the depot.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});

describe("the content of a rule told, even when the sentence refuses", () => {
  it.each([
    "Unfortunately our rule is that late entries are held until Monday.",
    "I'm afraid the policy is that spare keys are made only at the main office.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each([
    // The content is the rep's own refusal, not how a thing works.
    "Our policy is that we don't refund sale items.",
    "Our position is that we can't reopen the claim.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});

describe("what the customer keeps up to a time, told with them as the subject", () => {
  it.each([
    "I'll close the membership today, and you'll keep the gym pass until the 31st.",
    "You'll still have the line up to Friday.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each([
    // No time it lasts to, or a charge that will not be made: the cancellation's own news.
    "You'll keep the same number.",
    "Your account is closed, and you won't be billed again.",
    "Would you like to keep the line until Friday?",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});

describe("what the thing just named is, classed by a noun", () => {
  it.each([
    "Sorry the printer page kept timing out, that's a known fault the web team is on.",
    "That's a one-off admin charge.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each([
    // Judged, not classed.
    "That's a fair point.",
    "That's a long time to be without heating.",
    "That's a good question.",
    // A question.
    "Is that a one-off charge?",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});

describe('a move\'s own ", so" and a customer who explains are no account by the rep', () => {
  it.each([
    // The refusal is the ", so" clause.
    "We're short of drivers this week, so you'll have to wait for Monday.",
    // The acknowledgement's judgement.
    "You'd paid for the express option, so you had every right to expect it by Friday.",
    // The customer explaining, not the rep.
    "Having to explain all that to your landlord must have been awful.",
  ])("%j does not explain", (text) => {
    expect(moves(text)).not.toContain("explains");
  });

  it.each([
    // The rep explaining, or a thing's past before the ", so" of an acknowledgement.
    "Let me explain where the extra charge came from.",
    "I want to explain why the bill went up.",
    "The engineer missed both slots, so you lost two days of work.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });
});

describe("a thing's account behind a relative clause or the rep's finding", () => {
  it.each([
    "The charge you're seeing is a pre-authorisation hold.",
    "The fee you were charged covers the engineer's visit.",
    "It looks like the order was split into two parcels.",
    "I can see the payment was taken twice on the 3rd.",
    "It seems the courier left it at the depot.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each([
    // What the rep sees is the customer's wait: sympathy, not an account.
    "I can see you've been waiting since Monday.",
    "It looks like you're having a rough week.",
    // The rep's own doing.
    "It looks like I can book you in for Thursday.",
    // The customer's circumstance as the reason for the rep's act.
    "I'll post the contract to you by Monday, since you don't have a printer.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});

describe("a clause that tells beside a clause that offers or confirms", () => {
  it.each([
    "The apartment we've found is a short walk from the office, and I've refunded the first week's rent.",
    "The old router was the cause, and I'm sending you a new one today.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each([
    // Every clause is the remedy or what was done for them.
    "Your refund has been approved, and the fee is waived.",
    // Beside a pitch, the clause serves the pitch.
    "If you stay with us the line is upgraded free, and the router comes with it.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});
