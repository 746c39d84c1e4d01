import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests (session 19), not taken from evals/. */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("a limit turns the rest down and claims nothing is the best (limit-rereadings.ts)", () => {
  it.each([
    "The most I can do is knock ten pounds off this month.",
    "The most we're able to refund is the delivery charge, that's my limit.",
    "That's the most I can offer you today.",
    "Compensation is capped at two nights' stay under our terms.",
    "Taxis are covered up to thirty pounds, that's the maximum.",
  ])("%j refuses and pitches no superiority", (text) => {
    const found = moves(text);
    expect(found).toContain("refuses_or_delays");
    expect(found).not.toContain("superiority_pitch");
  });

  it.each(["We're the most reliable network in the county.", "Our fibre is the fastest you can get in your street."])(
    "%j still claims to be the best",
    (text) => {
      expect(moves(text)).toContain("superiority_pitch");
    },
  );

  it("reads a common cause as no boast", () => {
    expect(moves("That's the most common reason a parcel comes back to us.")).not.toContain("superiority_pitch");
  });
});

describe("a window closed with 'only', and a remedy put off to no time, offer nothing (limit-rereadings.ts)", () => {
  it.each([
    "We can exchange shoes within 30 days of purchase only, and these were bought in March.",
    "A partial refund might be possible at some point.",
    "We may be able to look at a goodwill payment further down the line.",
    "Maybe we could look at a replacement down the road.",
  ])("%j stalls and offers no remedy", (text) => {
    const found = moves(text);
    expect(found).toContain("refuses_or_delays");
    expect(found).not.toContain("offers_remedy");
  });

  it.each([
    "I'm refunding the £40 to your card now.",
    "I can send a replacement today, and it'll be with you on Thursday.",
  ])("%j still offers a remedy", (text) => {
    expect(moves(text)).toContain("offers_remedy");
  });
});

describe("an end put off to later delays the cancellation (limit-rereadings.ts)", () => {
  it.each([
    "I can close the account at the end of your minimum term in June.",
    "Your plan will be cancelled within 10 working days.",
    "I can cancel the contract, but the monitoring carries on until your renewal date.",
    "The accounts team will process the closure in 3-5 business days.",
  ])("%j delays and confirms nothing now", (text) => {
    const found = moves(text);
    expect(found).toContain("refuses_or_delays");
    expect(found).not.toContain("confirms_cancellation");
  });

  it.each([
    "I've cancelled it now, and it'll end at the end of the month.",
    "That's cancelled for you, effective today.",
  ])("%j still confirms the cancellation", (text) => {
    const found = moves(text);
    expect(found).toContain("confirms_cancellation");
    expect(found).not.toContain("refuses_or_delays");
  });
});

describe("blame in hindsight, handed over, disowned or pointed to the terms (blame-deeds.ts)", () => {
  it.each([
    "You'd have had to register the warranty within a month for it to apply.",
    "For a house that size you'd have needed the premium cover.",
    "Technically it's on you to tell us when you move.",
    "It's up to the account holder to keep the card details current.",
    "That part isn't on us, the courier chose the route.",
    "Dropouts like that are normally the customer's end, the router or the wiring.",
    "The form wasn't completed on your side, so the order never went through.",
    "It's in section 4 of the lease you signed, so the charge stands.",
    "That's the fare you chose, and it has no refunds.",
    "Well, you did pick the slowest delivery option at checkout.",
    "The refusal at the door is between you and the venue, I'm afraid.",
    "The paperless setting was yours to switch on.",
    "If it still buffers, it's most likely your home wifi.",
    "The policy does expect you to report a leak within a day.",
  ])("%j blames the customer", (text) => {
    expect(moves(text)).toContain("blames_customer");
  });

  it.each([
    "Nothing you did caused this.",
    "You did the right thing calling us straight away.",
    "I'm sorry, that's on us.",
    "It's up to you whether you keep the old handset.",
    "It's not on your side, the fault is in our exchange.",
    "It's not the courier's fault, it's ours.",
  ])("%j does not blame the customer", (text) => {
    expect(moves(text)).not.toContain("blames_customer");
  });
});

