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
