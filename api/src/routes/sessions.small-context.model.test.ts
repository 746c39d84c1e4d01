import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Scorecard } from "../grading/types";
import { loadLibrary } from "../library/load-library";
import { countPromptTokens, withContextLimit } from "../testing/fake-context-limit";
import { type FakeOpenAIServer, messageText, startFakeOpenAI } from "../testing/fake-openai-server";
import { scriptedResponder } from "../testing/evals/scripted-responder";
import { readTurnEvents, REPO_ROOT, startModelRuntime, type TestRuntime } from "../testing/test-runtime";

const CONTEXT = 4096;
const OPENINGS = [
  "I'm so sorry about the outages, that sounds awful, losing a client call must have been terrible for you.",
  "How has this affected your work over the last month, and which days were the worst for you?",
  "I can see four outages on your line since the start of the month, and the last one lasted most of Tuesday.",
];
const DETAIL =
  " Let me walk you through what happens next with the account, the engineer's visit on Thursday, and the credit for the days you lost, so nothing about it is a surprise to you.";
const repLine = (turn: number) => `${OPENINGS[(turn - 1) % OPENINGS.length]}${DETAIL.repeat(4)} (${turn})`;

describe("a long call on a model with a 4k context (vLLM refuses a prompt over it; Ollama would cut it from the front)", () => {
  let fake: FakeOpenAIServer;
  let parley: TestRuntime;
  let scorecard: Scorecard;
  let repTurns = 0;

  beforeAll(async () => {
    const library = await loadLibrary(REPO_ROOT);
    fake = await startFakeOpenAI({ defaultChat: withContextLimit(CONTEXT, scriptedResponder(library)) });
    parley = await startModelRuntime(fake.url, { PARLEY_MODEL_CONTEXT_TOKENS: String(CONTEXT) });
    const started = await parley.json("POST", "/api/sessions", { personaId: "cancel-after-outages", mode: "coach" });
    const { session } = (await started.json()) as { session: { id: string } };
    // Until the customer hangs up (a wall of text each turn wears them out within ten turns).
    for (let turn = 1; turn <= 20; turn++) {
      const response = await parley.json("POST", `/api/sessions/${session.id}/turns`, { text: repLine(turn) });
      if (response.status === 409) break;
      await readTurnEvents(response);
      repTurns = turn;
    }
    const ended = await parley.json("POST", `/api/sessions/${session.id}/end`);
    ({ scorecard } = (await ended.json()) as { scorecard: Scorecard });
  }, 120_000);
  afterAll(async () => {
    await parley?.close();
    await fake?.close();
  });

  it("sends nothing over the context, counted by a real tokenizer", () => {
    const requests = fake.chatRequests();
    expect(repTurns).toBeGreaterThan(3);
    expect(requests.length).toBeGreaterThan(repTurns * 2);
    const over = requests.filter((body) => countPromptTokens(body) + (body.max_tokens ?? 0) > CONTEXT);
    expect(over).toEqual([]);
  });

  it("judges the latest turns on a window of the call that says what it left out", () => {
    const turnJudges = fake
      .chatRequests()
      .map((body) => messageText(body.messages.at(-1) ?? { role: "user" }))
      .filter((text) => text.includes("Grade only the rep's turn"));
    expect(turnJudges).toHaveLength(repTurns);
    expect(turnJudges.at(-1)).toMatch(/The \d+ turns after the opening line and before the latest ones are left out/);
    const acknowledges = scorecard.criteria.find((criterion) => criterion.id === "acknowledges-experience");
    expect(acknowledges?.perTurn?.every((entry) => entry.score !== null)).toBe(true);
  });

  it("does not send the call judge, whose whole call and rubric cannot fit 4k, and says so on each criterion", () => {
    const callScope = scorecard.criteria.filter((criterion) => criterion.perTurn === undefined);
    expect(callScope.length).toBeGreaterThan(0);
    for (const criterion of callScope) {
      expect(criterion).toMatchObject({ score: null, flags: ["unscored"] });
      expect(criterion.rationale).toMatch(/more than the model's context \(4096, .*not sent, so nothing was cut/);
    }
  });
});
