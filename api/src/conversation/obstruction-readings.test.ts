import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests (session 16, lane s16-moves-c), not taken from evals/. */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("blame in forms the who-does-what reading misses (blame-readings.ts, mockery-readings.ts)", () => {
  it.each([
    "Well, you put the wrong postcode on the form, so that one's on you.",
    "Your old router is probably the problem, not our line.",
    "The meter reading you gave us was incomplete.",
    "Because the documents you uploaded were blurry, the claim had to be reassessed.",
    "You really should check the booking before you travel.",
    "Next time, make sure you read the confirmation email.",
    "The collection date was only ever provisional, it says so on your booking confirmation.",
    "It's probably something with your own wiring.",
    "Your wifi extender is what's causing the drop-outs.",
    "The fault's with your handset, not our network.",
    "You're the one who booked the wrong date.",
    "Most people don't clean the filter properly.",
    "You skipped the update, that's why the app crashed.",
    "You've been using the wrong charger.",
    "Apparently we're also responsible for your neighbour's dog.",
    "Somehow we're the ones to blame for the weather.",
    'Everyone was "warned" about the strike, of course.',
    "Well, that's winter for you.",
  ])("%j blames the customer", (text) => {
    expect(moves(text)).toContain("blames_customer");
  });

  it.each([
    "It's not your fault, that one's on us.",
    "The photos you sent were really helpful.",
    "The address you gave us was perfect.",
    "You really should get a refund for that.",
    "You really should try our new app.",
    "You really must claim that back.",
    "It's probably something on our side, let me check.",
    "You're the one who's been waiting all week.",
    "You're the one who matters here, so let's get it sorted.",
    "Most customers don't need to do anything.",
    "You called on Monday, which is why I'm ringing back.",
    "Right, that's all stopped for you from tomorrow.",
    "Paying for a service that never arrives is not what you signed up for.",
    "Of course it's our fault, and we'll fix it.",
    "Oh great, your refund has come through.",
  ])("%j does not blame the customer", (text) => {
    expect(moves(text)).not.toContain("blames_customer");
  });
});

describe("refusals and delays told as a hold, a limit or a passive no (deferral-readings.ts, limit-readings.ts)", () => {
  it.each([
    "I'll close the account once the final bill has cleared.",
    "Once the form is in, it will be done.",
    "We only refund unopened items.",
    "Not yet, the request is still with the team.",
    "Your claim has been declined.",
    "The request was rejected by the underwriters.",
    "Exchanges are only available within 14 days of purchase.",
    "That discount's for new customers only.",
    "The soonest anyone can come out is the 14th.",
    "The next available slot we have is next Friday.",
    "That's outside what I can approve.",
    "There's nothing further I can do on my side.",
    "It'll be at least another week, I'm afraid.",
    "The refund can't go through until the item's been inspected.",
  ])("%j refuses or delays", (text) => {
    expect(moves(text)).toContain("refuses_or_delays");
  });

  it.each([
    "Your PIN hasn't changed, so once the block is off it'll work as normal.",
    "I'll only take a minute of your time.",
    "The first thing I can do is check your line.",
    "The outage is only for a few hours.",
    "Your refund has been approved.",
    "We won't charge you until the trial ends.",
  ])("%j does not refuse", (text) => {
    expect(moves(text)).not.toContain("refuses_or_delays");
  });
});

describe("the customer sent to another channel, whatever the act (channel-readings.ts)", () => {
  it.each([
    "If you type the reference into the app, you'll see the delivery photo.",
    "You'll need to approve the payment in the banking app first.",
    "You can switch it off yourself under Settings, then Privacy.",
    "So you'd claim from their insurer.",
    "You'd have to email again.",
    "It's easiest to book a repair online.",
    "Your card issuer is the one to speak to about chargebacks.",
    "Give the billing line a ring on 0800 000 111.",
    "Have a look at the FAQs on the website.",
    "You'll find the cancellation form in the app.",
    "Your best option is the app.",
    "That's all done through our online account.",
    "Our live chat team can help you with that.",
  ])("%j deflects to another channel", (text) => {
    expect(moves(text)).toContain("deflects_channel");
  });

  it.each([
    "I'll give you a call tomorrow.",
    "Give me a ring if it happens again.",
    "I'm the one to speak to about refunds.",
    "The app will show your new balance.",
    "You'll receive an email from the bank.",
    "You can find your reference on the confirmation.",
  ])("%j keeps the customer on this call", (text) => {
    expect(moves(text)).not.toContain("deflects_channel");
  });
});

