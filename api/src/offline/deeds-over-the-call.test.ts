import { describe, expect, it } from "vitest";
import { gradeRepLinesOffline } from "../testing/offline-grading";

const graded = gradeRepLinesOffline;

const criterionOf = (card: Awaited<ReturnType<typeof graded>>, id: string) => {
  const result = card.criteria.find((entry) => entry.id === id);
  if (!result) throw new Error(`${id} is missing`);
  return result;
};

describe("tone follows the deeds of the same turn (signals.mild)", () => {
  it.each([
    "Thanks for calling. Can I ask why you want to cancel?",
    "I appreciate that. You can cancel online through your account page.",
    "Thank you. I'm not able to cancel from this department.",
  ])("%j is courteous in words but pushy in deed: below 4", async (rep) => {
    const tone = criterionOf(await graded("retention-call", [rep]), "respectful-tone");
    expect(tone.score).toBe(3);
    expect(tone.rationale).toMatch(/pushy or scripted/);
  });

  it("a courteous turn that does what she asked keeps 4 or more", async () => {
    const tone = criterionOf(
      await graded("retention-call", ["Of course. I can cancel that for you today, on this call."]),
      "respectful-tone",
    );
    expect(tone.score).toBeGreaterThanOrEqual(4);
  });

  it("several pushy deeds in one turn cost one step, blame costs two", async () => {
    const pushy = "Can I ask why you're leaving? Otherwise you'll need to call the number on your bill.";
    expect(criterionOf(await graded("retention-call", [pushy]), "respectful-tone").score).toBe(3);
    const blame = "Outages can be caused by your own equipment, so that's not on us.";
    expect(criterionOf(await graded("retention-call", [blame]), "respectful-tone").score).toBeLessThanOrEqual(2);
  });

  it("'as I said' is defensive in service recovery too", async () => {
    const card = await graded("service-recovery", ["As I said, that's the standard timeframe."], "When?");
    expect(criterionOf(card, "respectful-tone").score).toBeLessThanOrEqual(2);
  });
});

describe("a mean over turns leaves out turns with nothing to judge (silent_turns: skip)", () => {
  const bill = "Why has my bill gone up?";
  const explanation =
    "When you joined you had a thirty-dollar discount for a year, so you paid $55. That year ended, so you're on the full price now. Does that make sense?";

  it("a greeting and a goodbye do not pull down one good explanation", async () => {
    const card = await graded(
      "service-recovery",
      ["Hello Mr Jennings, thanks for ringing.", explanation, "Take care now, goodbye."],
      bill,
    );
    const plain = criterionOf(card, "plain-language");
    expect(plain.score).toBeGreaterThanOrEqual(4);
    expect(plain.perTurn?.filter((turn) => turn.notNeeded).map((turn) => turn.turn)).toEqual([1, 5]);
    expect(plain.rationale).toMatch(/2 not needed here/);
    const greeting = card.turns[0]?.criteria.find((entry) => entry.id === "plain-language");
    expect(greeting).toMatchObject({ score: null, flags: ["not_applicable"] });
  });

  it("jargon still counts against the mean", async () => {
    const card = await graded(
      "service-recovery",
      ["Hello, thanks for ringing.", "Your promotional MRC rolled off per the T&Cs, so you're on the rack rate."],
      bill,
    );
    expect(criterionOf(card, "plain-language").score).toBeLessThanOrEqual(2);
  });

  it("a call where no reply called for it keeps the baseline and says so", async () => {
    const card = await graded("service-recovery", ["Hello, thanks for ringing.", "Goodbye now."], bill);
    const plain = criterionOf(card, "plain-language");
    expect(plain.score).toBe(3);
    expect(plain.flags).toContain("not_applicable");
    expect(plain.rationale).toMatch(/Not needed in this call/);
  });
});

describe("a confirmation in the rep's own words (confirms-next-steps)", () => {
  it("counts the outcome, the date, how it is confirmed and the equipment, each once", async () => {
    const recap =
      "That's all done: the service stops tonight, the email with your reference is on its way, and the courier picks up the router on Friday.";
    const result = criterionOf(await graded("retention-call", [recap]), "confirms-next-steps");
    expect(result.score).toBeGreaterThanOrEqual(4);
    expect(result.rationale).toMatch(/says when it takes effect/);
    expect(result.rationale).toMatch(/says what happens to the equipment/);
  });

  it("an offer to cancel is not yet a confirmation, and a vague promise is the anchors' level 2", async () => {
    const offer = criterionOf(
      await graded("retention-call", ["I can cancel that for you today, on this call."]),
      "confirms-next-steps",
    );
    expect(offer.score).toBeLessThanOrEqual(2);
    const vague = criterionOf(
      await graded("retention-call", ["Someone will be in touch about the router."]),
      "confirms-next-steps",
    );
    // Anchor 2 is "Vague: 'someone will be in touch'": the baseline, no more (nothing confirmed).
    expect(vague.score).toBe(2);
  });
});