describe("the thing asked to be ended, named as ended now (cancellation-answers.ts)", () => {
  const inAnswer = (customerSaid: string, text: string) =>
    detectMoves(text, { customerSaid }).map((found) => found.move);

  it.each([
    ["Please cancel the gym pass.", "Pass cancelled. Effective today."],
    ["Is it cancelled or not?", "Cancelled, yes."],
    ["Can you close the storage unit?", "That's the unit closed now, reference SU-118."],
    ["And cancel the second delivery, the lilies.", "The lilies are cancelled, and the £20 is back on your card."],
    ["So is the lease ended now?", "Your lease is ended as of today, so nothing more will be taken."],
    ["Cancel my card, please.", "So that's the card cancelled today, all clear?"],
    ["Is the gym pass cancelled now?", "So the pass is cancelled and the £38 is coming back to you, is that clear?"],
  ])("to %j, %j confirms the cancellation", (customerSaid, text) => {
    expect(inAnswer(customerSaid, text)).toContain("confirms_cancellation");
  });

  it.each([
    ["Please cancel the gym pass.", "Your pass isn't cancelled yet, I need a manager."],
    ["Cancel my card, please.", "Cancelled? I can't do that from here."],
  ])("to %j, %j confirms nothing", (customerSaid, text) => {
    expect(inAnswer(customerSaid, text)).not.toContain("confirms_cancellation");
  });

  it("reads no confirmation without the request", () => {
    expect(moves("The lilies are cancelled, and the £20 is back on your card.")).not.toContain("confirms_cancellation");
  });
});

describe("asking what the problem did to their life, in more forms (impact-asks.ts)", () => {
  it.each([
    "What have the last couple of evenings been like at home?",
    "What did you end up having to do for the kids' tea?",
    "How did your son take the news?",
    "What has the delay meant for his physio?",
    "Where has all this left you with the move?",
    "How did the rest of the party go once the cake didn't arrive?",
  ])("%j asks about the impact", (text) => {
    expect(moves(text)).toEqual(expect.arrayContaining(["asks_question", "asks_about_impact"]));
  });

  it.each([
    "Talk me through what the weekend was like for you with the shop offline.",
    "I'd really like to hear how this has hit you at home, if you're happy to share.",
  ])("%j, a prompt to tell the story, asks about the impact", (text) => {
    expect(moves(text)).toEqual(expect.arrayContaining(["asks_question", "asks_about_impact"]));
  });

  it.each([
    "What would you like me to do about the bill?",
    "How did the installation go?",
    "What was the engineer's reference number?",
  ])("%j asks nothing about the impact", (text) => {
    expect(moves(text)).not.toContain("asks_about_impact");
  });
});

describe("what an acknowledgement or a rep's act brings about explains nothing (sympathy-recaps.ts, act-reasons.ts)", () => {
  it.each([
    "Two cancelled lessons in a row and a wasted drive each time, that's a rotten way to be treated.",
    "Sixty pounds gone from your account before you'd even noticed, that's a real shock.",
    "I'm taking £45 off the bill right now, which brings March back down to £30.",
    "I'm raising this with a team leader today so one person owns it from here.",
    "I can refund the four unused classes today, which comes to £48.",
  ])("%j does not explain", (text) => {
    expect(moves(text)).not.toContain("explains");
  });

  it.each([
    "I've refunded the charge, because the system billed you twice.",
    "The meter was read wrongly in March, so your bill went up.",
    "We got this wrong, the engineer logged the visit twice, that's our mistake.",
  ])("%j still explains", (text) => {
    expect(moves(text)).toContain("explains");
  });
});

describe("the request held back (limit-rereadings.ts)", () => {
  it.each([
    "I'm not closing anything while you're shouting at me.",
    "I haven't cancelled it yet, I'd like to go through your options first.",
    "Deposit refunds go through head office and can take a month, so it won't be today.",
    "You'll need to send back the router before it's final.",
    "I can close it on your renewal date in May, not before.",
    "I've set the membership to cancel at the end of the current term.",
  ])("%j refuses or delays", (text) => {
    const found = moves(text);
    expect(found).toContain("refuses_or_delays");
    expect(found).not.toContain("confirms_cancellation");
  });
});

