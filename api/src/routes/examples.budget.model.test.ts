import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { createBudgetStore } from "../db/budget-store";
import { describeEachDialect } from "../testing/databases";
import {
  type ChatRequestBody,
  type FakeOpenAIServer,
  type FakeReply,
  judgementAsked,
  startFakeOpenAI,
} from "../testing/fake-openai-server";
import { type ProgrammeWorld, startProgrammeWorld, WRITTEN_EXAMPLE } from "../testing/programme-fixtures";
import { errorOf } from "../testing/signed-in-client";

/** Fewer tokens than one written example's judgements cost (the fake counts a prompt's words). */
const DAILY_TOKENS = 300;

/** A judge that gives every criterion its top anchor, quoting the first rep turn. */
function judge(body: ChatRequestBody): FakeReply {
  if (body.response_format?.json_schema?.name !== "judgement") return { kind: "text", content: "Fine." };
  const request = judgementAsked(body);
  const rep = request.transcript.find((turn) => turn.speaker === "rep");
  return {
    kind: "json",
    value: {
      criteria: request.rubric.criteria.map((criterion) => ({
        id: criterion.id,
        evidence: [{ turn: rep?.turn ?? 1, quote: rep?.text.split(/[.!?]/)[0] ?? "" }],
        anchor: Object.keys(criterion.anchors).at(-1) ?? "5",
        analysis: "Matches the top anchor.",
      })),
      instruction_attempts: [],
    },
  };
}

let fake: FakeOpenAIServer;
beforeAll(async () => {
  fake = await startFakeOpenAI({ defaultChat: judge });
});
afterAll(() => fake?.close());
beforeEach(() => fake.reset());

describeEachDialect("writing an example with the model grader spends the writer's token budget", (dialect) => {
  let w: ProgrammeWorld;
  beforeAll(async () => {
    w = await startProgrammeWorld(
      {
        PARLEY_ENGINE: "model",
        OPENAI_BASE_URL: fake.url,
        OPENAI_API_KEY: "sk-test",
        PARLEY_MODEL_RETRIES: "0",
        PARLEY_MODEL_TIMEOUT_MS: "1500",
        PARLEY_DAILY_TOKENS_PER_USER: String(DAILY_TOKENS),
      },
      undefined,
      dialect,
    );
  }, 120_000);
  afterAll(() => w.parley.close());

  const written = async () =>
    (await w.tess.json<{ examples: { id: string; source: string }[] }>("GET", "/api/examples")).examples.filter(
      (example) => example.source === "written",
    );

  it("a save is graded by the model and charged to the trainer who wrote it", async () => {
    const budgets = createBudgetStore(w.parley.db);
    expect(await budgets.userTokensToday(w.ids.tess)).toBe(0);
    const saved = await w.tess.call("POST", "/api/examples", WRITTEN_EXAMPLE);
    expect(saved.status).toBe(201);
    const { example } = (await saved.json()) as {
      example: { id: string; scorecard: { unscored: number; criteria: unknown[] } };
    };
    expect(example.scorecard.unscored).toBeLessThan(example.scorecard.criteria.length);
    const judged = fake.chatRequests().filter((body) => body.response_format?.json_schema?.name === "judgement");
    expect(judged.length).toBeGreaterThan(0);
    // Calls outside a turn are recorded as they are reported, after the response: wait for one row per request.
    const rows = () => w.parley.db.orm.select().from(w.parley.db.tables.modelCalls);
    const requests = fake.chatRequests().length;
    for (let tries = 0; tries < 100 && (await rows()).length < requests; tries++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const calls = await rows();
    expect(calls.length).toBe(requests);
    expect(calls.every((call) => call.userId === w.ids.tess && call.sessionId === null)).toBe(true);
    const spent = calls.reduce((sum, call) => sum + (call.promptTokens ?? 0) + (call.completionTokens ?? 0), 0);
    expect(spent).toBeGreaterThan(DAILY_TOKENS);
    expect(await budgets.userTokensToday(w.ids.tess)).toBe(spent);
    expect((await written()).map((e) => e.id)).toEqual([example.id]);
  });

  it("over budget: 429 token_budget_exhausted before any model call, and nothing is saved", async () => {
    const refused = await w.tess.call("POST", "/api/examples", { ...WRITTEN_EXAMPLE, title: "One too many" });
    expect(refused.status).toBe(429);
    expect(await errorOf(refused)).toMatchObject({
      code: "token_budget_exhausted",
      message: expect.stringContaining(`daily model budget (${DAILY_TOKENS} tokens)`),
    });
    expect(fake.chatRequests()).toEqual([]);
    expect(await written()).toHaveLength(1);
    // The budget is the writer's: another trainer still writes one (for their own team).
    expect((await w.bo.call("POST", "/api/examples", { ...WRITTEN_EXAMPLE, title: "Bo's" })).status).toBe(201);
  });
});
