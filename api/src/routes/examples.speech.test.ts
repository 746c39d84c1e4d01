import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAKE_SPEECH_BYTES, type FakeOpenAIServer, startFakeOpenAI } from "../testing/fake-openai-server";
import { startModelRuntime, startTestRuntime, type TestRuntime } from "../testing/test-runtime";

const EXAMPLE = "/api/examples/shipped-cancel-after-outages-good";
const say = (parley: TestRuntime, turnIndex: number, id = EXAMPLE) =>
  parley.json("POST", `${id}/speech`, { turnIndex });

describe("listening to an example through the speech model", () => {
  let fake: FakeOpenAIServer;
  let parley: TestRuntime;
  beforeAll(async () => {
    fake = await startFakeOpenAI({ defaultChat: () => ({ kind: "text", content: "Fine." }) });
    parley = await startModelRuntime(fake.url);
  });
  afterAll(async () => {
    await parley.close();
    await fake.close();
  });

  it("speaks the customer in the persona's voice and the rep in another", async () => {
    const detail = (await (await parley.json("GET", EXAMPLE)).json()) as {
      example: { turns: { index: number; role: string }[] };
    };
    const customer = detail.example.turns.find((turn) => turn.role === "customer");
    const rep = detail.example.turns.find((turn) => turn.role === "rep");
    for (const turn of [customer, rep]) {
      const response = await say(parley, turn?.index ?? -1);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(FAKE_SPEECH_BYTES);
    }
    const voices = fake.requests
      .filter((request) => request.path === "/v1/audio/speech")
      .map((request) => (request.body as { voice: string }).voice);
    expect(voices).toHaveLength(2);
    expect(voices[0]).not.toBe(voices[1]);
    expect((await say(parley, 999)).status).toBe(404);
    expect((await say(parley, 0, "/api/examples/no-such")).status).toBe(404);
  });
});

describe("listening to an example is held to the practice speech's limits", () => {
  let fake: FakeOpenAIServer;
  beforeAll(async () => {
    fake = await startFakeOpenAI({ defaultChat: () => ({ kind: "text", content: "Fine." }) });
  });
  afterAll(() => fake.close());
  const codeOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

  it("shares the per-user voice rate with a call's speech (429 rate_limited) and is charged to the listener", async () => {
    const parley = await startModelRuntime(fake.url, { PARLEY_AUDIO_REQUESTS_PER_MINUTE: "3" });
    try {
      const start = await parley.json("POST", "/api/sessions", { personaId: "cancel-after-outages", mode: "exam" });
      const id = ((await start.json()) as { session: { id: string } }).session.id;
      expect((await parley.json("POST", `/api/sessions/${id}/speech`, { text: "Fine. Go on." })).status).toBe(200);
      expect((await say(parley, 0)).status).toBe(200);
      expect((await say(parley, 1)).status).toBe(200);
      const refused = await say(parley, 2);
      expect(refused.status).toBe(429);
      expect(await codeOf(refused)).toBe("rate_limited");
      const spoken = (await parley.db.orm.select().from(parley.db.tables.modelCalls)).filter(
        (call) => call.purpose === "voice.speak",
      );
      expect(spoken).toHaveLength(3);
      expect(spoken.every((call) => call.userId === "local" && (call.promptTokens ?? 0) > 0)).toBe(true);
    } finally {
      await parley.close();
    }
  });

  it("stops once the listener's daily token budget is spent (429 token_budget_exhausted)", async () => {
    const parley = await startModelRuntime(fake.url, { PARLEY_DAILY_TOKENS_PER_USER: "1" });
    try {
      expect((await say(parley, 0)).status).toBe(200);
      const spent = await say(parley, 1);
      expect(spent.status).toBe(429);
      expect(await codeOf(spent)).toBe("token_budget_exhausted");
    } finally {
      await parley.close();
    }
  });
});

describe("listening to an example offline", () => {
  let parley: TestRuntime;
  beforeAll(async () => {
    parley = await startTestRuntime();
  });
  afterAll(() => parley?.close());

  it("answers tts_unavailable, so the browser speaks it", async () => {
    const response = await say(parley, 0);
    expect(response.status).toBe(501);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("tts_unavailable");
  });
});
