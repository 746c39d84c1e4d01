import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";
import { readTurn } from "./read-turn";

/** Gaps the session-6 scenarios hit outside telecom (issue 14), each read as a rep means it. */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("reading rep turns outside telecom", () => {
  it("hears a situation named with a number or a strong adjective as acknowledging it", () => {
    expect(moves("Having two customers waiting at the desk while the system was down is a nightmare.")).toContain(
      "acknowledges_impact",
    );
    expect(moves("Waking up to find your dad on the floor must have been terrifying.")).toContain(
      "acknowledges_impact",
    );
    expect(
      moves("Four hundred and fifty dollars on your card the week your rent goes out is a real squeeze."),
    ).toContain("acknowledges_impact");
  });

  it("reads an exchange, a moved membership, breathing space and a charge on hold as offers", () => {
    for (const offer of [
      "I can exchange it for the bigger size today.",
      "I can move your membership to our Denver club at the same price.",
      "I can give you thirty days of breathing space on the account.",
      "I'll put the charge on hold while the damage team reviews your photo.",
      "We can set up a payment plan over six months.",
    ])
      expect(moves(offer), offer).toContain("offers_remedy");
    expect(moves("Here's how it works: the team reviews it, and I can refund the $450 now.")).toContain(
      "offers_remedy",
    );
    expect(moves("I'll check how the refund was worked out.")).not.toContain("offers_remedy");
  });

  it("does not read an upper-case reference code as jargon, but still an acronym", () => {
    expect(moves("Your reference is RA-88213, and it's in the email.")).not.toContain("uses_jargon");
    expect(moves("I've logged it as ticket INC-40412.")).not.toContain("uses_jargon");
    expect(moves("The RCA says the SLA was met.")).toContain("uses_jargon");
  });

  it("does not read a threat to cut the customer off as naming their situation", () => {
    expect(moves("If you don't pay by Friday we'll cut you off.")).not.toContain("acknowledges_impact");
    expect(moves("I'm sorry the outage cut you off mid-call.")).toContain("acknowledges_impact");
  });

  it("reads 'Being … is awful' as a statement, not a question", () => {
    const reading = readTurn("Being sent home with the wrong tablets for your dad is awful.").sentences[0];
    expect(reading?.question).toBeNull();
    expect(moves("Being sent home with the wrong tablets for your dad is awful.")).not.toContain("asks_question");
  });

  it("reads 'you signed the sheet, so it stands' as blaming the customer", () => {
    expect(moves("You signed the check-out sheet, so the charge stands.")).toContain("blames_customer");
  });
});

describe("stock sympathy with a contraction", () => {
  it('reads "I\'m sorry for any inconvenience" as stock sympathy, not an acknowledgement', () => {
    expect(moves("I understand your frustration and I'm sorry for any inconvenience.")).not.toContain(
      "acknowledges_impact",
    );
    expect(moves("I'm so sorry your dad fell in the bathroom.")).toContain("acknowledges_impact");
    expect(moves("Four hours on the road and your room's gone: that must be awful, I'm sorry.")).toContain(
      "acknowledges_impact",
    );
    expect(moves("That must be awful, I'm sorry.")).not.toContain("acknowledges_impact");
  });
});

describe("situations counted, and offers outside telecom", () => {
  it("hears what the customer went through, counted, as acknowledging it", () => {
    expect(moves("Three calls and fifty minutes on hold, with your payment missing.")).toContain("acknowledges_impact");
    expect(moves("We gave your father twice his dose and he fell because of it.")).toContain("acknowledges_impact");
    expect(moves("How is he doing now?")).toContain("asks_about_impact");
    expect(moves("Your grandmother's table, cracked by our crew.")).toContain("acknowledges_impact");
  });

  it("reads an advance into the account as an offer", () => {
    expect(moves("I can pay you an advance of $412 into your account today.")).toContain("offers_remedy");
  });

  it("hears a remedy already done as a remedy: a seat booked and confirmed", () => {
    expect(
      moves("There's a flight at 6:40 tomorrow morning. I've put you on it and your seat is confirmed, 14C."),
    ).toContain("offers_remedy");
    expect(moves("I've put you on the 7:05 and your seat is confirmed.")).toContain("offers_remedy");
    expect(moves("Your booking was confirmed last week, so the system shows you as travelling.")).not.toContain(
      "offers_remedy",
    );
  });

  it("hears lifting a hold and paying an approved amount as remedies", () => {
    for (const offer of [
      "I can lift the hold on your card right now.",
      "I can unblock your card as soon as you confirm those weren't you.",
      "I can pay the approved $2,100 now and review the rest.",
    ])
      expect(moves(offer), offer).toContain("offers_remedy");
    expect(moves("Can you hold the line for a moment?")).not.toContain("offers_remedy");
  });

  it("does not read owning a missing update as blaming the customer", () => {
    expect(moves("I'm so sorry, you should have heard from us before now.")).not.toContain("blames_customer");
    expect(moves("You should have had a call from us on Monday.")).not.toContain("blames_customer");
    expect(moves("You should have read the contract.")).toContain("blames_customer");
  });
});

