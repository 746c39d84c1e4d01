import { describe, expect, it } from "vitest";
import type { Transcript } from "../conversation/transcript";
import { gradeRepTurn, gradeTranscript } from "../grading/grade-transcript";
import { loadLibrary } from "../library/load-library";
import { REPO_ROOT } from "../testing/test-runtime";
import { gradeRepLinesOffline, offlineGradingContext } from "../testing/offline-grading";

const library = await loadLibrary(REPO_ROOT);
const rubric = library.rubrics.find((entry) => entry.value.id === "service-recovery")!.value;
const coachingOf = (id: string) => rubric.criteria.find((criterion) => criterion.id === id)!.coaching;

const customer = [
  "You gave my father the wrong tablets. Twice his dose. He fell in the bathroom on Sunday night.",
  "Amlodipine. The box says ten milligrams. His prescription is five.",
  "How did this happen?",
  "I want him to have the right tablets.",
];
const call = (reps: string[]): Transcript =>
  reps.flatMap((text, i) => [
    { index: 2 * i, role: "customer" as const, text: customer[i] ?? "Okay." },
    { index: 2 * i + 1, role: "rep" as const, text },
  ]);
async function tipFor(reps: string[]) {
  const transcript = call(reps);
  const context = offlineGradingContext("pharmacy-wrong-strength");
  return (await gradeRepTurn(context, rubric, transcript, transcript.length - 1)).coaching?.tip;
}

describe("per-turn coaching names what the turn did to the call-scope criteria (issue 14 item 6)", () => {
  const poor = [
    "Okay, what's the prescription number?",
    "Right, I can see it was filled as 10mg. Those things happen, we're very busy.",
    "You'd need to bring it back in to the pharmacy and we can swap it, we open at 9.",
    "Is there anything else?",
  ];

  it("an account question to a customer whose father fell is coached on the impact, not praised", async () => {
    expect(await tipFor(poor.slice(0, 1))).toBe(coachingOf("explores-impact"));
  });

  it("shrugging a mistake off is coached on tone", async () => {
    expect(await tipFor(poor.slice(0, 2))).toBe(coachingOf("respectful-tone"));
  });

  it("a remedy with no time or owner is coached on ownership", async () => {
    expect(await tipFor(poor.slice(0, 3))).toBe(coachingOf("ownership-and-commitment"));
  });

  it("rushing to close is coached on pace", async () => {
    expect(await tipFor(poor)).toBe(coachingOf("does-not-rush"));
  });

  it("a turn that meets a call-scope criterion may be praised for it", async () => {
    const tip = await tipFor([
      "He fell because of our mistake, and I'm so sorry. How is he now, and how has this week been for you both?",
    ]);
    expect(tip).toMatch(/^Good: asks about the impact/);
  });

  it("a tip the call has met is not given again", async () => {
    const tip = await tipFor([
      "I'm so sorry. How is he now, and how has this week been for you both?",
      "I'm sorry. I'll courier five-milligram tablets to you by 4pm today, and I'll call you at 5 to check they arrived.",
    ]);
    expect(tip).not.toBe(coachingOf("explores-impact"));
    expect(tip).not.toBe(coachingOf("ownership-and-commitment"));
  });
});

