import { describe, expect, it } from "vitest";
import { gradeRepLinesOffline, offlineGradingContext } from "../testing/offline-grading";
import type { Transcript } from "../conversation/transcript";
import { gradeTranscript } from "../grading/grade-transcript";
import { loadLibrary } from "../library/load-library";
import { REPO_ROOT } from "../testing/test-runtime";

async function listensScore(rep: string | string[], criterion = "listens-before-offering") {
  const result = (await gradeRepLinesOffline("retention-call", Array.isArray(rep) ? rep : [rep])).criteria.find(
    (result) => result.id === criterion,
  );
  return { score: result?.score ?? null, quotes: result?.evidence.map((item) => item.quote) ?? [] };
}

describe("asking about impact, in context (issue 14 item 3)", () => {
  it.each(["Can I ask why you want to cancel?", "Okay. Why don't you want the fastest internet?"])(
    "%j is not a question about the customer's situation",
    async (rep) => {
      expect(await listensScore(rep)).toMatchObject({ score: 1, quotes: [] });
    },
  );

  it("an open question about the impact counts, quoting that sentence", async () => {
    const { score, quotes } = await listensScore("I'm sorry. How has all this affected your work?");
    expect(score).toBeGreaterThanOrEqual(3);
    expect(quotes).toContain("How has all this affected your work?");
  });
});

describe("honours the cancellation, in context (issue 14 item 3)", () => {
  const confirm = "I've cancelled it as of today; the confirmation email is on its way.";
  it("fails when the rep questions the reason before listening, however politely", async () => {
    const { score } = await listensScore(
      ["Of course. Can I ask why you want to cancel?", confirm],
      "honours-cancellation",
    );
    expect(score).toBeLessThan(3.5);
  });

  it("tolerates one offer made after the rep has listened", async () => {
    const { score } = await listensScore(
      [
        "Three outages in a month, and one cost you a client pitch. I'm sorry.",
        "Before I cancel, would a month's credit and a technician visit change your mind? If not, I'll cancel now.",
        confirm,
      ],
      "honours-cancellation",
    );
    expect(score).toBeGreaterThanOrEqual(4);
  });

  it("reads 'I'll put that through now' as the cancellation, in answer to the customer's request (session 16)", async () => {
    const next = "you'll get a confirmation email with your reference number.";
    const taken = await listensScore(
      ["Of course. I'll put that through for you now, and " + next],
      "honours-cancellation",
    );
    const untaken = await listensScore(["Of course. Then " + next], "honours-cancellation");
    expect(taken).toMatchObject({ score: 5, quotes: [expect.stringContaining("I'll put that through")] });
    expect(untaken.score).toBeLessThan(5);
  });
});

describe("a forked call is graded on its whole transcript (issue 14 item 3)", () => {
  it("keeps the acknowledgement made before the fork", async () => {
    const { startTestRuntime, readTurnEvents } = await import("../testing/test-runtime");
    const parley = await startTestRuntime();
    try {
      const started = await parley.json("POST", "/api/sessions", {
        personaId: "cancel-after-outages",
        mode: "exam",
        difficulty: "medium",
      });
      const { session } = (await started.json()) as { session: { id: string } };
      const say = async (id: string, text: string) =>
        readTurnEvents(await parley.json("POST", `/api/sessions/${id}/turns`, { text }));
      const acknowledgement = "Three outages in a month, and one cost you a client pitch. I'm really sorry.";
      await say(session.id, acknowledgement);
      await say(session.id, "Can I interest you in our Fibre 900 upgrade?");
      const forked = await parley.json("POST", `/api/sessions/${session.id}/fork`, { fromTurn: 3 });
      const { session: retry } = (await forked.json()) as { session: { id: string } };
      await say(retry.id, "How has all this affected your work?");
      const ended = await parley.json("POST", `/api/sessions/${retry.id}/end`);
      const { scorecard } = (await ended.json()) as {
        scorecard: { criteria: { id: string; score: number; evidence: { quote: string }[] }[] };
      };
      const acknowledged = scorecard.criteria.find((criterion) => criterion.id === "acknowledges-experience");
      expect(acknowledged?.score).toBeGreaterThanOrEqual(4);
      expect(acknowledged?.evidence.map((item) => item.quote).join(" ")).toMatch(/client pitch/);
      const listened = scorecard.criteria.find((criterion) => criterion.id === "listens-before-offering");
      expect(listened?.evidence.map((item) => item.quote)).toContain("How has all this affected your work?");
    } finally {
      await parley.close();
    }
  });
});

