import { describe, expect, it } from "vitest";
import { gradeRepLinesOffline as graded } from "../testing/offline-grading";

// Retention-call and service-recovery readings the blind raters share (evals/blind/sources/HOW-*-WAS-RATED.md),
// as the shipped signals now follow them (session 11).
const BEN = "I'm moving to Denver for a new job, I need to cancel my gym membership. Before you ask, yes I'm sure.";
const TENANT = "My heating has been broken for a week and I have a baby at home.";
const PAYER = "You've charged me twice this month. Fourteen ninety-nine, two times.";
const scoreOf = async (rubric: string, lines: string[], id: string, customer: string) => {
  const result = (await graded(rubric, lines, customer)).criteria.find((entry) => entry.id === id);
  if (!result) throw new Error(`${id} is missing`);
  return result.score;
};

const CLEAN_CANCELLATION = [
  "Hi Ben, of course. Moving to Denver for the new job, that makes sense.",
  "I can cancel that for you now. Your membership ends today and there's no fee, since you're relocating.",
  "You'll get a confirmation email in the next hour with the cancellation reference. Good luck with the move!",
];

describe("retention-call: the clean no-pitch cancellation", () => {
  it("giving back the customer's situation in their words acknowledges it (anchor 3)", async () => {
    expect(await scoreOf("retention-call", CLEAN_CANCELLATION, "acknowledges-experience", BEN)).toBe(3);
  });

  it("their words in a statement of policy are no reflection", async () => {
    const policy = ["Gym memberships for a new job in Denver are cancelled under the relocation terms."];
    expect(await scoreOf("retention-call", policy, "acknowledges-experience", BEN)).toBe(1);
  });

  it("with no offer made, taking the situation in is listens-before-offering 3, not 'straight to the script'", async () => {
    expect(await scoreOf("retention-call", CLEAN_CANCELLATION, "listens-before-offering", BEN)).toBe(3);
  });

  it("an offer the reader does not tag still counts as an offer", async () => {
    const offered = [
      CLEAN_CANCELLATION[0] ?? "",
      "I can offer you twenty percent off for three months if you'd like to stay?",
    ];
    expect(await scoreOf("retention-call", offered, "listens-before-offering", BEN)).toBeLessThan(3);
  });
});

describe("service-recovery", () => {
  it("a named day or clock time with the deed is a time, and 'I'll call you myself' an owner (anchor 4)", async () => {
    const lines = [
      "I'm having two electric heaters delivered to you today, by 4pm.",
      "I'll call you myself on Wednesday once the engineer has the part, and the repair is booked for that day.",
    ];
    expect(await scoreOf("service-recovery", lines, "ownership-and-commitment", TENANT)).toBe(4);
  });

  it("a refund done on this call beside the bank's timing is a commitment, not a vague promise", async () => {
    const done = [
      "I've just refunded the second charge to your card ending 0932. It takes 3 to 5 working days to show.",
    ];
    expect(await scoreOf("service-recovery", done, "ownership-and-commitment", PAYER)).toBe(4);
  });

  it("a deed and a reference without a time or an owner are 4; with one, 5", async () => {
    const bare = ["I've reversed the duplicate charge now. Your refund reference is RF-30691."];
    expect(await scoreOf("service-recovery", bare, "ownership-and-commitment", PAYER)).toBe(4);
    const owned = [`${bare[0] ?? ""} I'll call you myself on Friday to check it has landed.`];
    expect(await scoreOf("service-recovery", owned, "ownership-and-commitment", PAYER)).toBe(5);
  });

  it("a date in an explanation is no commitment to a time", async () => {
    const lines = ["I've requested a refund. The charges were on the 24th and the 26th. Anything else today?"];
    expect(await scoreOf("service-recovery", lines, "ownership-and-commitment", PAYER)).toBeLessThanOrEqual(3);
  });

  it("the cause told as a story is an explanation of what happened and why (anchor 4)", async () => {
    const story =
      "As for why: the payment on the 24th got stuck waiting for your bank to answer, our system gave up and tried again two days later, and both went through.";
    expect(await scoreOf("service-recovery", [story], "plain-language", PAYER)).toBe(4);
  });
});