describe("a turn that leaves a call-scope criterion at its starting point is not coached on it", () => {
  it("an explanation before any offer is not told to offer within policy", async () => {
    const policy = library.rubrics.find((entry) => entry.value.id === "policy-service")!.value;
    const transcript: Transcript = [
      { index: 0, role: "customer", text: "You've charged my card $450 for a scratch that was already on the car." },
      { index: 1, role: "rep", text: "Can I ask how this has affected you?" },
      { index: 2, role: "customer", text: "It's pushed my card near its limit, and my rent goes out on Friday." },
      {
        index: 3,
        role: "rep",
        text: "That's a rough week to have your card near its limit. Here's how a damage dispute works: I open a review, an adjuster compares the check-out sheet with your photo, and they decide within five working days.",
      },
    ];
    const graded = await gradeRepTurn(offlineGradingContext("car-rental-damage-charge"), policy, transcript, 3);
    const withinPolicy = policy.criteria.find((criterion) => criterion.id === "within-policy")!;
    expect(graded.coaching?.tip).not.toBe(withinPolicy.coaching);
    expect(graded.mustPassBroken).toEqual([]);
  });

  it("an acknowledgement in the customer's own terms is praised, not told to name the impact", async () => {
    const policy = library.rubrics.find((entry) => entry.value.id === "policy-service")!.value;
    const persona = library.personas.find((entry) => entry.value.id === "hotel-overbooked")!.value;
    const transcript: Transcript = [
      { index: 0, role: "customer", text: persona.opening },
      {
        index: 1,
        role: "rep",
        text: "Hi, I'm Sam. You've driven four hours and it's nearly midnight; being told there's no room is the last thing you need, and I'm sorry.",
      },
    ];
    const graded = await gradeRepTurn(
      { ...offlineGradingContext(persona.id), knowledge: persona.knowledge },
      policy,
      transcript,
      1,
    );
    expect(graded.coaching?.tip).toMatch(/^Good: acknowledges what the problem means/);
  });

  it("a turn that earned nothing is pointed at what the call still needs, not praised for politeness", async () => {
    const policy = library.rubrics.find((entry) => entry.value.id === "policy-service")!.value;
    const persona = library.personas.find((entry) => entry.value.id === "insurance-claim-denied")!.value;
    const transcript: Transcript = [
      { index: 0, role: "customer", text: persona.opening },
      { index: 1, role: "rep", text: "Hello, thanks for calling. Can I get your policy number?" },
    ];
    const graded = await gradeRepTurn(
      { ...offlineGradingContext(persona.id), knowledge: persona.knowledge },
      policy,
      transcript,
      1,
    );
    const acknowledges = policy.criteria.find((criterion) => criterion.id === "acknowledges-situation")!;
    expect(graded.coaching?.tip).not.toMatch(/^Good/);
    expect(graded.coaching?.tip).toContain(acknowledges.coaching.slice(1));
    // The rubric's only general example of this criterion is its level 2: no "Try:" is better than a poor one.
    expect(graded.coaching?.betterReply).not.toBe("I understand your frustration. Can I have the booking reference?");
  });

  it("a closing turn is not pointed at a criterion the call already broke (session 16)", async () => {
    const retention = library.rubrics.find((entry) => entry.value.id === "retention-call")!.value;
    const persona = library.personas.find((entry) => entry.value.id === "gym-cancel-moving")!.value;
    const transcript: Transcript = [
      { index: 0, role: "customer", text: persona.opening },
      { index: 1, role: "rep", text: "Hi, this is Alex at the front desk. I can cancel that for you today." },
      { index: 2, role: "customer", text: "Sure." },
      {
        index: 3,
        role: "rep",
        text: "Before I do, we have partner gyms, so you could keep your membership at the same price. Would that interest you?",
      },
      { index: 4, role: "customer", text: "I'd really rather just cancel, please." },
      { index: 5, role: "rep", text: "No problem at all. I've cancelled your membership as of today." },
      { index: 6, role: "customer", text: "Thank you." },
      { index: 7, role: "rep", text: "Is there anything else I can help with?" },
    ];
    const context = offlineGradingContext(persona.id);
    const honours = (await gradeTranscript(context, retention, transcript)).criteria.find(
      (result) => result.id === "honours-cancellation",
    );
    // The pitch before listening broke it on turn 3: below the pass mark, and past mending by turn 7.
    expect(honours?.score).toBeLessThan(retention.pass.overall);
    expect(honours?.focusTurn).toBe(3);
    const graded = await gradeRepTurn(context, retention, transcript, 7);
    const criterion = retention.criteria.find((candidate) => candidate.id === "honours-cancellation")!;
    expect(graded.coaching?.tip).not.toContain(criterion.coaching.slice(1));
  });

  it("an offer that breaks the knowledge is still coached", async () => {
    const policy = library.rubrics.find((entry) => entry.value.id === "policy-service")!.value;
    const transcript: Transcript = [
      { index: 0, role: "customer", text: "You've charged my card $450 for a scratch that was already on the car." },
      {
        index: 1,
        role: "rep",
        text: "Don't worry, I'll refund the whole thing in cash right now and throw in a $100 voucher.",
      },
    ];
    const persona = library.personas.find((entry) => entry.value.id === "car-rental-damage-charge")!.value;
    const context = { ...offlineGradingContext(persona.id), knowledge: persona.knowledge };
    const graded = await gradeRepTurn(context, policy, transcript, 1);
    expect(graded.coaching?.tip).toContain(
      policy.criteria.find((criterion) => criterion.id === "within-policy")!.coaching,
    );
  });
});

