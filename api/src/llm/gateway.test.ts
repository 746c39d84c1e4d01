import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { type FakeOpenAIServer, startFakeOpenAI } from "../testing/fake-openai-server";
import { LlmError } from "./errors";
import { createLlmGateway, type ModelCallRecord } from "./gateway";

let fake: FakeOpenAIServer;
let calls: ModelCallRecord[];

const gateway = (overrides: { timeoutMs?: number; maxRetries?: number } = {}) =>
  createLlmGateway({
    baseURL: fake.url,
    apiKey: "test-key",
    timeoutMs: overrides.timeoutMs ?? 2000,
    maxRetries: overrides.maxRetries ?? 0,
    onCall: (record) => calls.push(record),
  });

const context = { model: "persona-model", purpose: "test", sessionId: "s1" };
const messages = [{ role: "user" as const, content: "hi" }];
const verdict = z.object({ anchor: z.string() });

async function collect(stream: AsyncIterable<string>) {
  let text = "";
  for await (const delta of stream) text += delta;
  return text;
}

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LlmError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  calls = [];
});

describe("streamChat", () => {
  it("streams the reply and records usage, model and latency", async () => {
    fake.enqueue("chat", {
      kind: "text",
      content: "Yeah, hi. I want to cancel.",
      usage: { prompt_tokens: 40, completion_tokens: 8 },
    });
    expect(await collect(gateway().streamChat(context, messages))).toBe("Yeah, hi. I want to cancel.");
    expect(calls).toEqual([
      expect.objectContaining({
        model: "persona-model",
        purpose: "test",
        sessionId: "s1",
        promptTokens: 40,
        completionTokens: 8,
        ok: true,
      }),
    ]);
    const request = fake.chatRequests()[0];
    expect(request).toMatchObject({ model: "persona-model", stream: true, messages });
  });

  it.each([
    [{ kind: "error", status: 500 } as const, "unavailable"],
    [{ kind: "error", status: 429 } as const, "rate_limited"],
    [{ kind: "error", status: 400 } as const, "rejected"],
    [{ kind: "cut", content: "I want to cancel today please", afterChunks: 2 } as const, "stream_cut"],
  ])("turns %o into an LlmError %s and records the failure", async (reply, code) => {
    fake.enqueue("chat", reply);
    const error = await failure(collect(gateway().streamChat(context, messages)));
    expect(error.code).toBe(code);
    expect(calls[0]).toMatchObject({ ok: false });
  });

  it("times out a model that never answers", async () => {
    fake.enqueue("chat", { kind: "hang" });
    const error = await failure(collect(gateway({ timeoutMs: 150 }).streamChat(context, messages)));
    expect(error.code).toBe("timeout");
  });

  it("retries a 429 when retries are configured", async () => {
    fake.enqueue("chat", { kind: "error", status: 429, retryAfterSeconds: 0.01 }, { kind: "text", content: "Fine." });
    expect(await collect(gateway({ maxRetries: 1 }).streamChat(context, messages))).toBe("Fine.");
    expect(fake.chatRequests()).toHaveLength(2);
  });
});

describe("structured", () => {
  it("requests strict json_schema output at temperature 0 and validates it", async () => {
    fake.enqueue("chat", { kind: "json", value: { anchor: "5" } });
    expect(await gateway().structured(context, messages, verdict, "verdict")).toEqual({ anchor: "5" });
    const request = fake.chatRequests()[0];
    expect(request?.temperature).toBe(0);
    expect(request?.response_format).toMatchObject({
      type: "json_schema",
      json_schema: { name: "verdict", strict: true },
    });
  });

  it.each([
    ["invalid JSON", { kind: "text", content: "{not json" } as const],
    ["the wrong shape", { kind: "json", value: { score: 5 } } as const],
    ["a refusal", { kind: "refusal", refusal: "I can't grade this." } as const],
    ["a truncated answer", { kind: "truncated", content: '{"anchor": "' } as const],
  ])("retries once after %s", async (_label, bad) => {
    fake.enqueue("chat", bad, { kind: "json", value: { anchor: "3" } });
    expect(await gateway().structured(context, messages, verdict, "verdict")).toEqual({ anchor: "3" });
    expect(calls.map((call) => call.ok)).toEqual([false, true]);
  });

  it("gives up after the retry with the raw output kept", async () => {
    fake.enqueue("chat", { kind: "text", content: "{nope" }, { kind: "refusal", refusal: "No." });
    const error = await failure(gateway().structured(context, messages, verdict, "verdict"));
    expect(error.code).toBe("refused");
    expect(fake.chatRequests()).toHaveLength(2);
  });

  it("does not retry an unavailable endpoint itself (the SDK's retries handle that)", async () => {
    fake.enqueue("chat", { kind: "error", status: 500 });
    const error = await failure(gateway().structured(context, messages, verdict, "verdict"));
    expect(error.code).toBe("unavailable");
    expect(fake.chatRequests()).toHaveLength(1);
  });
});

