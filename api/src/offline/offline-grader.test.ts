import { describe, expect, it } from "vitest";
import type { Transcript } from "../conversation/transcript";
import { testRubric } from "../testing/fixtures";
import { gradeRepTurn, gradeTranscript } from "../grading/grade-transcript";
import { createUsageMeter } from "../grading/usage";
import { createOfflineGrader } from "./offline-grader";

const rubric = testRubric();
const context = () => ({
  grader: createOfflineGrader(),
  cache: null,
  sessionId: null,
  personaId: null,
  meter: createUsageMeter(),
});
const grader = {
  gradeTurn: async ({ transcript, turnIndex }: { transcript: Transcript; turnIndex: number }) =>
    (await gradeRepTurn(context(), rubric, transcript, turnIndex)).criteria,
  gradeCall: async ({ transcript }: { transcript: Transcript }) =>
    (await gradeTranscript(context(), rubric, transcript)).criteria,
};

const call = (...repLines: string[]): Transcript =>
  repLines.flatMap((text, i) => [
    { index: i * 2, role: "customer" as const, text: "I want to cancel." },
    { index: i * 2 + 1, role: "rep" as const, text },
  ]);

describe("offline grader", () => {
  it.each([
    ["Okay.", 2],
    ["I'm sorry about that.", 3],
    ["I'm so sorry. Three outages in a month — that sounds exhausting, and losing a client call is awful.", 5],
    ["That's your fault for not restarting the router.", 1],
  ])("scores the turn %j at %i for acknowledging", async (line, expected) => {
    const [acknowledge] = await grader.gradeTurn({ transcript: call(line), turnIndex: 1 });
    expect(acknowledge?.score).toBe(expected);
  });

  it("quotes the rep's own words, exactly, with the turn number", async () => {
    const transcript = call("Let me check your account.", "I'm so sorry, that sounds like a rough week.");
    const results = await grader.gradeCall({ transcript });
    const acknowledge = results.find((result) => result.id === "acknowledge");
    expect(acknowledge?.evidence.length).toBeGreaterThan(0);
    for (const item of acknowledge?.evidence ?? []) {
      expect(transcript.find((turn) => turn.index === item.turn)?.text).toContain(item.quote);
    }
  });

  it("averages a turn criterion over the call", async () => {
    const results = await grader.gradeCall({ transcript: call("Okay.", "I'm sorry about that.") });
    expect(results.find((result) => result.id === "acknowledge")?.score).toBe(2.5);
  });

  it("tolerates one offer once the rep has listened, but not before, nor repeated stalling", async () => {
    const oneOffer = await grader.gradeCall({
      transcript: call(
        "Three outages this month must have cost you work. How has it affected you?",
        "Before you go, we have a special deal on our bundle.",
        "Understood, I've cancelled your service.",
      ),
    });
    // Tolerated, but a generic bundle is not the "one tailored, optional offer" of level 5.
    expect(oneOffer.find((r) => r.id === "honours-cancellation")?.score).toBe(4);
    const pitchFirst = await grader.gradeCall({
      transcript: call(
        "Before you go, we have a special deal on our bundle.",
        "Understood, I've cancelled your service.",
      ),
    });
    expect(pitchFirst.find((r) => r.id === "honours-cancellation")?.score).toBeLessThan(4);
    const stalling = await grader.gradeCall({
      transcript: call(
        "Before you go, we have a special deal.",
        "I can't cancel that today.",
        "You'll need to call the retentions team, let me transfer you.",
      ),
    });
    expect(stalling.find((r) => r.id === "honours-cancellation")?.score).toBe(1);
  });

  it("flags a score that rests on no evidence", async () => {
    const [acknowledge] = await grader.gradeTurn({ transcript: call("Okay."), turnIndex: 1 });
    expect(acknowledge?.flags).toContain("no_evidence");
  });

  it("leaves a call where the rep never spoke unscored", async () => {
    const results = await grader.gradeCall({ transcript: [{ index: 0, role: "customer", text: "Hello?" }] });
    expect(results.every((result) => result.score === null && result.flags.includes("unscored"))).toBe(true);
  });

  it("gives a verb-less list of rubric words nothing, and flags it unnatural", async () => {
    const list =
      "Sorry, three outages, losing a client call, awful, credit, technician, no transfer, confirmation email.";
    const [listed] = await grader.gradeTurn({ transcript: call(list), turnIndex: 1 });
    const [spoken] = await grader.gradeTurn({
      transcript: call("I'm so sorry. Three outages in a month, and losing a client call, is awful."),
      turnIndex: 1,
    });
    expect(listed?.flags).toContain("unnatural");
    expect(listed?.score).toBeLessThan(spoken?.score ?? 0);
    expect(spoken?.flags).not.toContain("unnatural");
  });

  it("coaches a keyword list as a list, never with praise", async () => {
    const list =
      "Sorry, three outages, losing a client call, awful, credit, technician, no transfer, confirmation email.";
    const graded = await gradeRepTurn(context(), rubric, call(list), 1);
    expect(graded.coaching?.tip).toMatch(/whole sentences/);
    expect(graded.coaching?.tip).not.toMatch(/^Good|Keep going/);
  });
});
