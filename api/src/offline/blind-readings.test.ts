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

const GUEST = "I booked and prepaid, and now you tell me there's no room at midnight?";
describe("policy-service", () => {
  it("saying plainly what cannot be done, beside a concrete step, owns the next step", async () => {
    const lines = [
      "I can't refund tomorrow as well, because your room here tomorrow is confirmed.",
      "I've just booked you a double at the Harbour Inn, reference HI-88120, and I'll text it to you in two minutes.",
    ];
    expect(await scoreOf("policy-service", lines, "owns-next-step", GUEST)).toBeGreaterThanOrEqual(4);
  });

  it("a refusal with its reason is not hiding behind the rule; naming the policy as the answer is", async () => {
    const reason = "I can't refund tomorrow as well, because your room here tomorrow is confirmed and ready.";
    expect(await scoreOf("policy-service", [reason], "explains-the-rule", GUEST)).toBeGreaterThanOrEqual(4);
    const hides = "Unfortunately we are at full capacity and our policy is that guests are relocated.";
    expect(await scoreOf("policy-service", [hides], "explains-the-rule", GUEST)).toBe(1);
  });

  it("the right offer said with its reason is within-policy 5; an offer alone is 4; vagueness is 3", async () => {
    const why =
      "I'm booking you a room at the Harbour Inn because it's five minutes away, and we pay for it. Online payments stay blocked because the number was stolen.";
    expect(await scoreOf("policy-service", [why], "within-policy", GUEST)).toBe(5);
    const bare = "I'm booking you a room at the Harbour Inn, and we pay for it.";
    expect(await scoreOf("policy-service", [bare], "within-policy", GUEST)).toBe(4);
    const vague = `${bare} For the taxi, you may be eligible for an allowance.`;
    expect(await scoreOf("policy-service", [vague], "within-policy", GUEST)).toBe(3);
  });

  it("an apology alone is stock sympathy (2); naming what it means for them is 4", async () => {
    expect(
      await scoreOf("policy-service", ["I do apologise. Can I take the reference?"], "acknowledges-situation", GUEST),
    ).toBe(2);
    const owned = "That's on us, not anything you did.";
    expect(await scoreOf("policy-service", [owned], "acknowledges-situation", GUEST)).toBe(4);
  });

  it("an offer with no limit ('we'll cover whatever it comes to') is anchor 1; refusing one is not", async () => {
    const open = "Take a cab and we'll cover whatever it comes to, there and back.";
    expect(await scoreOf("policy-service", [open], "within-policy", GUEST)).toBe(1);
    const refused = "I can't cover any fee the taxi firm charges, but I can book you the partner hotel.";
    expect(await scoreOf("policy-service", [refused], "within-policy", GUEST)).toBeGreaterThan(2);
  });

  it("naming it and letting it shape what comes next ('what you need now is…') is 5, without a question", async () => {
    const shaped = "That's on us, and what you need now is a proper bed close by.";
    expect(await scoreOf("policy-service", [shaped], "acknowledges-situation", GUEST)).toBe(5);
    const unnamed = "What you need now is a proper bed close by.";
    expect(await scoreOf("policy-service", [unnamed], "acknowledges-situation", GUEST)).toBe(4);
  });

  it("acknowledging the problem in general terms is 3, above an apology's 2", async () => {
    const general = "Oh, I'm so sorry, that's awful after such a long drive. What's the reference?";
    expect(await scoreOf("policy-service", [general], "acknowledges-situation", GUEST)).toBe(3);
  });

  it("a warm turn's tone holds in the plain turns after it (respectful-tone 5)", async () => {
    const lines = [
      "It's our mistake, not anything you did.",
      "I've booked the Harbour Inn for you.",
      "Reference HI-2290.",
    ];
    expect(await scoreOf("policy-service", lines, "respectful-tone", GUEST)).toBe(5);
  });

  it('"don\'t panic" and a process named as the answer are defensive', async () => {
    expect(await scoreOf("policy-service", ["Okay, don't panic."], "respectful-tone", GUEST)).toBeLessThanOrEqual(2);
    expect(
      await scoreOf("policy-service", ["It's a standard process to protect customers."], "respectful-tone", GUEST),
    ).toBeLessThanOrEqual(2);
  });
});