describe("an endpoint whose chat template has no system role", () => {
  const withInstructions = [
    { role: "system" as const, content: "You are Dana." },
    { role: "assistant" as const, content: "I want to cancel." },
    { role: "user" as const, content: "Sorry to hear that." },
  ];
  // What vLLM answers for Gemma when a request carries a system message.
  const gemmaLike = (body: { messages: { role: string }[] }) =>
    body.messages.some((message) => message.role === "system")
      ? ({ kind: "error", status: 400, message: "System role not supported" } as const)
      : ({ kind: "text", content: "Fine." } as const);

  it("is sent the instructions in the first user message after it refuses the system role, and from then on", async () => {
    fake.onChat(gemmaLike);
    const shared = gateway();
    expect(await collect(shared.streamChat(context, withInstructions))).toBe("Fine.");
    expect(await collect(shared.streamChat(context, withInstructions))).toBe("Fine.");
    const sent = fake.chatRequests().map((body) => body.messages.map((message) => message.role));
    expect(sent).toEqual([
      ["system", "user", "assistant", "user"],
      ["user", "assistant", "user"],
      ["user", "assistant", "user"],
    ]);
  });

  it("keeps the system role when it is configured, and reports the refusal", async () => {
    fake.onChat(gemmaLike);
    const strict = createLlmGateway({
      baseURL: fake.url,
      apiKey: "k",
      timeoutMs: 2000,
      maxRetries: 0,
      systemRole: "system",
    });
    const error = await failure(collect(strict.streamChat(context, withInstructions)));
    expect(error.code).toBe("rejected");
    expect(fake.chatRequests()).toHaveLength(1);
  });
});

describe("structured output on endpoints that do not take a JSON schema", () => {
  const answer = z.object({ anchor: z.string(), turn: z.number().int() });
  const ask = [
    { role: "system" as const, content: "You judge." },
    { role: "user" as const, content: "Judge this." },
  ];

  it("asks for json_object with the schema in the prompt once json_schema is refused, and remembers it", async () => {
    fake.onChat((body) =>
      body.response_format?.type === "json_schema"
        ? { kind: "error", status: 400, message: "response_format json_schema is not supported" }
        : { kind: "text", content: '{"anchor": "3", "turn": 1}' },
    );
    const shared = gateway();
    expect(await shared.structured(context, ask, answer, "verdict")).toEqual({ anchor: "3", turn: 1 });
    expect(await shared.structured(context, ask, answer, "verdict")).toEqual({ anchor: "3", turn: 1 });
    const formats = fake.chatRequests().map((body) => body.response_format?.type ?? "none");
    expect(formats).toEqual(["json_schema", "json_object", "json_object"]);
    const system = fake.chatRequests()[1]?.messages[0];
    expect(system?.content).toMatch(/^You judge\.\n\nAnswer with one JSON object and nothing else/);
    expect(system?.content).toContain('"anchor"');
  });

  it("falls back to the schema in the prompt alone when no response format is taken", async () => {
    fake.onChat((body) =>
      body.response_format
        ? { kind: "error", status: 400, message: "Unknown field response_format" }
        : { kind: "text", content: 'Sure:\n```json\n{"anchor": "4", "turn": 2}\n```' },
    );
    expect(await gateway().structured(context, ask, answer, "verdict")).toEqual({ anchor: "4", turn: 2 });
    expect(fake.chatRequests().map((body) => body.response_format?.type ?? "none")).toEqual([
      "json_schema",
      "json_object",
      "none",
    ]);
  });

  it("reads JSON wrapped in prose from an endpoint that ignores the schema", async () => {
    fake.enqueue("chat", { kind: "text", content: 'My verdict: {"anchor": "5", "turn": 3}. Hope that helps!' });
    expect(await gateway().structured(context, ask, answer, "verdict")).toEqual({ anchor: "5", turn: 3 });
  });

  it("tries again showing the model its answer and what was wrong with it", async () => {
    fake.enqueue(
      "chat",
      { kind: "text", content: '{"anchor": 5}' },
      { kind: "text", content: '{"anchor": "5", "turn": 1}' },
    );
    expect(await gateway().structured(context, ask, answer, "verdict")).toEqual({ anchor: "5", turn: 1 });
    const retry = fake.chatRequests()[1]?.messages ?? [];
    expect(retry.at(-2)).toMatchObject({ role: "assistant", content: '{"anchor": 5}' });
    expect(retry.at(-1)?.content).toMatch(/could not be used: .*anchor.*turn/s);
  });

  it("asks for a bounded answer and sends no meaningless integer bounds", async () => {
    fake.enqueue("chat", { kind: "text", content: '{"anchor": "1", "turn": 0}' });
    await gateway().structured(context, ask, answer, "verdict");
    const body = fake.chatRequests()[0];
    expect(body?.max_tokens).toBeGreaterThan(0);
    expect(JSON.stringify(body?.response_format)).not.toContain(String(Number.MAX_SAFE_INTEGER));
  });
});
