import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { detectMoves } from "./detect-moves";

/** Sentences written for these tests from the rubric anchors, not taken from evals/. */
const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

describe("an acknowledgement in the rep's own words (issue 14 item 2)", () => {
  it.each([
    "Nine years with us and three outages in a month means you've been paying for a service you didn't get.",
    "You've had to ring us four times this week about the same dead line.",
    "A bill that jumps from $55 to $85 with no warning would worry anyone on a pension.",
    "Losing the line on the day of your big client presentation puts you in an awful position.",
    "You did everything right by telling us you were moving, and we still cut you off, so that's on us.",
  ])("%j names what the customer lived through", (text) => {
    expect(moves(text)).toContain("acknowledges_impact");
  });

  it.each([
    "Sorry for any inconvenience.",
    "I'll put you through to the billing team.",
    "I can put you on our senior plan at $50 a month.",
    "You've been with us a while, so why would you want to leave?",
    "Well, you've had to wait, but that's what happens when people don't read the contract.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("acknowledges_impact");
  });
});

describe("asking about the customer's experience in plain words", () => {
  it.each(["What worried you most when you saw the bill?", "How are you coping without the phone line at the shop?"])(
    "%j asks about impact",
    (text) => {
      expect(moves(text)).toContain("asks_about_impact");
    },
  );

  it.each([
    "What's your account number?",
    "What made you decide to cancel?",
    "How much would you like to pay for your plan?",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("asks_about_impact");
  });
});

describe("deflection needs the customer to go elsewhere", () => {
  it.each(["I'll post you a letter this week with the new price in writing.", "Would it help if I put it in writing?"])(
    "%j is the rep acting, not deflecting",
    (text) => {
      expect(moves(text)).not.toContain("deflects_channel");
    },
  );

  it.each([
    "You'll need to put that in writing to our complaints team.",
    "I can't change the plan here, that has to be requested through the online portal.",
    "You can cancel that yourself on our website.",
  ])("%j deflects", (text) => {
    expect(moves(text)).toContain("deflects_channel");
  });
});

describe("an act that puts things right, in the frames a rep says it in", () => {
  it.each([
    "What I can do is book you into the hotel across the road at our cost.",
    "What we can do is refund you the difference today.",
    "You're booked on the 7:40 tomorrow morning, seat 14C.",
    "You've been refunded the full $46.80.",
    "You're now rebooked on the first flight out.",
  ])("%j offers a remedy", (text) => {
    expect(moves(text)).toContain("offers_remedy");
  });

  it.each([
    "You weren't booked on that flight because the fare had expired.",
    "What I can't do is refund you for the second night.",
    "You're booked to fly on Friday, as far as I can see.",
  ])("%j does not", (text) => {
    expect(moves(text)).not.toContain("offers_remedy");
  });
});
