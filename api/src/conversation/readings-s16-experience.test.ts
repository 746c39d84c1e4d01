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
    "I've checked, and I can see it bounced back from the courier's depot on Friday.",
    "It looks like they were posted to your previous address.",
    "Once the new card arrives, your payments will switch over automatically.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each([
    // A judgement, not a state; sympathy's "means"; the customer's own wish.
    "The wait is long, I know.",
    "Losing a weekend of trading means you've lost real money, and that's awful.",
    "The bill is wrong.",
    "Your plan is fantastic value.",
    "I can see it is still showing as pending.",
    "If you can hold for a moment, I'll pull up the booking.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});

describe("what the customer went through, judged in a later clause or with its own subject (situation-judgements.ts)", () => {
  it.each([
    "With two toddlers in the house, going four days without hot water is awful.",
    "You'd booked the venue months ago, and finding it double-booked on the morning is a real shock.",
    "Your tenants not having a working boiler over Christmas is serious.",
    "Paying for fibre and getting dial-up speeds every evening is not what you signed up for.",
    "Closing the salon for two days while the card machine was down hits your takings hard.",
  ])("%j acknowledges the impact", (text) => {
    expect(moves(text)).toContain("acknowledges_impact");
  });

  it("reads a 'because' inside the judged situation as part of it, not an account", () => {
    const found = moves("Missing your mother's birthday dinner because our driver went to the wrong town is awful.");
    expect(found).toContain("acknowledges_impact");
    expect(found).not.toContain("explains");
  });

  it("an account that names no one the problem befell tells the case's history", () => {
    const found = moves(
      "Four calls to the helpline each opened a ticket, but none of them reached the repair team, which is why the fault is still there.",
    );
    expect(found).toContain("explains");
    expect(found).not.toContain("acknowledges_impact");
  });

  it.each([
    // Stock words after a comma, a pitch's ", so", and a step judged rather than what they went through.
    "I know, dealing with all of this is frustrating.",
    "Our network is the fastest in the region, so leaving would be a real mistake.",
    "Honestly, restarting the router is a good idea.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("acknowledges_impact");
  });
});

describe("how it has been for the customer, asked in a clause of its own (impact-how.ts)", () => {
  it.each([
    "How has the past week been for you?",
    "I know it's been a long wait; how have your evenings been without the internet?",
    "Is the shop open today, and how's all of this been for your staff?",
    "Tell me how the weekend has been for you since the boiler went.",
    "So how has it left things for you and the kids?",
    "What has the last fortnight been like for you?",
    "How did you get on without the car all week?",
  ])("%j asks about the impact", (text) => {
    const found = moves(text);
    expect(found).toContain("asks_about_impact");
    expect(found).toContain("asks_question");
  });

  it.each([
    // How the service has been asks about the fault; a statement that says how it has been asks nothing.
    "How has your connection been since the reset?",
    "How has the router been behaving since Monday?",
    "What's the new router like?",
    "How did the engineer get on?",
    "I can see how the last week has been for you.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("asks_about_impact");
  });
});

describe("stock sympathy in other words stays stock (specificity.ts, call-move-rules.ts)", () => {
  it.each([
    "I do understand how you feel.",
    "I'd be really annoyed too.",
    "I'd be frustrated as well, honestly.",
    "I realise this is a worry.",
    "Thanks for your patience, I know this is frustrating.",
    "We appreciate how frustrating this is for our members.",
  ])("%j is generic empathy", (text) => {
    const found = moves(text);
    expect(found).toContain("generic_empathy");
    expect(found).not.toContain("acknowledges_impact");
  });

  it.each([
    "Three weeks of dropped calls while you work from home — I'd be fed up too.",
    "I know how stressful this must be for your customers at the café.",
  ])("%j names what this customer lived through", (text) => {
    expect(moves(text)).toContain("acknowledges_impact");
  });
});

describe("the reason given for passing the case up is the escalation's own (act-reasons.ts)", () => {
  it.each([
    "I'm escalating this to the complaints team because the engineer missed two visits.",
    "I'm flagging this as urgent with my manager because your mother relies on the alarm.",
  ])("%j escalates without explaining", (text) => {
    const found = moves(text);
    expect(found).toContain("escalates");
    expect(found).not.toContain("explains");
  });

  it("still explains what it tells before the escalation", () => {
    expect(
      moves("The reason it stalled is that the form was never sent, so I'm escalating it because it's overdue."),
    ).toContain("explains");
  });
});

describe("an acronym defined in the same sentence is glossed (jargon-glosses.ts)", () => {
  it.each([
    "An MPAN is the long number printed at the top of your electricity bill.",
    "The ONT is the white box where the fibre comes into the house.",
    "Your CPE — basically the router we sent you — needs a restart.",
  ])("%j is not jargon", (text) => {
    expect(moves(text)).not.toContain("uses_jargon");
  });

  it.each(["The OLT is faulty.", "I've raised an RFO with the NOC."])("%j is jargon", (text) => {
    expect(moves(text)).toContain("uses_jargon");
  });
});

describe("what the rep sees on the account is a finding, not sympathy (sympathy-findings.ts)", () => {
  it.each(["I can see you're on the older broadband tariff.", "Hi, I can see you're calling about the March bill."])(
    "%j is no empathy",
    (text) => {
      const found = moves(text);
      expect(found).not.toContain("generic_empathy");
      expect(found).not.toContain("acknowledges_impact");
    },
  );

  it("'I can see you're upset' still sympathises", () => {
    expect(moves("I can see you're really upset about this.")).toContain("generic_empathy");
  });
});

describe("a question for account details, and sarcasm, read for what they do (rereadings.ts)", () => {
  it("a question that asks for the account's ID and how many are affected sizes up the fault", () => {
    expect(moves("Could you give me the account ID and how many of your staff are affected?")).not.toContain(
      "asks_about_impact",
    );
  });

  it("sarcasm explains nothing", () => {
    expect(moves("Oh, brilliant, so the parcel went to Leeds because you typed the postcode wrong.")).not.toContain(
      "explains",
    );
  });
});
