import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests (session 14, lane s14-moves-b), not taken from evals/. */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("terms stated with 'there is no …' offer nothing; a fee waived or a remedy beside them still does", () => {
  it.each([
    // The held call: the cancellation is confirmed, and its terms are no remedy.
    "I've cancelled it today and there's no fee for ending it early.",
    "There's no change fee on this ticket, since the match was called off by us.",
    "There will be no cancellation charge, as we're the ones who moved the date.",
  ])("%j does not offer a remedy", (text) => {
    expect(moves(text)).not.toContain("offers_remedy");
  });

  it("the held call still confirms the cancellation", () => {
    expect(moves("I've cancelled it today and there's no fee for ending it early.")).toContain("confirms_cancellation");
  });

  it.each([
    "I've waived the admin fee, so there's no charge for the late payment.",
    "I'll rebook you onto the 6 a.m. train and there's no change fee.",
    "I can move you to a free replacement, and there's no fee for that.",
  ])("%j still offers a remedy", (text) => {
    expect(moves(text)).toContain("offers_remedy");
  });
});

describe("a remedy already known, described by what it is, is not offered again", () => {
  it.each([
    "As we discussed, the divert is temporary until your line is back.",
    "Just so we're clear, the credit is automatic, so it shows on your next bill.",
  ])("%j does not offer a remedy", (text) => {
    expect(moves(text)).not.toContain("offers_remedy");
  });

  it.each([
    "I've set up the divert to your mobile, and the divert is temporary.",
    "As we discussed, the replacement is ready for you at the store.",
  ])("%j still offers a remedy", (text) => {
    expect(moves(text)).toContain("offers_remedy");
  });
});

describe("a deal the customer earns by a commitment is a pitch, not a remedy", () => {
  it.each([
    "If you move to the annual plan, I can take fifteen percent off your monthly bill.",
    "If you sign up for another year, we can knock $10 off each month.",
    "Switching to our premium package would give you three months free.",
  ])("%j pitches", (text) => {
    const found = moves(text);
    expect(found).toContain("retention_pitch");
    expect(found).not.toContain("offers_remedy");
  });

  it.each([
    // The customer's act is a step towards the remedy, and no pitch is made.
    "If you send me a photo of the receipt, I can refund the difference today.",
    // Leaving the choice to the customer is still an offer.
    "If you'd like, I can take twenty percent off this month's bill for the outage.",
  ])("%j still offers a remedy", (text) => {
    const found = moves(text);
    expect(found).toContain("offers_remedy");
    expect(found).not.toContain("retention_pitch");
  });
});

describe("a refund passed up to someone who may give it is not the rep's offer", () => {
  it("the senior person's ability is named, not offered", () => {
    const found = moves("I'm passing your case to my supervisor, and she can approve a refund that large.");
    expect(found).toContain("escalates");
    expect(found).not.toContain("offers_remedy");
  });

  it.each([
    "I'm flagging this to my manager, and I'll refund the delivery charge myself right now.",
    "I've escalated the fault, and I can credit you for the three days without service.",
  ])("%j: the rep's own remedy beside the escalation still offers", (text) => {
    expect(moves(text)).toContain("offers_remedy");
  });
});

describe("a claim to be the best, set against the customer's alternatives, is a reason to stay", () => {
  it.each([
    "No other gym in town gives you a pool and a sauna at this price.",
    "We're rated the most reliable network in the country, so leaving would be a real step down.",
    "We're the cheapest insurer on the comparison sites, so you're already on a good deal.",
  ])("%j pitches to keep the customer", (text) => {
    expect(moves(text)).toContain("retention_pitch");
  });

  it.each([
    // Said to reassure about the problem at hand, against no alternative.
    "We're the top-rated clinic in the county, so your mother is in good hands.",
    "We're the region's leading courier, so this delay really isn't normal for us.",
  ])("%j claims superiority and pitches nothing", (text) => {
    const found = moves(text);
    expect(found).toContain("superiority_pitch");
    expect(found).not.toContain("retention_pitch");
  });
});

