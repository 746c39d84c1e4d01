import { describe, expect, it } from "vitest";
import { gradeRepLinesOffline as graded } from "../testing/offline-grading";

// Hardship affordable-plan, anchors 4-5: the plan is built from what the customer says they can pay.
const PAYER = "I can't pay it in one go. My hours have gone down. About sixty a month, I think.";
const scoreOf = async (lines: string[]) => {
  const result = (await graded("hardship-support", lines, PAYER)).criteria.find(
    (entry) => entry.id === "affordable-plan",
  );
  if (!result) throw new Error("affordable-plan is missing");
  return result.score;
};

describe("hardship-support affordable-plan: whose amount the plan is", () => {
  it("asking, then setting a higher amount than they said, is no plan built from it (3)", async () => {
    const lines = [
      "That's fine, we can put it on a payment plan. How much could you afford each month?",
      "Sixty a month would take fourteen months and the maximum is twelve, so it'd need to be seventy a month.",
    ];
    expect(await scoreOf(lines)).toBe(3);
  });

  it("the customer's own amount said back is the plan (not held)", async () => {
    const lines = [
      "That's fine, we can put it on a payment plan. How much could you afford each month?",
      "Then that would be sixty a month for twelve months, and the hardship fund can take the rest off.",
    ];
    expect(await scoreOf(lines)).toBeGreaterThan(3);
  });

  it("no-pressure: setting the amount over what they said is polite but transactional (3), one step", async () => {
    const lines = [
      "Sixty a month would take fourteen months, so it'd need to be seventy a month. Could you do seventy?",
    ];
    const result = (await graded("hardship-support", lines, PAYER)).criteria.find(
      (entry) => entry.id === "no-pressure",
    );
    expect(result?.score).toBe(3);
  });
});
