import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests (session 16, lane s16-moves-b), none taken from evals/. */
const moves = (text: string, customerSaid?: string): RepMove[] =>
  detectMoves(text, customerSaid === undefined ? {} : { customerSaid }).map((found) => found.move);

const CANCEL = "Please just cancel my broadband, I'm moving in with my sister.";

describe("a cancellation put off, or how cancellations work, is not confirmed now (cancellation-timing.ts)", () => {
  it.each([
    "I'll cancel it once the engineer has picked up the router.",
    "We'll close the account when the last bill has been paid.",
    "Not yet, it goes through after the final reading.",
    "Cancellations are processed by the billing team within a week.",
  ])("%j does not confirm the cancellation", (text) => {
    expect(moves(text)).not.toContain("confirms_cancellation");
  });

  it.each([
    "I'll cancel it now, and once the last bill is out you'll get a letter.",
    "I've cancelled your broadband, so once the router is back you're all done.",
    "Your cancellation has been processed.",
  ])("%j still confirms it", (text) => {
    expect(moves(text)).toContain("confirms_cancellation");
  });
});

describe("a cancellation confirmed in answer to the request (cancellation-answers.ts)", () => {
  it.each([
    "It's being processed while we talk.",
    "That's all been actioned for you.",
    "Okay, I've stopped the order from today.",
    "We're closing the booking down now.",
    "All sorted, the confirmation's on its way.",
    "I've taken you off the members' list.",
  ])("%j after a request to cancel confirms it", (text) => {
    expect(moves(text, CANCEL)).toContain("confirms_cancellation");
  });

  it.each([
    "It's not been processed yet.",
    "Once it's processed you'll get an email.",
    "That's been a popular package this year.",
    "I've stopped the engineer from coming, though.",
  ])("%j after a request to cancel does not confirm it", (text) => {
    expect(moves(text, CANCEL)).not.toContain("confirms_cancellation");
  });

  it("without the request, the order stopped is not read as the cancellation", () => {
    expect(moves("Okay, I've stopped the order from today.", "My bill went up again.")).not.toContain(
      "confirms_cancellation",
    );
  });
});

describe("a price put on the company's product pitches (pitch-prices.ts)", () => {
  it.each([
    "Our family bundle would cover all three phones for just £30.",
    "With us, the fibre package would be only $40 a month.",
    "You'd get twice the speed for £5 a month more.",
    "What about our lite plan at half what you pay today?",
    "If you stay, it's £18 a month for the first year.",
    "We're faster than every other network in town.",
  ])("%j is a retention pitch", (text) => {
    expect(moves(text)).toContain("retention_pitch");
  });

  it.each([
    "Your current plan is £45 a month.",
    "Our exit fee is just £5.",
    "You'd have to pay £150 a month until the contract ends.",
    "I'll put a £20 credit on your account for the trouble.",
    "The engineer visit costs £60.",
  ])("%j is not", (text) => {
    expect(moves(text)).not.toContain("retention_pitch");
  });
});

describe("a commitment by the rep's act done now or held to a time (rep-commitments.ts)", () => {
  it.each([
    "Resending the code right now.",
    "Okay, crediting your account now, bear with me.",
    "I'll pay the invoice within a week.",
    "We'll post the new card by the end of the month.",
    "I'll ring you back in a fortnight with the result.",
    "I'll switch the tariff over at the end of the week.",
    "I can reset your password within the next ten minutes.",
    "You'll hear from me before 4 today.",
    "Expect an email from us within the hour.",
    "I'll make sure the surveyor rings you before lunchtime.",
    "Leave it with me and I'll do the ordering.",
  ])("%j commits to an act", (text) => {
    expect(moves(text)).toContain("commits_to_action");
  });

  it.each([
    "Checking that now.",
    "Looking at your account now.",
    "Resending the code would take a while.",
    "I'll look into it within a week.",
    "I'll pay it within a week if the claim is approved.",
    "You'll get the card within a week.",
    "Will you post it by the end of the month?",
    "You'll hear from the courier when it's ready.",
    "If the part arrives, expect a call from us tomorrow.",
    "I'll do my best.",
    "I'll do the washing up later.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("commits_to_action");
  });
});

describe("a remedy given for the trouble, put right in the passive, or done now (remedy-gifts.ts)", () => {
  it.each([
    "I'll add 5,000 points to your card for the hassle.",
    "We'll send you a voucher for all the waiting around.",
    "Since the parcel was lost, your delivery charge is waived.",
    "Your train ticket will be refunded in full.",
    "Refunding that now, it'll show in a few days.",
    "Does Monday afternoon suit, or would Tuesday be easier?",
    "You'll get a full refund of the deposit.",
    "You'll receive a £25 credit on next month's statement.",
    "Let me knock £15 off this quarter's bill.",
    "I can take twenty dollars off your bill for the trouble.",
    "Let me take ten pounds off your next invoice.",
    "I can offer you a goodwill payment of $50.",
    "I'll put £12 back on your card this afternoon.",
    "I've reconnected the landline now.",
    "We've unlocked your online banking.",
    "I've taken the late payment fee off.",
  ])("%j offers a remedy", (text) => {
    expect(moves(text)).toContain("offers_remedy");
  });

  it.each([
    "Late fees are waived if you pay within a week.",
    "If the phone is faulty, the handset is replaced.",
    "I'll put you on hold for the time being.",
    "Your fee isn't waived, I'm afraid.",
    "Checking the refund now.",
    "Did Monday's visit go okay?",
    "If you send it back, you'll get a refund.",
    "You won't get a refund for the unused days.",
    "You'll need to ring the shop to get a refund.",
    // A cut the customer earns by a commitment is a pitch (remedy-terms.ts).
    "If you sign up for two years, I can knock £10 off.",
    "You'll need to pay £40 to get it back.",
    "You paid £40 back in March.",
    "I've removed the old phone number.",
    "I haven't removed the fee yet.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("offers_remedy");
  });
});

describe("an alternative to leaving, or a plan as the better fit, pitches (pitch-alternatives.ts)", () => {
  it.each([
    "Rather than cancel, you could freeze it over the summer.",
    "Instead of closing the account, how about the basic tier?",
    "Would the starter package suit you better?",
    "We've got a plan that might work better for you.",
    // Session 18, a held call: the service kept in another form, as the better fit.
    "Before I do, would freezing it for three months suit you better, in case you come back?",
    "Would pausing your membership work better for you?",
  ])("%j is a retention pitch", (text) => {
    expect(moves(text)).toContain("retention_pitch");
  });

  it.each([
    "Instead of a refund, would a voucher work for you?",
    "The money goes to your card instead of going back to the account.",
    "Your plan might not work abroad, I'm afraid.",
    "I'd hate to lose you over something like this.",
    "Would freezing the pipes be a worry for you?",
  ])("%j is not", (text) => {
    expect(moves(text)).not.toContain("retention_pitch");
  });
});
