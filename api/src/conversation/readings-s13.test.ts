import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests (session 13), not taken from evals/. */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("an account told by a thing's present passive, its state, or a verb the tagger reads as a noun", () => {
  it.each([
    "The help page is refreshed by hand each Monday.",
    "Late returns are charged at the end of the month.",
    "The booking site's been offline since noon, and the team is still on it.",
    "Our payment portal has been down for most of the day.",
    "The assessor reviews disputes within ten working days.",
    "The courier collects parcels before noon on weekdays.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each([
    // A question about the rep's own act is no account, however it opens.
    "Wouldn't it be easier if I rang the depot to explain it myself?",
    "Isn't it simpler if I explain the new bill by email?",
    // What was done for the customer, not how the process works.
    "Your replacement card is booked in, and I have refunded the fee to your account.",
    // A rule cited as authority, or what was done for the customer, is no account of how things work.
    "Late cancellations are charged in full per our booking procedure.",
    "The delivery fee is waived for this order.",
    // Said of a person, or a state that is not a thing out of order.
    "You've been really patient with us.",
    "Customer reviews matter a lot to us.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});

describe("what something is: a wh-clause as the subject, or a thing classed by a noun phrase", () => {
  it.each([
    "What you were charged last week is the installation deposit.",
    "What you saw on the statement was a hold, not a payment.",
    "The admin fee is a one-off charge for setting up the line.",
    "A burst pipe is an insured event under most home policies.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each([
    // Judged, not said what it is.
    "That bundle is a great deal for a family of four.",
    "This delay is a real pain for everyone.",
    // A question.
    "What you were charged is the deposit, isn't it?",
    // The rep's offer framed as a cleft; a tautology.
    "What I can do is move you to the earlier train at no cost.",
    "The rule is the rule, I'm afraid.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});

describe("a question asks about the situation; it does not acknowledge it", () => {
  it.each([
    "Is worrying about the rent making things difficult for you this month?",
    "I understand, is the noise keeping your kids awake at night?",
  ])("%j does not acknowledge the impact", (text) => {
    const found = moves(text);
    expect(found).toContain("asks_question");
    expect(found).not.toContain("acknowledges_impact");
  });

  it("still acknowledges it in a statement", () => {
    expect(moves("Losing the booking has left you out of pocket for the whole trip.")).toContain("acknowledges_impact");
  });
});

describe("a cancellation confirmed by the matter done and the billing that stops with it", () => {
  it.each([
    "That's all gone through now, and there won't be any more payments taken.",
    "Everything's done on my side, so you'll get a final bill next week and that's it.",
    "It's being processed as we speak, so you won't be charged again after Friday.",
  ])("%j confirms the cancellation", (text) => {
    expect(moves(text)).toContain("confirms_cancellation");
  });

  it.each([
    // Billing that stops, with nothing done on the matter.
    "Once you cancel online, there won't be any more payments taken.",
    // The matter done, with nothing said about the billing.
    "It's all done, I've updated your address.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("confirms_cancellation");
  });
});

describe("an acronym for something the customer owns is their own term", () => {
  it.each([
    "It looks like the login failures started when your VPN was updated.",
    "Your CRM sent the same export twice on Monday.",
  ])("%j is not jargon", (text) => {
    expect(moves(text)).not.toContain("uses_jargon");
  });

  it("an internal acronym still is", () => {
    expect(moves("I've asked the NOC to check the OLT on that street.")).toContain("uses_jargon");
  });
});

describe("a kind of customer who left a duty undone", () => {
  it.each([
    "Yet another passenger who forgot to check the baggage rules.",
    "It's always the customers who fail to read the small print.",
  ])("%j blames the customer", (text) => {
    expect(moves(text)).toContain("blames_customer");
  });

  it.each([
    // Whom a rule applies to, not a fault.
    "The hotel releases rooms for guests who haven't arrived by midnight.",
    // Someone else who forgot.
    "The courier who forgot your parcel has been spoken to.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("blames_customer");
  });
});

describe("the features a pitch sells are the pitch, not jargon", () => {
  it("a pitch naming a technical feature", () => {
    const found = moves("If you upgraded today, you'd get automatic failover and a dedicated backhaul.");
    expect(found).toContain("retention_pitch");
    expect(found).not.toContain("uses_jargon");
  });

  it("the same terms in an account of a fault are jargon", () => {
    expect(moves("The failover didn't trigger because the backhaul was saturated.")).toContain("uses_jargon");
  });
});

describe("stock sympathy followed by the rep's own undertaking stays stock", () => {
  it.each([
    "I completely understand, I won't bring the upgrade up again.",
    "I hear you, I'm going to leave the offers out of it from now on.",
  ])("%j is generic empathy", (text) => {
    const found = moves(text);
    expect(found).toContain("generic_empathy");
    expect(found).not.toContain("acknowledges_impact");
  });

  it("sympathy that names their situation is specific", () => {
    expect(moves("I understand, three missed deliveries in a week would wear anyone down.")).toContain(
      "acknowledges_impact",
    );
  });
});