describe("pressing for reasons, and suggestions that only look like it (interrogation-readings.ts)", () => {
  it.each([
    "What is it about the plan that isn't working for you?",
    "What exactly would make you want to switch?",
    "Can I ask what's brought this on?",
    "How come you want to close the account?",
    "Is there a particular reason you're looking elsewhere?",
    "What's got you thinking about cancelling?",
    "Would you mind telling me why you've decided to go?",
    "What don't you like about the new tariff?",
    // Session 18 (written for this test): what is behind the decision, asked of it.
    "Can I ask what's prompting the switch?",
    "So what's putting you off renewing?",
    "You'd rather cancel than move to the cheaper bundle?",
    "Why would you want your money back rather than a new date?",
    "Is there anything at all we could do to change your mind?",
    "Is it something about the app that you're not happy with?",
  ])("%j presses for the customer's reason", (text) => {
    expect(moves(text)).toContain("interrogates_reason");
  });

  it.each([
    "Why don't you grab a pen and I'll give you the reference?",
    "Why not try the annual plan for a month?",
    "Why did the payment get cancelled?",
    "Is there a reason the card was declined?",
    "Why did you move the appointment?",
    "What's prompting the error message, do you know?",
    "What's behind the meter cupboard?",
    "If you'd rather cancel, I can do that now.",
  ])("%j does not press for a reason", (text) => {
    expect(moves(text)).not.toContain("interrogates_reason");
  });
});

describe("ways of saying no without a can't (refusal-forms.ts, obstruction-deeds.ts)", () => {
  it.each([
    "That's not going to be possible, sorry.",
    "That won't be happening today.",
    "The booking is non-changeable once it's confirmed.",
    "We no longer offer paper bills.",
    "I'm afraid the deposit is forfeited.",
    "The fee stands, I'm afraid.",
    "Nobody here can override that.",
    "Rules are rules.",
    "We don't make exceptions.",
    "It's not up to me, it's set centrally.",
    "Someone will get to it eventually.",
    "The voucher has expired and can't be reissued.",
    "I'd love to help, but my system just doesn't allow it.",
    "We'd need a manager's sign-off, and she's not in until Monday.",
    "Unfortunately there's a minimum term of twelve months.",
    "Compensation isn't something we pay for weather delays.",
    "We're not taking new bookings at the moment.",
    "There's no timeframe on that yet.",
    "Give it another 48 hours and see if it turns up.",
  ])("%j refuses or delays", (text) => {
    expect(moves(text)).toContain("refuses_or_delays");
  });

  it.each([
    "No one can beat our prices.",
    "There was an outage this morning, which is why nobody can log in.",
    "We've stopped the direct debit for you.",
    "The engineer will eventually need access to the loft.",
    "We're not taking any more of your time.",
    "We're not charging you for the visit.",
    "We no longer charge for paper bills.",
    "I'll be honest, it's not great.",
    "There's no charge for that right now.",
  ])("%j does not refuse", (text) => {
    expect(moves(text)).not.toContain("refuses_or_delays");
  });
});

describe("the customer sent elsewhere by naming who deals with it (channel-agents.ts, channel-readings.ts)", () => {
  it.each([
    "The airline handles baggage claims, not us.",
    "The returns team only deal with that by email.",
    "Our web team deal with password resets.",
    "The courier's customer service line should be able to help.",
    "Your GP surgery is best placed to answer that.",
    "We don't handle that over the phone, it's an online-only process.",
    "I'd pop into the store with the receipt.",
    "You're better off sorting that with the manufacturer.",
    "There's a self-service option in your account settings.",
    "There's a number on the back of your card for that.",
    "You could try the community forum, someone there will know.",
  ])("%j deflects to another channel", (text) => {
    expect(moves(text)).toContain("deflects_channel");
  });

  it.each([
    "Our team will sort it for you today.",
    "Our engineers handle that remotely.",
    "The bank processed the payment yesterday.",
    "Your insurer covers accidental damage.",
    "I'd send you a link in the app if I could.",
    "I'd go with the annual plan.",
    "There's a note on the back of your account.",
    // Session 18, from a held call: the rep sends it; "you have it" is the customer receiving it.
    "I'll email you the refund confirmation within the hour so you have it in writing.",
  ])("%j does not deflect", (text) => {
    expect(moves(text)).not.toContain("deflects_channel");
  });
});