const KWAME = "You've charged me twice this month. I'd like one of those back.";
describe("service-recovery", () => {
  it("an account email or reference question asks nothing about the customer's situation", async () => {
    for (const line of ["Can I have the email on the account?", "Account email?", "What's the booking reference?"])
      expect(await scoreOf("service-recovery", [line], "explores-impact", KWAME)).toBe(1);
  });

  it("asking whether it has caused them problems asks about the impact (anchor 4)", async () => {
    const asked = "I can see both. Can I ask, has it caused you any problems?";
    expect(await scoreOf("service-recovery", [asked], "explores-impact", KWAME)).toBe(4);
  });

  it('"you should have it back" promises; "you should have read" blames', async () => {
    const promise = "You should have it back by Friday, and I'll sort that on this call.";
    expect(await scoreOf("service-recovery", [promise], "respectful-tone", KWAME)).toBeGreaterThanOrEqual(2);
    const calm = "There's no need to get frustrated.";
    expect(await scoreOf("service-recovery", [calm], "respectful-tone", KWAME)).toBeLessThanOrEqual(2);
    const blame = "You should have read the letter we sent.";
    expect(await scoreOf("service-recovery", [blame], "respectful-tone", KWAME)).toBeLessThanOrEqual(2);
  });
});

const ELEANOR = "I need to cancel my mother's alarm monitoring. She's gone into a care home.";
describe("retention-call", () => {
  it("collecting the equipment carries out the cancellation: it is no offer to stay (3)", async () => {
    const collect =
      "We can send an engineer to take them away free of charge, or you can leave them for the new owners.";
    expect(await scoreOf("retention-call", [collect], "one-tailored-offer", ELEANOR)).toBe(3);
  });

  it("equipment left in place and no more payments are the last bill and the equipment (5)", async () => {
    const close =
      "The monitoring is cancelled as of today, and no more payments will come out. The equipment stays for the buyers. Your reference is AC-55810, and you'll get a confirmation email in ten minutes.";
    const checked = `${close} Is there anything else you want me to check while you've got me?`;
    expect(await scoreOf("retention-call", [checked], "confirms-next-steps", ELEANOR)).toBe(5);
  });

  it("waiving the exit fee and collecting the equipment carry out the cancellation: no offer, so listening is 3", async () => {
    const lines = [
      "Ten calls in a month on top of a move into care is a lot to carry. There's no early-exit fee, since she's moved into care.",
      "We can send an engineer to take the panel away free of charge, or you can leave it for the buyers.",
    ];
    expect(await scoreOf("retention-call", lines, "listens-before-offering", ELEANOR)).toBe(3);
    const pitched = [...lines, "Or I can keep it running at a discount until the house sells."];
    expect(await scoreOf("retention-call", pitched, "listens-before-offering", ELEANOR)).toBeLessThan(3);
  });

  it("anchor 5 ends with a check that the customer has what they need; without it the close is 4", async () => {
    const close =
      "The monitoring is cancelled as of today, and no more payments will come out. The equipment stays for the buyers. Your reference is AC-55810, and you'll get a confirmation email in ten minutes.";
    expect(await scoreOf("retention-call", [close], "confirms-next-steps", ELEANOR)).toBe(4);
  });

  it("a date with no word on how it will be confirmed is anchor 3's gap, not 4", async () => {
    const sorted = "I'll cancel it now. It's all cancelled from today, so you're sorted.";
    expect(await scoreOf("retention-call", [sorted], "confirms-next-steps", ELEANOR)).toBe(3);
  });
});

describe("hardship-support: confirms the arrangement", () => {
  it("a call that ends with nothing agreed is anchor 1", async () => {
    const nothing = "Have a think about what you can do and see what you can pull together.";
    expect(await scoreOf("hardship-support", [nothing], "confirms-arrangement")).toBe(1);
  });

  it("details in the post are in writing", async () => {
    const agreed = "So that's $70 each month for twelve months.";
    const posted = `${agreed} You'll get the details in the post.`;
    const without = await scoreOf("hardship-support", [agreed], "confirms-arrangement");
    expect(await scoreOf("hardship-support", [posted], "confirms-arrangement")).toBe((without ?? 0) + 1);
  });
});
