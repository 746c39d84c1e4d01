import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests (session 17, second round, lane s18-obstruction), not taken from evals/. */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("a no that is part of an account, not said to the customer", () => {
  it.each([
    "There's a £25 fee on late changes, because the crew can't be rebooked at short notice.",
    "The route is now full fibre, which is why your speeds went up.",
    "What happened is the council hasn't issued the permit, and we can't dig the trench until they do.",
    "The hold-up is because the lab hasn't sent the results, and we can't release the order until the lab signs it off.",
    "The paint can't go on until the plaster has cured, which is why the decorators haven't started.",
  ])("%j does not refuse", (text) => {
    expect(moves(text)).not.toContain("refuses_or_delays");
  });

  it.each([
    "I can't change the booking now, because the crew has already been rostered.",
    "Because it was a sale item, we can't refund it.",
    "I'm sorry, the workshop is full until Friday.",
    "The diary is full, so the first visit is next month.",
    "I can't release the order until we've finished our own checks.",
    "What happened is the form was incomplete, and we can't process it until you send the second page.",
    "We can't dig the trench until the council issues the permit.",
  ])("%j still refuses", (text) => {
    expect(moves(text)).toContain("refuses_or_delays");
  });
});

describe("blame put with someone else, or on the customer's own act (blame-elsewhere.ts, blame-deeds.ts)", () => {
  it.each([
    "That's the warehouse's mistake, not ours.",
    "Honestly, that's a question for the landlord, not for us.",
    "It's the airline that's late, not the hotel.",
    "It's the installer who's to blame here.",
    "It's all in the tenancy agreement you signed in March.",
    "That was on the booking form that you accepted.",
    "You have to cancel 48 hours ahead, it says so in the confirmation.",
    "You shouldn't have opened the sealed pack before returning it.",
    "You should really back up your photos before a repair.",
    "Next time, please check the size guide before ordering.",
    "Everyone else managed to renew before the deadline.",
    "We don't have any control over the courier's schedule.",
    "People who don't read the terms get caught by this all the time.",
  ])("%j blames the customer", (text) => {
    expect(moves(text)).toContain("blames_customer");
  });

  it.each([
    "It's not your fault, it's the warehouse's mistake and we'll fix it.",
    "You shouldn't have been charged twice.",
    "You shouldn't have had to chase us for this.",
    "It's the engineer who's coming on Friday.",
    "It's in the folder we sent you.",
    "You should really get a refund for that.",
    "Next time, enjoy the lounge on us.",
    "Everyone else got the same credit.",
    "Billing twelve people who don't work there any more is a real drain on you.",
    "The courier dropped it at the depot, not at your door, and I'm sorting that now.",
  ])("%j does not blame the customer", (text) => {
    expect(moves(text)).not.toContain("blames_customer");
  });
});

describe("an escalation held to a time commits the rep too (escalation-times.ts)", () => {
  it.each([
    "I've sent it up to my manager to approve by Friday.",
    "I'll escalate the claim to our senior assessor and you'll hear from her within two days.",
    "I'm passing this to my supervisor, who will sign it off this afternoon.",
  ])("%j escalates and commits", (text) => {
    expect(moves(text)).toEqual(expect.arrayContaining(["escalates", "commits_to_action"]));
  });

  it.each([
    "I'm escalating this to my manager now, because it shouldn't have happened.",
    "I'm escalating your case to the complaints manager so it gets looked at properly.",
    "Could my supervisor call you back tomorrow?",
    "I'm passing this over to my team leader, she can approve the credit.",
  ])("%j does not commit", (text) => {
    expect(moves(text)).not.toContain("commits_to_action");
  });
});

describe("an escalation read by the act of sending the case up (escalation-deeds.ts)", () => {
  it.each([
    "I'm raising this to an urgent fault so it's worked on tonight.",
    "I'll raise a formal complaint about the missed visit.",
    "We're referring your claim to a senior assessor.",
    "I'm putting this through to our second-line engineers.",
    "I can't refund all of it, but I'm refunding half now and sending the rest to my supervisor.",
  ])("%j escalates", (text) => {
    expect(moves(text)).toContain("escalates");
  });

  it.each([
    "I'll pass your details to the billing team.",
    "I'm sending it to the warehouse today.",
    "You could raise a complaint through the portal.",
    "I won't raise this with anyone else.",
    "The duty manager isn't in until Monday, I'm afraid.",
    "I can't waive it, as the fees are set by the branch manager's team.",
  ])("%j does not escalate", (text) => {
    expect(moves(text)).not.toContain("escalates");
  });
});

describe("refusals said as a denial, a limit, a held charge or a wait (refusal-denials.ts)", () => {
  it.each([
    "You can't get your money back on a used pass.",
    "You won't be able to get a refund for the second night.",
    "Upgrades aren't offered on discounted fares.",
    "The loyalty discount only applies to annual plans.",
    "Sorry, that's not an option on this tariff.",
    "It's not mine to overrule.",
    "That'll be another three weeks, realistically.",
    "I have to ask you to wait for the inspector's visit.",
    "The approver is away until the 9th.",
    "The cancellation fee has to stand.",
    "There isn't any flexibility on the dates.",
    "Those are the terms, I'm afraid.",
    "We need the signed form back before we can release the funds.",
    "Not without the original packaging, no.",
    "Only if you bring the card in person.",
    "It's too late to amend the booking now.",
    "You've missed the cut-off for this month's run.",
    "It's past the return date, so it's a no.",
    "We're not obliged to replace it.",
    "We'd only be able to move you once the lease ends.",
    "It's going to take a little longer, I'm afraid.",
    "I'll have to get back to you on that one.",
  ])("%j refuses or delays", (text) => {
    expect(moves(text)).toContain("refuses_or_delays");
  });

  it.each([
    "You can't get lost, the depot is right by the station.",
    "The refund wasn't processed because the card had expired.",
    "Refunds are given within five days of the return.",
    "There's no one I'd rather have on the case.",
    "Let me check one thing before we continue.",
    "That's no problem, I'll do it now.",
    "It's not too late to enjoy the offer.",
  ])("%j does not refuse", (text) => {
    expect(moves(text)).not.toContain("refuses_or_delays");
  });
});

describe("commitments by someone on the rep's side, or with the time after the act (commitment-readings.ts)", () => {
  it.each([
    "My colleague will ring you tomorrow with the figures.",
    "Our engineer will be with you on Thursday.",
    "I'm going to replace the router, delivered on Monday.",
    "I've asked the depot to redeliver it tomorrow.",
    "I'll make sure the bill is corrected before the weekend.",
  ])("%j commits", (text) => {
    expect(moves(text)).toContain("commits_to_action");
  });

  it.each([
    "My colleague will call you if anything changes.",
    "Your colleague will be in touch, I'm sure.",
    "I'm going to be honest, the parts arrived damaged on Monday.",
    "I've asked you to send the photos twice today.",
  ])("%j does not commit", (text) => {
    expect(moves(text)).not.toContain("commits_to_action");
  });
});

describe("'as' names what a case is raised as, not a reason (act-reasons.ts)", () => {
  it("keeps the account a raised case's consequence gives", () => {
    expect(moves("I'm raising this as an urgent repair, which puts a plumber on it this afternoon.")).toEqual(
      expect.arrayContaining(["escalates", "explains"]),
    );
  });
});