describe("blame put politely (polite-blame.ts)", () => {
  it.each([
    "With respect, the instructions do say to charge it fully first.",
    "The app does warn you before you confirm the order.",
    "We did send a reminder the day before.",
    "If the card had been activated when it arrived, this wouldn't have happened.",
    "It would have helped if we'd been told about the move.",
    "We texted the day before, which you may have missed.",
    "The terms are pretty clear about that.",
    "The device was set up on a 5GHz network, which the guide clearly says not to do.",
    "Make sure you keep the receipt in future.",
    "For future reference, the form needs a signature.",
    "I'd just gently point out that the reminder went out three times.",
    "The payment was stopped from your bank's side, not ours.",
  ])("%j blames the customer", (text) => {
    expect(moves(text)).toContain("blames_customer");
  });

  it.each([
    "We did send a warning on the 2nd, but it went to the wrong address.",
    "We did send the refund on Monday.",
    "I'd just point out that we can offer a discount.",
    "If the part had been in stock, we'd have finished it already, and that's on us.",
    "Does the email say when it arrives?",
  ])("%j does not blame the customer", (text) => {
    expect(moves(text)).not.toContain("blames_customer");
  });
});

describe("a reason asked for bare, or what went wrong and where they are going (interrogation-readings.ts)", () => {
  it.each([
    "Why's that?",
    "Oh, how come?",
    "Why is that, if you don't mind me asking?",
    "What could we have done differently?",
    "What exactly is the problem with staying?",
    "Who are you switching to?",
    "Which provider are you thinking of going with instead?",
    "Can you tell me what's not working for you?",
    "What's the real reason you want to go?",
    "Is it something we've done?",
    "What's so bad that you'd leave after ten years?",
  ])("%j presses for the customer's reason", (text) => {
    expect(moves(text)).toContain("interrogates_reason");
  });

  it.each([
    "Where are you moving to?",
    "What time is that?",
    "Why is the light flashing?",
    "How come the bill is higher?",
    "Where are you going on holiday?",
  ])("%j does not press for a reason", (text) => {
    expect(moves(text)).not.toContain("interrogates_reason");
  });
});

describe("the request held until later, by its terms (deferral-readings.ts)", () => {
  it.each([
    "I can put the cancellation in, but it won't take effect until the end of your billing period.",
    "Your account will stay open until the final bill is paid.",
    "We need 30 days' notice to close the account.",
    "There's a 30-day notice period on cancellations.",
    "It can be cancelled, but only after the minimum term.",
    "The fee still applies even if you cancel today.",
  ])("%j refuses or delays", (text) => {
    expect(moves(text)).toContain("refuses_or_delays");
  });

  it.each([
    "We won't charge you until the trial ends.",
    "I'll keep the case open until the part arrives.",
    "I won't stop until it's fixed.",
    "You won't be billed until next month.",
    "Your discount stays active until March.",
    "The warranty still applies to the new part.",
    "I can only apologise for the wait.",
  ])("%j does not refuse", (text) => {
    expect(moves(text)).not.toContain("refuses_or_delays");
  });
});

describe("questions that do not ask: refusal, blame and deflection put rhetorically (rhetorical-questions.ts)", () => {
  it.each([
    ["How am I supposed to refund something you've already used?", "refuses_or_delays"],
    ["Why would we pay for your taxi?", "refuses_or_delays"],
    ["What makes you think we owe you anything?", "refuses_or_delays"],
    ["Couldn't you have called us before it ran out?", "blames_customer"],
    ["Wouldn't it have been easier to check the address first?", "blames_customer"],
    ["Is it really our fault the courier couldn't find the house?", "blames_customer"],
    ["Isn't that what the reminder was for?", "blames_customer"],
    ["Can't you just use the app like everyone else?", "deflects_channel"],
  ] as [string, RepMove][])("%j: %s", (text, move) => {
    expect(moves(text)).toContain(move);
  });

  it("a rhetorical refusal offers nothing", () => {
    expect(moves("How am I supposed to refund something you've already used?")).not.toContain("offers_remedy");
  });

  it.each([
    "Couldn't you have liked it anyway?",
    "Wouldn't it be easier if I just sent you a new one?",
    "Can't you log in to the app at all?",
    "Why would we charge you for that?",
    "How can I help?",
  ])("%j is an ordinary question", (text) => {
    const found = moves(text);
    for (const move of ["refuses_or_delays", "blames_customer", "deflects_channel"] as RepMove[])
      expect(found).not.toContain(move);
  });
});