describe("words in another sense (session 8)", () => {
  it("does not read the customer's credit file or score as a credit offered", () => {
    expect(moves("A missed payment leaves a mark on your credit file.")).not.toContain("offers_remedy");
    expect(moves("This won't show on your credit score, I promise.")).not.toContain("offers_remedy");
    expect(moves("I'll put a $20 credit on your account today.")).toContain("offers_remedy");
    expect(moves("I can credit your account for the three days.")).toContain("offers_remedy");
  });

  it("reads 'in writing' as another channel only when the customer is sent to use it", () => {
    expect(moves("You'll get the damage team's decision in writing.")).not.toContain("deflects_channel");
    expect(moves("The damage team reviews it and replies in writing.")).not.toContain("deflects_channel");
    expect(moves("You'll need to put that in writing to our complaints team.")).toContain("deflects_channel");
    expect(moves("Please put your complaint in writing.")).toContain("deflects_channel");
  });

  it("reads a review time the company holds itself to as a stated time, not a stall", () => {
    expect(moves("The damage team reviews it within 10 working days.")).not.toContain("refuses_or_delays");
    expect(moves("I'm refunding it now, and it shows in 3 to 5 working days.")).not.toContain("refuses_or_delays");
    expect(moves("Refunds take a few business days because the card company posts them.")).not.toContain(
      "refuses_or_delays",
    );
    expect(moves("It can take up to 15 working days.")).toContain("refuses_or_delays");
    expect(moves("You'll have to wait until it clears, it takes 3 working days.")).toContain("refuses_or_delays");
  });

  it("reads policy as a refusal only when it is given as the reason not to", () => {
    expect(moves("The policy covers sudden damage, so the burst pipe is included.")).not.toContain("refuses_or_delays");
    expect(moves("I've checked your policy and the storm damage is covered.")).not.toContain("refuses_or_delays");
    for (const refusal of [
      "That's company policy.",
      "Our policy is that unguaranteed bookings are released at 10pm.",
      "Policy says I'm unable to process cancellations on this line.",
      "I can't waive the fare difference, that's policy.",
      "The policy doesn't cover wear and tear.",
    ])
      expect(moves(refusal), refusal).toContain("refuses_or_delays");
  });

  it("reads candour about the outcome followed by action as acting, not refusing", () => {
    const line = "I can't promise the result, but I'll send your photo to the damage team today.";
    expect(moves(line)).not.toContain("refuses_or_delays");
    expect(moves(line)).toContain("commits_to_action");
    expect(moves("I can't promise a time for the engineer, the system just says today.")).toContain(
      "refuses_or_delays",
    );
    expect(moves("I can't promise anything, but I can't cancel it today either.")).toContain("refuses_or_delays");
  });

  it("reads 'I'll be straight with you' as a way of speaking, not a commitment", () => {
    expect(moves("I'll be straight with you: the part is on backorder until Friday.")).not.toContain(
      "commits_to_action",
    );
    expect(moves("I'll be honest with you.")).not.toContain("commits_to_action");
    expect(moves("I'll be honest, I'll call you back at 3pm today.")).toContain("commits_to_action");
    expect(moves("I'll be happy to call you back by 5pm.")).toContain("commits_to_action");
  });

  it("reads asking leave to say something, and a wh-clause inside a statement, as statements", () => {
    expect(moves("Can I just say how sorry I am?")).not.toContain("asks_question");
    expect(moves("Can I just say how sorry I am?")).toContain("apologises");
    expect(moves("What that means for you: I can refund it to your card today.")).not.toContain("asks_question");
    expect(moves("When you signed up you got a discount for one year.")).not.toContain("asks_question");
    expect(moves("What does that mean for your business")).toContain("asks_question");
    expect(moves("How long have you been without heating")).toContain("asks_question");
    // A wh-clause that a later "is" takes as its subject: the cause told, not asked.
    const told = "What happened is your discount ended in March, so your bill went back to the full price.";
    expect(moves(told)).not.toContain("asks_question");
    expect(moves(told)).toContain("explains");
    expect(moves("What happened to your order")).toContain("asks_question");
    expect(moves("What made you think it was free")).toContain("asks_question");
  });
});

