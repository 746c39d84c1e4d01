import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TurnFeedback } from "../grading/types";
import { readTurnEvents, startTestRuntime, type TestRuntime } from "../testing/test-runtime";

let parley: TestRuntime;
beforeAll(async () => {
  parley = await startTestRuntime();
});
afterAll(() => parley.close());

/** A coach-mode call on Dana (retention-call rubric): the feedback on each rep turn. */
async function coached(lines: string[]): Promise<TurnFeedback[]> {
  const response = await parley.json("POST", "/api/sessions", {
    personaId: "cancel-after-outages",
    mode: "coach",
    difficulty: "medium",
  });
  const { session } = (await response.json()) as { session: { id: string } };
  const feedback: TurnFeedback[] = [];
  for (const text of lines) {
    const events = await readTurnEvents(await parley.json("POST", `/api/sessions/${session.id}/turns`, { text }));
    const note = events.find((event) => event.type === "feedback");
    if (note?.type === "feedback") feedback.push(note.feedback);
  }
  return feedback;
}

describe("per-turn coaching follows the turn (issue 14)", () => {
  it("names the must-pass criterion a turn broke, with this turn's words, and never praises it", async () => {
    const [first, second] = await coached([
      "I understand. Why don't you want the fastest internet?",
      "I can't cancel it today, but I can get you our Fibre 900 upgrade at half price.",
    ]);
    expect(first?.tip).toMatch(/^This turn breaks a must-pass criterion, honours a clear cancellation/);
    expect(first?.tip).toContain('"Why don\'t you want the fastest internet?"');
    // The quote's own question mark ends the sentence: no '?".' before the coaching.
    expect(first?.tip).toContain('"Why don\'t you want the fastest internet?" ');
    for (const note of [first, second]) expect(note?.tip).not.toMatch(/[.!?]"\./);
    expect(first?.hurt[0]).toBe("honours-cancellation");
    expect(second?.tip).toContain("Fibre 900");
    for (const note of [first, second]) expect(note?.tip).not.toMatch(/keep going|keep it up/i);
  });

  it("does not repeat a tip the rep has followed", async () => {
    const feedback = await coached([
      "Three outages in a month, and one cost you a client pitch. I'm really sorry, that's on us.",
      "How has all this affected your work?",
      "Okay.",
    ]);
    const acknowledgeTip = /name what happened and what it cost this customer/;
    expect(feedback[0]?.helped).toContain("acknowledges-experience");
    for (const note of feedback) expect(note.tip).not.toMatch(/[.!?]"\./);
    expect(feedback.slice(1).map((note) => note.tip)).not.toContainEqual(expect.stringMatching(acknowledgeTip));
  });
});
