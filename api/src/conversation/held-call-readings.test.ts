import { describe, expect, it } from "vitest";
import { readTurn } from "./read-turn";
import { tokensOf } from "./tokens";

/** Misreadings found by holding offline calls by hand (session 9), each with its general cause. */
describe("readings found by holding offline calls", () => {
  it.each([
    ["I'm sorry.", 0],
    ["I’m sorry.", 0],
    ["Yes, I'm sorry.", 5],
  ] as const)("%j: I (PRON) + am (AUX), at their own offsets", (text, at) => {
    const tokens = tokensOf(text);
    const i = tokens.words.indexOf("i");
    expect(tokens.pos.slice(i, i + 3)).toEqual(["PRON", "AUX", "ADJ"]);
    expect(tokens.words.slice(i, i + 2)).toEqual(["i", "am"]);
    expect(tokens.starts.slice(i, i + 3)).toEqual([at, at + 1, at + 4]);
  });

  it('a natural acknowledgement that ends in "I\'m sorry" is speech, not a list of fragments', () => {
    const reading = readTurn("A four-hour drive, and then this. I'm sorry.");
    expect(reading.unnatural).toBeFalsy();
    expect(reading.moves.map((found) => found.move)).toContain("apologises");
  });

  it('"I\'m sending the engineer now" is the rep acting', () => {
    expect(readTurn("Yes, I'm sending the engineer now.").moves.map((found) => found.move)).toContain(
      "commits_to_action",
    );
  });

  it('"I\'m so sorry," before a judged gerund clause still leads into it', () => {
    const reading = readTurn("I'm so sorry, being without heating all week with a baby must be awful.");
    expect(reading.moves.map((found) => found.move)).toContain("acknowledges_impact");
  });

  it('"that\'s a lot to carry" is sympathy; with what the customer lives through named, it acknowledges it', () => {
    const moves = (text: string) => readTurn(text).moves.map((found) => found.move);
    expect(moves("That's a lot to carry.")).toEqual(["generic_empathy"]);
    expect(moves("I know about your husband's stroke, and that's a lot to carry.")).toContain("acknowledges_impact");
    expect(moves("That's a lot cheaper than the old plan.")).not.toContain("generic_empathy");
    expect(moves("It's a lot of money.")).toEqual([]);
  });

  it("the customer's night told back is not a refusal; the hotel's \"no rooms\" is", () => {
    const moves = (text: string) => readTurn(text).moves.map((found) => found.move);
    expect(moves("A four-hour drive and then no room at midnight, with the wedding in the morning.")).not.toContain(
      "refuses_or_delays",
    );
    expect(moves("There's no room tonight, I'm afraid.")).toContain("refuses_or_delays");
    expect(moves("No rooms left, sorry.")).toContain("refuses_or_delays");
  });

  it('", so …" in a question is the reason for asking, not an explanation', () => {
    const moves = (text: string) => readTurn(text).moves.map((found) => found.move);
    expect(moves("Can I ask what comes in each month, so we only set something you can manage?")).not.toContain(
      "explains",
    );
    expect(moves("The promo ended, so the bill went up.")).toContain("explains");
  });

  it('"here\'s where it stands" is not "the charge stands"; having heaters delivered is the rep acting', () => {
    const moves = (text: string) => readTurn(text).moves.map((found) => found.move);
    expect(moves("Here's where it stands: the engineer found a failed valve on Tuesday.")).not.toContain(
      "refuses_or_delays",
    );
    expect(moves("The charge stands, I'm afraid.")).toContain("refuses_or_delays");
    expect(moves("I'm having two electric heaters delivered to you today, by 4pm.")).toContain("commits_to_action");
  });

  it('an account announced ("here\'s where it stands: …") explains', () => {
    expect(
      readTurn("Here's where it stands: the engineer found a failed valve on Tuesday.").moves.map(
        (found) => found.move,
      ),
    ).toContain("explains");
  });

  it('"you should have your refund by Friday" is what the customer will have, not blame', () => {
    const moves = (text: string) => readTurn(text).moves.map((found) => found.move);
    expect(moves("You should have your refund by Friday.")).not.toContain("blames_customer");
    expect(moves("You should have it back, and I'll sort that on this call.")).not.toContain("blames_customer");
    expect(moves("You should have read the terms.")).toContain("blames_customer");
    expect(moves("You should've checked the email.")).toContain("blames_customer");
  });

  it("a discount in words is an offer, and one conditional on staying is a pitch", () => {
    const moves = (text: string) => readTurn(text).moves.map((found) => found.move);
    expect(moves("I can offer you twenty percent off your next bill.")).toContain("offers_remedy");
    const toStay = moves("I can offer you twenty percent off for six months, if you'd like to stay.");
    expect(toStay).toContain("retention_pitch");
    expect(toStay).not.toContain("offers_remedy");
  });

  it("a list of rubric words is still a list", () => {
    expect(readTurn("Sorry. Credit. Technician. No transfer. Confirmation email.").unnatural).toBeTruthy();
  });
});

/** Session 16: misreadings from calls held by hand on the tenant and pharmacy scenarios. */
describe("readings found by holding offline calls (session 16)", () => {
  const moves = (text: string) => readTurn(text).moves.map((found) => found.move);

  it.each([
    "I'm really sorry, a week without heating with a baby at home is awful.",
    "Three outages in a month is not okay.",
    "Two nights in a row with no hot water must have been miserable.",
  ])("%j counts and judges what they went without: it acknowledges the impact", (text) => {
    expect(moves(text)).toContain("acknowledges_impact");
  });

  it("a count of days without judging them acknowledges nothing", () => {
    expect(moves("A week without heating is the longest we allow for a repair.")).not.toContain("acknowledges_impact");
  });

  it.each([
    "How has your father been since Sunday?",
    "What's the flat been like at night?",
    // Session 17, a held pharmacy call: one of their people as "he", and the prompt put as a question.
    "Can you tell me how he's been since he took it?",
  ])("%j asks how it has been for their family or home", (text) => {
    expect(moves(text)).toContain("asks_about_impact");
  });

  it("a check on the plan that asks what doesn't work for them is a check, not pressing for reasons", () => {
    const text =
      "Have I got that right for what the shop needs, and is there anything about it that doesn't work for you?";
    expect(moves(text)).toContain("checks_understanding");
    expect(moves(text)).not.toContain("interrogates_reason");
    expect(moves("What isn't working for you?")).toContain("interrogates_reason");
  });

  it("how a device or service has been asks about the fault", () => {
    expect(moves("How has the router been since Sunday?")).not.toContain("asks_about_impact");
    expect(moves("How has it been since the engineer came?")).not.toContain("asks_about_impact");
  });
});

describe("the rule reader is English only (session 16)", () => {
  it.each(["Si no nos manda usted la lectura, el sistema la estima.", "Ich kann das für Sie heute stornieren."])(
    "%j names no English move",
    (text) => {
      expect(readTurn(text).moves).toEqual([]);
    },
  );

  it("an English sentence with a foreign name is still read", () => {
    expect(readTurn("El Niño is why the bill went up this winter.").moves.map((found) => found.move)).toContain(
      "explains",
    );
  });
});