describe("a remedy said of the thing, not of who gives it", () => {
  it("needs no 'I' or 'we' when the remedy is done or put to the customer to choose", () => {
    expect(moves("Your refund has been processed.")).toContain("offers_remedy");
    expect(moves("Would you like a refund or a replacement?")).toContain("offers_remedy");
    expect(moves("Your refund hasn't been processed.")).not.toContain("offers_remedy");
  });
});

describe("blame in a question or behind a disclaimer", () => {
  it("reads doubting what the customer did as blaming them", () => {
    expect(moves("Did you actually send the form to the right address?")).toContain("blames_customer");
    expect(moves("Are you sure you entered the right card number?")).toContain("blames_customer");
    expect(moves("Nobody's accusing you of anything, but the payment never reached us.")).toContain("blames_customer");
    expect(moves("Are you sure you want to cancel?")).not.toContain("blames_customer");
    expect(moves("Did you get the email I sent this morning?")).not.toContain("blames_customer");
  });
});

describe("readings from the grown set (session 8)", () => {
  it("hears a gerund clause judged hard as acknowledging what the customer went through", () => {
    expect(moves("Juggling shifts around your son's appointments can't be easy.")).toContain("acknowledges_impact");
    expect(moves("Being charged for food you never received is frankly not okay.")).toContain("acknowledges_impact");
    expect(moves("Checking the router is a good idea.")).not.toContain("acknowledges_impact");
    expect(moves("Shouting at me won't make the engineer come any faster.")).not.toContain("acknowledges_impact");
  });

  it("reads 'sorry to hear' and a bare 'I understand' as stock sympathy, a generic plural as nothing specific", () => {
    expect(moves("Oh, I'm really sorry to hear that.")).toEqual(["generic_empathy"]);
    expect(moves("I do understand.")).toContain("generic_empathy");
    expect(moves("I understand, websites can be a pain.")).not.toContain("acknowledges_impact");
    // Wanting to leave is the customer's decision, not something they lived through.
    expect(moves("I'm sorry to hear you want to leave us.")).toEqual(["generic_empathy"]);
    expect(moves("I'm sorry, that was our mistake.")).toContain("apologises");
  });

  it("reads bad news with a no in it, and a restriction put impersonally, as refusing", () => {
    expect(moves("I'm afraid we don't compensate for time off work.")).toContain("refuses_or_delays");
    expect(moves("Cancellations can only be done in person at your home gym.")).toContain("refuses_or_delays");
    expect(moves("Refunds for partial months aren't possible under our terms.")).toContain("refuses_or_delays");
  });

  it("reads a self-service place the customer is pointed to as deflecting", () => {
    expect(moves("Photos can be submitted through the damage portal on our website.")).toContain("deflects_channel");
    expect(moves("The refund policy is on our help center if you want to have a read.")).toContain("deflects_channel");
    expect(moves("I've uploaded the photos to your claim myself.")).not.toContain("deflects_channel");
  });

  it("reads a pitch by its benefit clause, and blame by comparing the customer with everyone else", () => {
    expect(moves("We've got a Basic plan at £4.99 that might suit someone who watches occasionally.")).toContain(
      "retention_pitch",
    );
    expect(moves("If you paused instead, you'd keep your watch history for up to three months.")).toContain(
      "retention_pitch",
    );
    expect(moves("The website's working fine for everyone else.")).toContain("blames_customer");
    expect(moves("You must have ignored the text we sent.")).toContain("blames_customer");
  });
});

describe("commitments, escalations and checks (session 8)", () => {
  it("hears the rep doing it now as a commitment, candour before it included", () => {
    expect(moves("I'm chasing the assessor myself.")).toContain("commits_to_action");
    const line = "I can't say for certain, but I'm chasing the assessor myself and will update you by Friday.";
    expect(moves(line)).toContain("commits_to_action");
    expect(moves(line)).not.toContain("refuses_or_delays");
    expect(moves("I'm trying to understand what happened.")).not.toContain("commits_to_action");
  });

  it("reads an escalation or a cancellation as that move, a commitment only with something more", () => {
    expect(moves("I'm escalating this to the practice manager.")).not.toContain("commits_to_action");
    expect(moves("I'm escalating you to our duty manager, and he'll call you within 20 minutes.")).toEqual(
      expect.arrayContaining(["escalates", "commits_to_action"]),
    );
    expect(moves("I'll cancel that for you now.")).toEqual(["confirms_cancellation"]);
  });

  it("reads 'priority' in a service's name as no escalation", () => {
    expect(moves("I'll add you to our Priority Services Register today.")).not.toContain("escalates");
    expect(moves("I'm marking your case as a priority.")).toContain("escalates");
  });

  it("hears checks, pressing for reasons and telling off in more words", () => {
    expect(moves("Does that sound manageable?")).toContain("checks_understanding");
    expect(moves("Is that all clear?")).toContain("checks_understanding");
    expect(moves("What's made you want to leave us?")).toContain("interrogates_reason");
    expect(moves("What would it take to keep you with us?")).not.toContain("retention_pitch");
    expect(moves("There's no need to take that tone with me.")).toContain("tells_customer_to_calm_down");
  });
});

