import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Transcript } from "../conversation/transcript";
import { createLlmGateway } from "../llm/gateway";
import { type FakeOpenAIServer, lastUserMessage, startFakeOpenAI } from "../testing/fake-openai-server";
import { testRubric } from "../testing/fixtures";
import { createModelGrader, SAMPLE_TEMPERATURE } from "./model-grader";
import { normaliseLevel } from "./judge-schema";

const transcript: Transcript = [
  { index: 0, role: "customer", text: "I want to cancel. Three outages this month." },
  { index: 1, role: "rep", text: "Three outages is awful. I can cancel that for you today." },
];

// A rubric with both scopes, persona-specific exemplars, notes, signals and checks.
const base = testRubric();
const rubric = testRubric({
  criteria: [
    {
      ...base.criteria[0],
      examples: [
        { score: 4, reply: "Three outages, and one cost you a client. I'm sorry.", note: "Names the impact." },
        // For every scenario, but this persona has its own level-5 example: the more specific one is shown.
        { score: 5, reply: "GENERIC-FIVE: that has been a rotten month for you." },
        { score: 5, reply: "Losing your shop's phone line for a day is awful.", persona: "business-line-down" },
        { score: 5, reply: "A client pitch lost to our outage is on us.", persona: "cancel-after-outages" },
      ],
      signals: { good: { phrases: ["SIGNAL-PHRASE-FOR-OFFLINE"] } },
      checks: [{ must_not_include: ["calm down"] }],
    },
    { ...base.criteria[1], anchors: { 1: "Refuses.", 2: "Stalls.", 4: "Cancels after one offer.", 5: "Confirms." } },
  ],
});

let fake: FakeOpenAIServer;
const grader = () =>
  createModelGrader(createLlmGateway({ baseURL: fake.url, apiKey: "k", timeoutMs: 2000, maxRetries: 0 }), "judge");
const input = { rubric, transcript, sessionId: null, sample: 0, personaId: "cancel-after-outages" };
const turnCriteria = rubric.criteria.filter((c) => c.scope === "turn");
const callCriteria = rubric.criteria.filter((c) => c.scope === "conversation");

beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe("the judge's schema, built per rubric", () => {
  it("keys every criterion by id, all required, with evidence, analysis, then the anchor as that criterion's levels", async () => {
    fake.enqueue("chat", {
      kind: "json",
      value: {
        criteria: {
          "honours-cancellation": {
            evidence: [{ turn: 1, quote: "I can cancel that for you today" }],
            analysis: "Confirms at once.",
            anchor: "5",
          },
        },
        instruction_attempts: [],
      },
    });
    const judged = await grader().judgeCall({ ...input, criteria: callCriteria });
    expect(judged.criteria[0]).toMatchObject({ id: "honours-cancellation", score: 5, rationale: "Confirms at once." });

    const format = fake.chatRequests()[0]?.response_format?.json_schema;
    const schema = format?.schema as {
      properties: {
        criteria: { required: string[]; properties: Record<string, { properties: object; required: string[] }> };
      };
    };
    expect(format?.strict).toBe(true);
    expect(schema.properties.criteria.required).toEqual(["honours-cancellation"]);
    const verdict = schema.properties.criteria.properties["honours-cancellation"];
    expect(Object.keys(verdict?.properties ?? {})).toEqual(["evidence", "analysis", "anchor"]);
    expect(verdict?.required).toEqual(["evidence", "analysis", "anchor"]);
    expect(verdict?.properties).toMatchObject({ anchor: { type: "string", enum: ["1", "2", "4", "5"] } });
  });

  it("shows the judge exemplars with their notes, only for this persona (its own before a generic one of the same level), and nothing written for the offline grader", async () => {
    fake.enqueue("chat", {
      kind: "json",
      value: {
        criteria: { acknowledge: { evidence: [], analysis: "Names the impact.", anchor: "5" } },
        instruction_attempts: [],
        tip: "",
        better_reply: "",
      },
    });
    await grader().judgeTurn({ ...input, criteria: turnCriteria, turnIndex: 1 });
    const body = fake.chatRequests()[0];
    const request = JSON.parse(body ? lastUserMessage(body) : "{}") as {
      rubric: { criteria: { examples: { reply: string; note?: string }[] }[] };
    };
    const examples = request.rubric.criteria[0]?.examples ?? [];
    expect(examples.map((example) => example.reply)).toEqual([
      "Three outages, and one cost you a client. I'm sorry.",
      "A client pitch lost to our outage is on us.",
    ]);
    expect(examples[0]?.note).toBe("Names the impact.");
    const everything = JSON.stringify(body?.messages);
    expect(everything).not.toContain("SIGNAL-PHRASE-FOR-OFFLINE");
    expect(everything).not.toContain("calm down");
    expect(everything).not.toContain("business-line-down");
    expect(everything).not.toContain("GENERIC-FIVE");
    expect(everything).toMatch(/Judge each criterion independently/);
  });

  it("reads a decorated label or an id in another case, and says so when a label is no anchor", async () => {
    fake.enqueue("chat", {
      kind: "json",
      value: {
        criteria: { "Honours-Cancellation": { evidence: [], analysis: "One offer, then cancels.", anchor: "Level 4" } },
        instruction_attempts: [],
      },
    });
    const judged = await grader().judgeCall({ ...input, criteria: callCriteria });
    expect(judged.criteria[0]).toMatchObject({ id: "honours-cancellation", score: 4, flags: [] });
  });

  it("asks again, saying what was wrong, when a label is not one of the criterion's levels", async () => {
    const answer = (anchor: string) => ({
      kind: "json" as const,
      value: {
        criteria: { "honours-cancellation": { evidence: [], analysis: "x", anchor } },
        instruction_attempts: [],
      },
    });
    fake.enqueue("chat", answer("3"), answer("2"));
    const judged = await grader().judgeCall({ ...input, criteria: callCriteria });
    expect(judged.criteria[0]).toMatchObject({ score: 2 });
    const retry = fake.chatRequests()[1]?.messages.at(-1);
    expect(JSON.stringify(retry)).toMatch(/criteria\.honours-cancellation\.anchor/);
  });

  it.each([
    ["4", "4"],
    [4, "4"],
    ["4.0", "4"],
    ["Level 4", "4"],
    ["level 4: names the impact", "4"],
    ["Anchor #3", "3"],
    [" 5 ", "5"],
    ["4.5", "4.5"],
    ["excellent", "excellent"],
  ])("normalises the label %j to %j", (label, level) => {
    expect(normaliseLevel(label)).toBe(level);
  });
});