describe("what the rep does not offer as a remedy (offer-rereadings.ts)", () => {
  it.each([
    "Stay with the plan and I'll take 25% off for the next six months.",
    "I'm putting the refund request to my team lead this afternoon.",
    "I'll email you tomorrow with a decision on the refund.",
    "Sometimes we do partial refunds for damaged items.",
    "I've booked the collection for Friday between 8 and 12.",
  ])("%j offers no remedy", (text) => {
    expect(moves(text)).not.toContain("offers_remedy");
  });

  it("reads the unused part refunded with a cancellation as the cancellation's", () => {
    const found = detectMoves("I've cancelled the pass today and the unused weeks will be refunded to your card.", {
      customerSaid: "Cancel my pass, please.",
    }).map((move) => move.move);
    expect(found).toContain("confirms_cancellation");
    expect(found).not.toContain("offers_remedy");
  });

  it.each([
    "I'm refunding the £60 to your card right now.",
    "I've booked the engineer for Thursday and put a £20 credit on the account.",
  ])("%j still offers a remedy", (text) => {
    expect(moves(text)).toContain("offers_remedy");
  });
});

describe("the company owning its failure apologises; it acknowledges only what the customer went through (sympathy-recaps.ts)", () => {
  it.each([
    "I'm really sorry, you were billed twice and that's our mistake.",
    "My apologies, we let you down there.",
    "I'm sorry, we should never have left the side gate open.",
    "The letters went to your old address, so that's our error, not yours.",
  ])("%j apologises and does not acknowledge the impact", (text) => {
    const found = moves(text);
    expect(found).toContain("apologises");
    expect(found).not.toContain("acknowledges_impact");
  });

  it.each([
    "A night in the car with two children after a long drive, I'm so sorry, that should never have happened.",
    "Forty minutes on hold for a charge that should never have been there, I'm sorry.",
  ])("%j still acknowledges what they went through", (text) => {
    expect(moves(text)).toContain("acknowledges_impact");
  });

  it("reads a fault disowned as no apology", () => {
    expect(moves("That damage isn't on us, the courier signed it over in one piece.")).not.toContain("apologises");
  });
});

describe("an ordeal weighed as a loss, or acknowledged before the question (sympathy-recaps.ts, question-leads.ts)", () => {
  it.each([
    "Three days without the card machine over a bank holiday, that's a real hit for a small café.",
    "Two weeks in a new flat with no internet to work from; that's not how settling in should feel.",
  ])("%j acknowledges the impact", (text) => {
    expect(moves(text)).toContain("acknowledges_impact");
  });

  it("reads the statement before a question as acknowledging, and the question as asking", () => {
    const found = moves("Driving an hour each way for nothing must have been gutting — what has it done to your week?");
    expect(found).toEqual(expect.arrayContaining(["acknowledges_impact", "asks_question", "asks_about_impact"]));
  });

  it("reads no acknowledgement in a check before its tag", () => {
    expect(moves("So the refund goes back to the card ending 4412, is that correct?")).not.toContain(
      "acknowledges_impact",
    );
  });
});

describe("pressing for the reason to leave, in more forms (interrogation-asks.ts)", () => {
  it.each([
    "Okay, can I ask what's put you off?",
    "Is it really the late deliveries, or is there another reason you want to close the account?",
    "What would it take for you to give us another go?",
    "Why cancel the whole bundle though?",
    "Which provider are you looking at, and what are they offering that we're not?",
    "If I could sort the price, would you still want to go?",
  ])("%j presses for the reason", (text) => {
    expect(moves(text)).toContain("interrogates_reason");
  });

  it.each([
    "What would it take to get an engineer out sooner?",
    "Is it the router or the cable that's flashing red?",
    "Is it the 4th or the 5th you were charged?",
  ])("%j does not press for a reason", (text) => {
    expect(moves(text)).not.toContain("interrogates_reason");
  });
});

describe("a deal put inside the question that presses for the reason (offer-rereadings.ts)", () => {
  it("presses and pitches", () => {
    expect(moves("What would it take to keep you with us — would a cheaper plan make a difference?")).toEqual(
      expect.arrayContaining(["interrogates_reason", "retention_pitch"]),
    );
  });

  it("presses without a deal and pitches nothing", () => {
    expect(moves("What would it take to keep you with us?")).not.toContain("retention_pitch");
  });
});