describe("offers by what the rep does (session 8)", () => {
  it("hears the rep offering or doing an act that puts things right", () => {
    for (const offer of [
      "Would it help if I booked the drying company for you while you're still on the line?",
      "Yes, I can split it across six months with no interest.",
      "I've booked a loss adjuster to visit you this Thursday between 9 and 1.",
      // A plain promise offers too; grading/knowledge-checks reads a follow-through of an earlier offer as such.
      "I'll set up the plan today and send you the details in writing.",
    ])
      expect(moves(offer), offer).toContain("offers_remedy");
    for (const other of [
      "The booking site you used doesn't pass on late arrival times.",
      "Just so you know, we can only set up one arrangement per year.",
      "What this means is you don't pay anything to change, because we cancelled the flight.",
      "Can I have your booking reference?",
      "There are a few things going on here and I'll try to cover all of them.",
      "We held the card because two payments from abroad were tried last night.",
    ])
      expect(moves(other), other).not.toContain("offers_remedy");
  });
});

describe("second pass on the golden suites' misreadings (session 8)", () => {
  it("reads a demonstrative subject with a passive 'cancelled' as confirming the cancellation", () => {
    expect(moves("That's cancelled from today.")).toContain("confirms_cancellation");
    expect(moves("That's not cancelled yet.")).not.toContain("confirms_cancellation");
  });

  it("hears a closed question about how it left the customer, and a toll still being paid, as asking about impact", () => {
    expect(moves("Has this bill left you worried?")).toContain("asks_about_impact");
    expect(moves("What is the dead line costing the bakery today?")).toContain("asks_about_impact");
    expect(moves("Did you get the email?")).not.toContain("asks_about_impact");
    expect(moves("What does the upgrade cost?")).not.toContain("asks_about_impact");
  });

  it("reads 'I can get you more' as giving, not as empathy, and selling more value as a pitch", () => {
    const found = moves("Great news, I can get you more for your money!");
    expect(found).not.toContain("acknowledges_impact");
    expect(found).not.toContain("generic_empathy");
    expect(found).toContain("retention_pitch");
    expect(moves("I get you, that's been a rough week.")).not.toContain("retention_pitch");
  });

  it("reads a clause that says what an act leads to as explaining", () => {
    expect(
      moves("I'm raising this as a priority business fault, which puts an engineer on it first thing tomorrow."),
    ).toContain("explains");
    expect(
      moves("I'm forwarding your shop number within the next fifteen minutes, so your orders reach you today."),
    ).toContain("explains");
    // A bare "so" after the rep's act is its purpose (the blind labels do not call it an explanation).
    expect(moves("I've marked it as urgent so it jumps the queue.")).not.toContain("explains");
    expect(moves("I can put you on our loyalty plan, which covers everything.")).not.toContain("explains");
  });

  it("reads days to wait for a call back as a delay, but a stated time for a real step as none", () => {
    expect(moves("A colleague will give you a call back within five to seven working days.")).toContain(
      "refuses_or_delays",
    );
    expect(moves("The claims team reviews it within 10 working days.")).not.toContain("refuses_or_delays");
    expect(moves("Taking two days' unpaid leave is a real cost to you.")).not.toContain("refuses_or_delays");
  });

  it("flags a keyword list that opens with a verb as unnatural, not a few pleasantries", () => {
    expect(
      readTurn("Acknowledge experience. Impact. Listening before offering. Empathy. Solutions.").unnatural,
    ).not.toBeNull();
    expect(
      readTurn("Acknowledge experience. Impact. Listening before offering. One tailored offer. Confirm next steps.")
        .unnatural,
    ).not.toBeNull();
    expect(readTurn("Okay. Thanks. Hold on a second. Sure.").unnatural).toBeNull();
    expect(readTurn("Right. Got it. Refund issued. Anything else?").unnatural).toBeNull();
  });

  it("reads a named retention or loyalty team as a transfer, not a pitch", () => {
    const found = moves("Cancellations go through our loyalty team; I'll transfer you.");
    expect(found).toContain("transfers");
    expect(found).not.toContain("retention_pitch");
    expect(moves("As a thank you for your loyalty, I can offer a better plan.")).toContain("retention_pitch");
  });

  it("reads raising an offer already refused as a pitch", () => {
    expect(moves("What if I made it two months free?")).toContain("retention_pitch");
    expect(moves("What if I gave you a credit for the outage?")).not.toContain("retention_pitch");
  });
});
