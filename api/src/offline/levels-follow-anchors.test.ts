import { describe, expect, it } from "vitest";
import { gradeRepLinesOffline as graded } from "../testing/offline-grading";

const scoreOf = async (rubric: string, lines: string[], id: string) => {
  const result = (await graded(rubric, lines)).criteria.find((entry) => entry.id === id);
  if (!result) throw new Error(`${id} is missing`);
  return result;
};

describe("levels that need two things need both (signals.needs)", () => {
  it("a check alone explains nothing: not 4", async () => {
    expect((await scoreOf("policy-service", ["Does that work for you?"], "explains-the-rule")).score).toBe(3);
  });

  it("an explanation with no check is 4, not 5", async () => {
    const explained =
      "We held the card because two payments came from abroad within minutes, which is how stolen cards are used.";
    expect((await scoreOf("policy-service", [explained], "explains-the-rule")).score).toBe(4);
  });

  it("an explanation and then a check is 5", async () => {
    const both =
      "We held the card because two payments came from abroad within minutes, which is how stolen cards are used. Does that make sense?";
    expect((await scoreOf("policy-service", [both], "explains-the-rule")).score).toBe(5);
  });
});

describe("a signal that meets a level by itself (signals.reaches)", () => {
  it("an open question about the impact is listens-before-offering 4", async () => {
    const asked = await scoreOf(
      "retention-call",
      ["I can do that today. How have the outages affected your work?"],
      "listens-before-offering",
    );
    expect(asked.score).toBeGreaterThanOrEqual(4);
  });

  it("an account or closing question asks nothing about her experience", async () => {
    for (const line of ["Can I take your account number?", "Is there anything else?", "Have you checked your router?"])
      expect((await scoreOf("retention-call", [line], "listens-before-offering")).score).toBe(1);
  });
});

describe("words without deeds earn nothing", () => {
  it("a bare keyword list does not honour the cancellation (baseline withdrawn)", async () => {
    const list = "Understood: empathy, ownership, reference number, effective date, final bill, equipment return.";
    const honours = await scoreOf("retention-call", [list], "honours-cancellation");
    expect(honours.score).toBe(1);
    expect(honours.flags).toContain("unnatural");
  });

  it("a polite call back in days is still a delay", async () => {
    const stall =
      "Of course, and I really appreciate you letting us know. What I'll do is raise a request, and a colleague will give you a call back within five to seven working days to complete it.";
    expect((await scoreOf("retention-call", [stall], "honours-cancellation")).score).toBeLessThanOrEqual(2);
  });

  it("a return box in three days is not a delay", async () => {
    const close = "I've cancelled it as of today, and a prepaid bag for the router arrives within three days.";
    expect((await scoreOf("retention-call", [close], "honours-cancellation")).score).toBeGreaterThanOrEqual(4);
  });
});

describe("a signal the anchors name as a lower level holds the score there (signals.holds)", () => {
  it("a vague promise is ownership 2, not a penalty below it", async () => {
    const vague = await scoreOf(
      "service-recovery",
      ["I'll look into it and someone will be in touch about options.", "Yes, in three to five business days."],
      "ownership-and-commitment",
    );
    expect(vague.score).toBe(2);
    expect(vague.rationale).toContain("at most 2");
  });

  it("a commitment beside a vague time is still the vague promise: 2, not 3", async () => {
    const line = "I'll raise it to our fault team now. It should be sorted within three to five business days.";
    expect((await scoreOf("service-recovery", [line], "ownership-and-commitment")).score).toBe(2);
  });

  it("a specific action with a time and no reference is 4; the reference makes 5", async () => {
    const timed = "I'm booking an engineer for 8 to 10 tomorrow, and I'll call you by 5 today to confirm the slot.";
    expect((await scoreOf("service-recovery", [timed], "ownership-and-commitment")).score).toBe(4);
    const referenced = `${timed} In the meantime I'm forwarding your number to your mobile. Your reference is 48213.`;
    expect((await scoreOf("service-recovery", [referenced], "ownership-and-commitment")).score).toBe(5);
  });
});

describe("offers and explanations follow the anchors' wording", () => {
  it("an offer in the very sentence of a pitch is that pitch: two pitches are anchor 1", async () => {
    const offer = await scoreOf(
      "retention-call",
      ["How about a month free, and I'll throw in a speed upgrade?", "What if I made it two months free?"],
      "one-tailored-offer",
    );
    expect(offer.score).toBe(1);
  });

  it("a tailored offer that is not said to be optional is 4, not 5", async () => {
    const line = "Would you consider staying if I credited this month and booked a technician?";
    expect((await scoreOf("retention-call", [line], "one-tailored-offer")).score).toBe(4);
  });

  it("saying it is their call without offering anything is no offer: 3", async () => {
    const line = "That's completely your call, and I can cancel it today.";
    expect((await scoreOf("retention-call", [line], "one-tailored-offer")).score).toBe(3);
  });

  it("what happened without why is plain but thin (3); with why it is 4 (a /pattern/ a level needs)", async () => {
    const thin = await scoreOf(
      "service-recovery",
      ["The promo ended, and the bill is the standard price now."],
      "plain-language",
    );
    expect(thin.score).toBe(3);
    const why = "Your discount ended in May, so the bill went back to the full price of $85.";
    expect((await scoreOf("service-recovery", [why], "plain-language")).score).toBe(4);
  });
});
