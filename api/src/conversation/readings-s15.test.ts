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
    "Your membership won't renew next month.",
    "I've turned off the auto-renewal on your subscription.",
    "You're all set, the account closes at midnight.",
    "I've processed your request to leave.",
    "I've put in the request to close your account.",
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
    "Does your membership renew next month?",
    "The shop closes at midnight.",
    "If you don't pay, your plan won't renew.",
    "I can't process your request to leave today.",
    "Your request to leave is noted.",
  ])("%j does not confirm a cancellation", (text) => {
    expect(moves(text)).not.toContain("confirms_cancellation");
  });
});

describe("accounts beside a blame, tagged as explained, or told as there being something", () => {
  it.each([
    // What follows from the customer's deed, put as a thing: the charge explained.
    "Well, you did sign up for two years, so there is a fee for leaving early.",
    "You chose the monthly option, so there will be a small admin charge each time.",
    // The rep names what they said an explanation.
    "So nothing more comes out of your account, have I explained that okay?",
    "So the engineer only fixes the line outside, does that explain it?",
    "There was a power cut at the exchange on Monday night.",
    "There's been a fault at the exchange since Monday.",
    "It's a pre-authorisation, not an actual charge.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each([
    // The ", so" clause about the customer is the blame's point; a blame's ground after "but" is its evidence.
    "The reminder goes to every member, so you must have missed it.",
    "You didn't read the terms, so that's on you.",
    "I'm not blaming you, but the booking said a late arrival.",
    // A tag after an act, a negated or judged existential, a judged class.
    "I'll call you back at three, have I explained that okay?",
    "There was nothing we could do about it.",
    "There was a real mess-up on our side, I'm so sorry.",
    "It's a great deal, not a gimmick.",
  ])("%j does not explain", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});

describe("how a process works or what it did, read past an adverb, a plural verb or the customer as its object", () => {
  it.each([
    "Your welcome discount only lasted six months.",
    "Our courier only delivers on weekdays.",
    "Our records show the meter was last read in March.",
    "Each month you're billed in advance for the coming month.",
    "You were moved onto the new plan when the old one was retired.",
    "The charge on your statement is from the annual renewal.",
    "You're on the standard tariff now that your fixed deal has ended.",
    "Your contract has a minimum term of eighteen months.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each([
    "You were treated badly, and I'm sorry.",
    "You were treated badly.",
    "Customers love it.",
    "You'll be refunded by Friday.",
    "Our new plan has a great price for loyal members.",
    "Fingers crossed.",
    "Now that you mention it, can I ask what happened?",
  ])("%j does not explain", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});

describe("capitals for stress and everyday initials are not jargon; internal terms still are", () => {
  it.each([
    "I NEED you to hear this, the refund is on its way.",
    "It is NOT your fault that the payment failed.",
    "Your new SIM will arrive on Thursday.",
    "The ETA for the engineer is two o'clock.",
    "The price on the invoice includes VAT.",
    "You can take the cash out at any ATM.",
    "The parcel went with UPS this morning.",
  ])("%j uses no jargon", (text) => {
    expect(moves(text)).not.toContain("uses_jargon");
  });

  it.each([
    "I'll raise a P2 in the NOC queue.",
    "The OLT on your node had a provisioning fault.",
    "The CMTS in your area is being replaced tonight.",
    "There's an MTTR of four hours on that SLA.",
  ])("%j uses jargon", (text) => {
    expect(moves(text)).toContain("uses_jargon");
  });
});

describe("a thing's account after the rep's stance, or with 'never' before its verb", () => {
  it.each([
    "I'm afraid the card was cancelled when it was reported stolen.",
    "I think the parcel was sent to your old address.",
    "From what I can see, the engineer never arrived.",
    "I'm so sorry, the update on Tuesday wiped the settings on your router.",
    "The engineer from our team fixed the fault at the cabinet.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each([
    "I'm afraid I can't do that.",
    "I think you should try again tomorrow.",
    "Fingers crossed.",
    "The team in Leeds will call you back.",
    "The plan for families is a great deal.",
  ])("%j does not explain", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});

describe("the ground of the rep's act, told as what a thing does, before the act's ', so'", () => {
  it.each([
    "The courier doesn't deliver on Sundays, so I'll book Monday for you.",
    "The part arrives on Thursday, so I'll book the engineer for Friday.",
    "Your bank can't move the money any faster, so I'll send the refund from here today.",
  ])("%j explains", (text) => {
    expect(moves(text)).toContain("explains");
  });

  it.each([
    "Your refund's been processed, so I'll email you the receipt.",
    "I've refunded it, so you don't need to call your bank.",
    "Your credit has gone through, so I'll send a confirmation.",
  ])("%j does not explain", (text) => {
    expect(moves(text)).not.toContain("explains");
  });
});

describe("what the customer went through 'means you…' is the acknowledgement's toll, not an account", () => {
  it("a toll drawn by 'means you' does not explain", () => {
    const found = moves("Three days without heating means you've basically been freezing for nothing.");
    expect(found).toContain("acknowledges_impact");
    expect(found).not.toContain("explains");
  });

  it.each(["That means you now pay the standard rate.", "The promotion ended, which means your price went up."])(
    "%j still explains what something means",
    (text) => {
      expect(moves(text)).toContain("explains");
    },
  );
});