describe("a product offered on trial is a pitch", () => {
  it.each([
    // The held call, and the same offer without "before you cancel".
    "The new pendant has fall detection built in, so before you cancel, would you like to try it for a month?",
    "The new pendant has fall detection built in, so would you like to try it for a month?",
    "You could try the family plan free for two weeks and see how it goes.",
  ])("%j pitches", (text) => {
    expect(moves(text)).toContain("retention_pitch");
  });

  it.each([
    "Could you try restarting the router for a minute?",
    "Try unplugging it for ten seconds, then plug it back in.",
    "I tried it for a week on my own account and it worked fine.",
  ])("%j pitches nothing", (text) => {
    expect(moves(text)).not.toContain("retention_pitch");
  });
});

describe("a remedy told as done, in the passive, as a recap, or behind candour about the outcome", () => {
  it.each([
    "A technician has been scheduled for tomorrow morning, and he'll ring you on his way.",
    "Your late fee's been waived and a new card has been ordered.",
    "Your deposit is now refunded.",
    "So, a cab to the airport, dinner covered, and your parking fee waived, does that work?",
    "I can't promise the refund will land today, but I'm processing it now.",
    "I can't guarantee the engineer will make it before noon, but I'm booking the first slot.",
  ])("%j offers a remedy", (text) => {
    expect(moves(text)).toContain("offers_remedy");
  });

  it.each([
    "Your bill has been sent to the old address.",
    "Your refund has been delayed by the bank.",
    "Your flight's been cancelled because of the storm.",
    "Your bag lost, your flight delayed, and now this.",
    "I can't promise a refund, but I'll look into it.",
    "Has your refund been processed yet?",
  ])("%j offers nothing", (text) => {
    expect(moves(text)).not.toContain("offers_remedy");
  });
});

describe("something the rep has free, put to the customer to take, is offered", () => {
  it.each([
    "I've got a slot this Thursday at 3 with Dr Shah, would that work?",
    "I have an opening tomorrow at nine, would that suit you?",
    "We've got a loan car at the branch from Monday, would that help?",
  ])("%j offers a remedy", (text) => {
    expect(moves(text)).toContain("offers_remedy");
  });

  it.each([
    // The customer's own things, or no suitability asked.
    "I've got your account open here, would that be okay?",
    "I've got a slot this Thursday at 3 with Dr Shah.",
    "Would that work for you if you called back after lunch?",
  ])("%j offers nothing", (text) => {
    expect(moves(text)).not.toContain("offers_remedy");
  });
});

describe("the act another party does not do, taken on by the rep with 'do it'", () => {
  it.each([
    "Your bank can't reverse it for a week, so let me do it now.",
    "The courier won't replace it, but I can do that for you today.",
  ])("%j offers a remedy", (text) => {
    expect(moves(text)).toContain("offers_remedy");
  });

  it.each([
    "The shop can't refund it, and I can't do that either.",
    "The courier won't replace it, so you'll have to take it up with them.",
  ])("%j offers nothing", (text) => {
    expect(moves(text)).not.toContain("offers_remedy");
  });
});

describe("a cancellation confirmed by who ends what", () => {
  it.each([
    "I've ended your membership as of today.",
    "I've gone ahead and stopped your subscription.",
    "We'll stop your subscription from today.",
    "Okay, cancelling that for you now.",
    "That's you cancelled, and you won't be billed again.",
    "You're all cancelled.",
    "Your broadband has been deactivated as of this morning.",
    "Your membership's been ended.",
    "Your cancellation has now gone through.",
    "The cancellation's been logged and you'll get an email about it.",
    "I've submitted your cancellation request.",
    "I'm logging the cancellation now.",
    "I can confirm your cancellation, effective today.",
  ])("%j confirms the cancellation", (text) => {
    expect(moves(text)).toContain("confirms_cancellation");
  });

  it.each([
    // Something other than the customer's service is ended.
    "I'll end the call now if you keep swearing at me.",
    "I've stopped the payment on your card.",
    "I'll cancel the engineer visit and book you a new one for Friday.",
    // A habit, a condition, a negation, a question.
    "We close accounts within five days of a request.",
    "If you end the contract early, there's a fee.",
    "I won't stop your subscription without your say-so.",
    "Do you want me to end the membership today?",
    "Your cancellation hasn't gone through yet.",
    "I can't confirm the cancellation until Monday.",
    "I've logged your complaint about the cancellation fee.",
    "Has the cancellation gone through on your side?",
    // "The end" of a period is a noun, not the service ending.
    "Your plan runs on to the end of the month on the 30th, as normal.",
  ])("%j does not confirm a cancellation", (text) => {
    expect(moves(text)).not.toContain("confirms_cancellation");
  });
});