describe("a criterion the call keeps the best turn of, met earlier (live coaching)", () => {
  it("is marked met_earlier on a later turn that scores lower on it, not shown as a failure", async () => {
    const retention = library.rubrics.find((entry) => entry.value.id === "retention-call")!.value;
    const transcript: Transcript = [
      { index: 0, role: "customer", text: "I want to cancel. Three outages this month, and I lost a client call." },
      { index: 1, role: "rep", text: "Three outages in a month and a lost client call is awful, and I'm sorry." },
      { index: 2, role: "customer", text: "Yeah. It was." },
      { index: 3, role: "rep", text: "Can I check the account is in your name?" },
    ];
    const context = offlineGradingContext();
    const first = await gradeRepTurn(context, retention, transcript.slice(0, 2), 1);
    const later = await gradeRepTurn(context, retention, transcript, 3);
    const acknowledges = (turn: typeof first) =>
      turn.criteria.find((result) => result.id === "acknowledges-experience");
    expect(acknowledges(first)?.flags).not.toContain("met_earlier");
    expect(acknowledges(later)?.score).toBeLessThan(retention.pass.overall);
    expect(acknowledges(later)?.flags).toContain("met_earlier");
    // Tone is the worst turn's (`aggregate: min`): never waved through.
    expect(later.criteria.find((result) => result.id === "respectful-tone")?.flags).not.toContain("met_earlier");
  });
});

describe("ownership names a time and a reference the way reps say them", () => {
  it("'I'll check in with you at 3' is a time and 'ticket 4471' a reference", async () => {
    const graded = await gradeRepLinesOffline(
      "service-recovery",
      [
        "You're back in, and I've logged it as ticket 4471 so you can quote it if anything else breaks today. I'll check in with you at 3 to make sure it's holding.",
      ],
      "I'm locked out and presenting to the board at ten.",
    );
    const ownership = graded.criteria.find((result) => result.id === "ownership-and-commitment");
    expect(ownership?.rationale).toContain("names a time");
    expect(ownership?.rationale).toContain("gives a reference");
    expect(ownership?.score).toBeGreaterThanOrEqual(4);
  });
});

describe("a cancellation confirmed only after the customer had to insist (retention anchor 2)", () => {
  const honours = async (reps: string[]) =>
    (await gradeRepLinesOffline("retention-call", reps)).criteria.find((result) => result.id === "honours-cancellation")
      ?.score;

  it("two pitches then the cancellation is 2: the confirmation does not buy back the pressing", async () => {
    expect(
      await honours([
        "How about a month free, and I'll throw in a speed upgrade?",
        "What if I made it two months free?",
        "Alright, I've put the cancellation through from today.",
      ]),
    ).toBe(2);
  });

  it("one pitch, then the cancellation, keeps its credit", async () => {
    expect(
      await honours(["Would a month free change anything?", "Alright, I've cancelled it from today."]),
    ).toBeGreaterThanOrEqual(3);
  });
});