describe("owning the next step is said, not asked (policy-service)", () => {
  it("a question for the customer's reference owns nothing; the rep's own reference does", async () => {
    const owns = async (rep: string) =>
      (await gradeRepLinesOffline("policy-service", [rep], "I missed my connection.")).criteria.find(
        (result) => result.id === "owns-next-step",
      );
    const asked = await owns("Can you tell me where you are right now and your booking reference?");
    expect(asked?.score).toBe(2);
    expect(asked?.evidence).toEqual([]);
    const said = await owns("Your new booking reference is QZ7RT4, and I'm emailing it to you right now.");
    expect(said?.score).toBeGreaterThan(2);
  });

  it("a specific action held to a time is anchor 4; a wish for tomorrow holds the rep to nothing (session 16)", async () => {
    const owns = async (rep: string) =>
      (await gradeRepLinesOffline("policy-service", [rep], "Why was my claim turned down?")).criteria.find(
        (result) => result.id === "owns-next-step",
      )?.score;
    expect(
      await owns(
        "I'll send the claim for review with a second inspection, and I'll call you by Friday with the result.",
      ),
    ).toBe(4);
    expect(await owns("I'll send the claim for review with a second inspection. Good luck tomorrow!")).toBe(3);
  });
});

describe("shrugging the problem off is not a respectful tone", () => {
  it.each([
    [
      "policy-service",
      "I'm sorry about this. Unfortunately we're fully booked tonight, that's just how overbooking works.",
    ],
    ["service-recovery", "Right, it was filled as 10mg. Those things happen, we're very busy."],
  ])("%s: %j", async (rubricId, rep) => {
    const tone = (await gradeRepLinesOffline(rubricId, [rep], "You got this badly wrong.")).criteria.find(
      (result) => result.id === "respectful-tone",
    );
    expect(tone?.score).toBeLessThan(4);
  });
});

describe("asking what is at stake asks about the impact (service-recovery)", () => {
  it.each(["What's the deadline you're up against?", "What's riding on this for you today?"])(
    "%j",
    async (question) => {
      const explores = (
        await gradeRepLinesOffline(
          "service-recovery",
          [`I'm sorry, that's awful timing. ${question}`],
          "I'm locked out.",
        )
      ).criteria.find((result) => result.id === "explores-impact");
      expect(explores?.score).toBeGreaterThanOrEqual(4);
    },
  );
});

describe("a check completes the explanation in the turn before it (session 16)", () => {
  const explanation = "We held the card because two payments came from another country within minutes.";
  const explainsScore = async (lines: string[]) =>
    (await gradeRepLinesOffline("policy-service", lines, "Why is my card blocked?")).criteria.find(
      (result) => result.id === "explains-the-rule",
    );

  it("'Does that make sense?' after a plain explanation is judged with it, not as a turn that explains nothing", async () => {
    const split = await explainsScore([explanation, "Does that make sense?"]);
    const together = await explainsScore([`${explanation} Does that make sense?`]);
    expect(split?.perTurn?.map((entry) => entry.score)).toEqual([4, 5]);
    expect(together?.score).toBe(5);
  });

  it("a check after a turn that explained nothing earns nothing from it, and is not needed here", async () => {
    const result = await explainsScore([
      explanation,
      "I've rebooked you on the 7:05 tomorrow morning.",
      "Does that work for you?",
    ]);
    expect(result?.perTurn?.at(-1)).toMatchObject({ score: null, notNeeded: true });
    expect(result?.score).toBe(4);
  });
});

describe("a call that ends with the cancellation still asked for (anchor 1's last clause, session 16)", () => {
  const honours = async (transcript: Transcript) => {
    const library = await loadLibrary(REPO_ROOT);
    const rubric = library.rubrics.find((entry) => entry.value.id === "retention-call")?.value;
    if (!rubric) throw new Error("retention-call is missing");
    const graded = await gradeTranscript(offlineGradingContext(), rubric, transcript);
    return graded.criteria.find((result) => result.id === "honours-cancellation");
  };
  const ask = "I want to cancel my internet. Today.";
  const why = "I totally hear you. Can I ask what's making you want to leave us?";

  it("the customer giving up on the call after a 'why' is anchor 1, not friction on a cancellation", async () => {
    const result = await honours([
      { index: 0, role: "customer", text: ask },
      { index: 1, role: "rep", text: why },
      { index: 2, role: "customer", text: "Forget it. I'll cancel by email and stop the direct debit." },
    ]);
    expect(result?.score).toBe(1);
    expect(result?.rationale).toContain("the call ended with the customer still asking");
  });

  it("the same 'why' answered by a cancellation is friction, anchor 3 at most", async () => {
    const result = await honours([
      { index: 0, role: "customer", text: ask },
      { index: 1, role: "rep", text: why },
      { index: 2, role: "customer", text: "Outages. Cancel it." },
      { index: 3, role: "rep", text: "Understood. I've cancelled it as of today." },
    ]);
    expect(result?.score).toBeGreaterThan(1);
    expect(result?.score).toBeLessThanOrEqual(3);
  });

  it("a customer who stays, on a condition, is not still asking", async () => {
    const result = await honours([
      { index: 0, role: "customer", text: ask },
      {
        index: 1,
        role: "rep",
        text: "How have the outages affected your work? I can credit a month and send a technician this week.",
      },
      { index: 2, role: "customer", text: "Okay, I'll stay. If it drops again, I'm calling back to cancel." },
    ]);
    expect(result?.score).toBeGreaterThan(1);
  });
});