describe("samples of the model judge, against the fake server", () => {
  it("differ even with one criterion: samples after the first are drawn at a temperature above 0", async () => {
    const one = testRubric({ samples: 3, criteria: [callCriteria[0]] });
    const answer = {
      kind: "json" as const,
      value: {
        criteria: { "honours-cancellation": { evidence: [], analysis: "x", anchor: "5" } },
        instruction_attempts: [],
      },
    };
    fake.onChat(() => answer);
    const judge = grader();
    for (const sample of [0, 1, 2]) await judge.judgeCall({ ...input, rubric: one, criteria: one.criteria, sample });
    const temperatures = fake.chatRequests().map((body) => body.temperature);
    expect(temperatures).toEqual([0, SAMPLE_TEMPERATURE, SAMPLE_TEMPERATURE]);
    expect(SAMPLE_TEMPERATURE).toBeGreaterThan(0);
    // The cache key (the request fingerprint) differs between the deterministic sample and the others.
    const keys = [0, 1].map((sample) =>
      judge.requestFingerprint?.("call", { ...input, rubric: one, criteria: one.criteria, sample }),
    );
    expect(keys[0]).not.toBe(keys[1]);
  });
});

describe("the judge's token budget", () => {
  it("counts a prompt before sending: one that would not fit the model's context is not sent, and says why", async () => {
    const small = createModelGrader(
      createLlmGateway({ baseURL: fake.url, apiKey: "k", timeoutMs: 2000, maxRetries: 0 }),
      "judge",
      { contextTokens: 4096 },
    );
    const long: Transcript = Array.from({ length: 60 }, (_, index) => ({
      index,
      role: index % 2 === 0 ? ("customer" as const) : ("rep" as const),
      text: `Turn ${index}. ${"I hear you, and here is what happens next with the account. ".repeat(8)}`,
    }));
    const judged = await small.judgeCall({ ...input, transcript: long, criteria: callCriteria });
    expect(fake.chatRequests()).toHaveLength(0);
    expect(judged.criteria[0]).toMatchObject({ score: null, flags: ["unscored"] });
    expect(judged.criteria[0]?.rationale).toMatch(
      /need about \d+ tokens, more than the model's context \(4096, PARLEY_MODEL_CONTEXT_TOKENS\); not sent, so nothing was cut/,
    );

    fake.enqueue("chat", {
      kind: "json",
      value: {
        criteria: { "honours-cancellation": { evidence: [], analysis: "x", anchor: "4" } },
        instruction_attempts: [],
      },
    });
    const short = await small.judgeCall({ ...input, criteria: callCriteria });
    expect(short.criteria[0]).toMatchObject({ score: 4 });
  });
});
