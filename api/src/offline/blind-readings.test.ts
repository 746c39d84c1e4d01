import { describe, expect, it } from "vitest";
import { gradeRepLinesOffline as graded } from "../testing/offline-grading";

// The readings two blind raters agreed on (evals/blind/sources/HOW-*-WAS-RATED.md), as the shipped
// hardship-support and policy-service signals now follow them.
const SANDRA = "I know I'm behind. I can't pay anything right now.";
const scoreOf = async (rubric: string, lines: string[], id: string, customer = SANDRA) => {
  const result = (await graded(rubric, lines, customer)).criteria.find((entry) => entry.id === id);
  if (!result) throw new Error(`${id} is missing`);
  return result.score;
};

describe("hardship-support: understands the situation", () => {
  it("asking what has happened is anchor 4 by itself", async () => {
    expect(
      await scoreOf("hardship-support", ["It is about the loan. Has something happened?"], "understands-situation"),
    ).toBe(4);
  });

  it("asking and reflecting it back is 5", async () => {
    const lines = [
      "You'd always paid on time until the autumn. What's been going on?",
      "Losing your wage and caring for him full time, that's so much to deal with in a few months.",
    ];
    expect(await scoreOf("hardship-support", lines, "understands-situation")).toBe(5);
  });

  it("a stock apology is stock sympathy (2), however it is put", async () => {
    const stock = ["I'm sorry to hear that. I do hear you.", "I understand times are hard for a lot of people."];
    expect(await scoreOf("hardship-support", stock, "understands-situation")).toBe(2);
  });
});

describe("hardship-support: no pressure", () => {
  it("pressing for payment now is pressure (2), not a threat (1)", async () => {
    const press = "Realistically you'll need to find the first half today to avoid arrears.";
    expect(await scoreOf("hardship-support", ["Thanks for calling.", press], "no-pressure")).toBe(2);
  });

  it("pushing the customer to borrow from family is pressure", async () => {
    const borrow = "Have you got any family who might be able to help you out with it?";
    expect(await scoreOf("hardship-support", [borrow], "no-pressure")).toBe(2);
  });

  it("a veiled threat of the next stage still costs", async () => {
    const stage = "If we don't get a plan set up on this call, the account moves on to the next stage.";
    expect(await scoreOf("hardship-support", [stage], "no-pressure")).toBeLessThanOrEqual(2);
  });

  it("a call made safe to talk in, whose later turns keep to it, is 5", async () => {
    const lines = [
      "I'm not calling to chase you for money today, and you're not in trouble for the letters.",
      "What could you manage each month?",
      "Forty is fine. I'll email you the plan today.",
    ];
    expect(await scoreOf("hardship-support", lines, "no-pressure")).toBe(5);
  });
});
