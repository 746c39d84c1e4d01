import { describe, expect, it } from "vitest";
import { gradeRepLinesOffline as graded } from "../testing/offline-grading";
import { isSettledTiming } from "./settled-timing";

// Sentences written for these tests: the refund done on the call, then the bank's clock.
const PAYER = "You've charged me twice this month. Fourteen ninety-nine, two times.";
const rep = (index: number, text: string) => ({ index, role: "rep" as const, text });
const scoreOf = async (lines: string[], id: string) => {
  const result = (await graded("service-recovery", lines, PAYER)).criteria.find((entry) => entry.id === id);
  if (!result) throw new Error(`${id} is missing`);
  return result.score;
};

describe("the timing of a deed already done is no delay", () => {
  it("reads the bank's days after a refund done in the same turn, or in an earlier one", () => {
    const turn = rep(3, "I've just refunded the charge to your card. It takes 3 to 5 working days to show.");
    expect(isSettledTiming("It takes 3 to 5 working days to show.", turn, [])).toBe(true);
    const later = rep(5, "It's 3 to 5 working days, that's the bank's timing.");
    expect(
      isSettledTiming("It's 3 to 5 working days, that's the bank's timing.", later, [
        rep(3, "Refunded it now to the card ending 0932."),
      ]),
    ).toBe(true);
  });

  it("the same days with nothing done, or said before the deed, stay a delay", () => {
    const promised = rep(3, "I've requested a refund. It takes 3 to 5 working days.");
    expect(isSettledTiming("It takes 3 to 5 working days.", promised, [])).toBe(false);
    const before = rep(3, "It takes 3 to 5 working days. I've just refunded it.");
    expect(isSettledTiming("It takes 3 to 5 working days.", before, [])).toBe(false);
  });

  it("ownership: a refund done now with its reference is a commitment, not 'three to five days' (anchor 4, not 1)", async () => {
    const lines = [
      "Email on the account?",
      "Refunded it now to the card ending 0932. 3 to 5 working days. Reference RF-30777, email's on its way.",
      "It's 3 to 5 working days, that depends on your bank.",
    ];
    expect(await scoreOf(lines, "ownership-and-commitment")).toBe(4);
  });

  it("an escalation that someone will look at in 3 to 5 business days is still the vague promise (anchor 2)", async () => {
    const lines = [
      "I'll escalate this to our billing team. They'll get in touch with you within 3 to 5 business days about the refund.",
    ];
    expect(await scoreOf(lines, "ownership-and-commitment")).toBe(2);
  });

  it("tone: saying sorry it can't land faster, after doing it, is not pushing the customer off", async () => {
    const lines = ["I've just refunded the second charge to your card. I'm sorry I can't make it faster."];
    expect(await scoreOf(lines, "respectful-tone")).toBe(5);
  });
});
