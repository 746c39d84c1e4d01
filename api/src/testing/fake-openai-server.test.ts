import OpenAI, { toFile } from "openai";
import { LengthFinishReasonError } from "openai/error";
import { zodResponseFormat } from "openai/helpers/zod";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { FakeOpenAIServer, MultipartBody } from "./fake-openai-server";
import {
  DEFAULT_CHAT_CONTENT,
  FAKE_MODEL_ID,
  FAKE_SPEECH_BYTES,
  lastUserMessage,
  parseMultipart,
  splitIntoChunks,
  startFakeOpenAI,
} from "./fake-openai-server";

let server: FakeOpenAIServer;

function client(options: { timeout?: number; maxRetries?: number } = {}): OpenAI {
  return new OpenAI({
    baseURL: server.url,
    apiKey: "test",
    maxRetries: options.maxRetries ?? 0,
    timeout: options.timeout ?? 5_000,
  });
}

const messages = [
  { role: "system" as const, content: "You are a grumpy customer." },
  { role: "user" as const, content: "Hello, how can I help you today?" },
];

beforeAll(async () => {
  server = await startFakeOpenAI();
});

afterEach(() => {
  server.reset();
});

afterAll(async () => {
  await server.close();
});

describe("fake OpenAI server: chat completions", () => {
  it("answers a plain completion with the scripted text, echoing the model", async () => {
    server.enqueue("chat", { kind: "text", content: "I want a refund." });
    const completion = await client().chat.completions.create({ model: "gpt-test", messages });

    expect(completion.object).toBe("chat.completion");
    expect(completion.model).toBe("gpt-test");
    const choice = completion.choices[0];
    expect(choice?.message.role).toBe("assistant");
    expect(choice?.message.content).toBe("I want a refund.");
    expect(choice?.message.refusal).toBeNull();
    expect(choice?.finish_reason).toBe("stop");
    expect(completion.usage?.completion_tokens).toBe(Math.ceil("I want a refund.".length / 4));
    expect(completion.usage?.prompt_tokens).toBeGreaterThan(0);
    expect(completion.usage?.total_tokens).toBe(
      (completion.usage?.prompt_tokens ?? 0) + (completion.usage?.completion_tokens ?? 0),
    );
  });

  it("uses scripted usage when given", async () => {
    server.enqueue("chat", { kind: "text", content: "ok", usage: { prompt_tokens: 11, completion_tokens: 22 } });
    const completion = await client().chat.completions.create({ model: "m", messages });
    expect(completion.usage).toEqual({ prompt_tokens: 11, completion_tokens: 22, total_tokens: 33 });
  });

  it("streams word-sized deltas whose concatenation equals the content, with usage", async () => {
    const content = "Well,  I have been waiting\nfor three weeks now. ";
    server.enqueue("chat", { kind: "text", content, chunkDelayMs: 2 });
    const stream = await client().chat.completions.create({
      model: "gpt-test",
      messages,
      stream: true,
      stream_options: { include_usage: true },
    });

    let text = "";
    let contentChunks = 0;
    let role: string | undefined;
    let finishReason: string | null = null;
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      expect(chunk.object).toBe("chat.completion.chunk");
      expect(chunk.model).toBe("gpt-test");
      const choice = chunk.choices[0];
      if (choice?.delta.role) role = choice.delta.role;
      if (choice?.delta.content) {
        text += choice.delta.content;
        contentChunks++;
      }
      if (choice?.finish_reason) finishReason = choice.finish_reason;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(role).toBe("assistant");
    expect(text).toBe(content);
    expect(contentChunks).toBe(splitIntoChunks(content).length);
    expect(contentChunks).toBeGreaterThan(3);
    expect(finishReason).toBe("stop");
    expect(usage?.completion_tokens).toBe(Math.ceil(content.length / 4));
  });

  it("omits the usage chunk when include_usage is not requested", async () => {
    server.enqueue("chat", { kind: "text", content: "short answer" });
    const stream = await client().chat.completions.create({ model: "m", messages, stream: true });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.every((chunk) => chunk.usage === undefined || chunk.usage === null)).toBe(true);
    expect(chunks.every((chunk) => chunk.choices.length === 1)).toBe(true);
  });

  it("works with the SDK's stream helper", async () => {
    server.enqueue("chat", { kind: "text", content: "Helper streaming works." });
    const stream = client().chat.completions.stream({ model: "m", messages });
    const final = await stream.finalChatCompletion();
    expect(final.choices[0]?.message.content).toBe("Helper streaming works.");
  });

  it("consumes queued replies in order, then falls back to the responder", async () => {
    server.enqueue("chat", { kind: "text", content: "first" }, { kind: "json", value: { n: 2 } });
    const c = client();
    const ask = async () => (await c.chat.completions.create({ model: "m", messages })).choices[0]?.message.content;

    expect(await ask()).toBe("first");
    expect(await ask()).toBe('{"n":2}');
    expect(await ask()).toBe(DEFAULT_CHAT_CONTENT);

    server.onChat((body) => ({ kind: "text", content: `echo: ${lastUserMessage(body)}` }));
    expect(await ask()).toBe("echo: Hello, how can I help you today?");
    server.enqueue("chat", { kind: "text", content: "queued wins" });
    expect(await ask()).toBe("queued wins");
    expect(await ask()).toBe("echo: Hello, how can I help you today?");
  });

  it("takes a default chat responder from the options, restored by reset()", async () => {
    const other = await startFakeOpenAI({ defaultChat: (body) => ({ kind: "text", content: `model=${body.model}` }) });
    try {
      const c = new OpenAI({ baseURL: other.url, apiKey: "test", maxRetries: 0 });
      other.onChat(() => ({ kind: "text", content: "temporary" }));
      other.reset();
      const completion = await c.chat.completions.create({ model: "x1", messages });
      expect(completion.choices[0]?.message.content).toBe("model=x1");
    } finally {
      await other.close();
    }
  });

  it("surfaces a 500 as OpenAI.APIError / InternalServerError with an OpenAI-shaped body", async () => {
    server.enqueue("chat", { kind: "error", status: 500, message: "boom" });
    const error = await client()
      .chat.completions.create({ model: "m", messages })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect(error).toBeInstanceOf(OpenAI.InternalServerError);
    const apiError = error as InstanceType<typeof OpenAI.APIError>;
    expect(apiError.status).toBe(500);
    expect(apiError.message).toContain("boom");
    expect(apiError.type).toBe("server_error");
  });

  it("surfaces a 429 as RateLimitError, with retry-after honoured by SDK retries", async () => {
    server.enqueue("chat", { kind: "error", status: 429, retryAfterSeconds: 3 });
    const error = await client()
      .chat.completions.create({ model: "m", messages })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    const rateError = error as InstanceType<typeof OpenAI.RateLimitError>;
    expect(rateError.status).toBe(429);
    expect(rateError.code).toBe("rate_limit_exceeded");
    expect(rateError.headers?.get("retry-after")).toBe("3");

    // With retries enabled, a short retry-after makes the SDK retry quickly and succeed.
    server.enqueue(
      "chat",
      { kind: "error", status: 429, retryAfterSeconds: 0.01 },
      { kind: "text", content: "after retry" },
    );
    const completion = await client({ maxRetries: 1 }).chat.completions.create({ model: "m", messages });
    expect(completion.choices[0]?.message.content).toBe("after retry");
  });

  it("surfaces an error on a stream request before any chunk", async () => {
    server.enqueue("chat", { kind: "error", status: 400, message: "bad request" });
    const error = await client()
      .chat.completions.create({ model: "m", messages, stream: true })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
  });

  it("rejects invalid chat bodies with a 400", async () => {
    const res = await fetch(`${server.url}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "m" }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string; type: string } };
    expect(body.error.type).toBe("invalid_request_error");
    expect(body.error.message).toContain("messages");
  });

  it("hang makes the SDK time out with APIConnectionTimeoutError", async () => {
    server.enqueue("chat", { kind: "hang" });
    const started = Date.now();
    const error = await client({ timeout: 200 })
      .chat.completions.create({ model: "m", messages })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("close() does not wait for hanging requests", async () => {
    const other = await startFakeOpenAI({ defaultChat: () => ({ kind: "hang" }) });
    const c = new OpenAI({ baseURL: other.url, apiKey: "test", maxRetries: 0, timeout: 60_000 });
    const pending = c.chat.completions.create({ model: "m", messages }).catch((e: unknown) => e);
    await vi.waitFor(() => expect(other.requests).toHaveLength(1));
    // The client would wait 60 s; close() must end the request now (the test's own timeout is far shorter).
    await other.close();
    expect(await pending).toBeInstanceOf(OpenAI.APIConnectionError);
  });

  it("delayMs postpones the reply", async () => {
    server.enqueue("chat", { kind: "text", content: "slow", delayMs: 150 });
    const started = Date.now();
    const completion = await client().chat.completions.create({ model: "m", messages });
    expect(completion.choices[0]?.message.content).toBe("slow");
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("cut stream: yields the first chunks, then iteration throws (not an APIError), no finish_reason", async () => {
    server.enqueue("chat", { kind: "cut", content: "one two three four five six", afterChunks: 2 });
    const stream = await client().chat.completions.create({
      model: "m",
      messages,
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = "";
    let finishReason: string | null = null;
    let thrown: unknown;
    try {
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta.content ?? "";
        finishReason = chunk.choices[0]?.finish_reason ?? finishReason;
      }
    } catch (error) {
      thrown = error;
    }
    expect(text).toBe("one two ");
    expect(finishReason).toBeNull();
    // What actually happens (documented in fake-openai-server.ts): undici's "terminated".
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(OpenAI.APIError);
    expect((thrown as Error).message).toMatch(/terminated/i);
    expect(String((thrown as Error).cause)).toMatch(/other side closed/i);
  });

  it("cut stream with afterChunks 0 sends only the role chunk", async () => {
    server.enqueue("chat", { kind: "cut", content: "never seen", afterChunks: 0 });
    const stream = await client().chat.completions.create({ model: "m", messages, stream: true });
    const chunks: OpenAI.ChatCompletionChunk[] = [];
    await expect(
      (async () => {
        for await (const chunk of stream) chunks.push(chunk);
      })(),
    ).rejects.toThrow(/terminated/i);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.choices[0]?.delta.role).toBe("assistant");
  });

  it("cut non-stream: create() rejects with a raw connection error (not an APIError)", async () => {
    server.enqueue("chat", { kind: "cut", content: "partial body", afterChunks: 1 });
    const error = await client()
      .chat.completions.create({ model: "m", messages })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(OpenAI.APIError);
    expect((error as Error).message).toMatch(/terminated/i);
  });

  it("refusal: content null and refusal set (plain and streamed)", async () => {
    server.enqueue("chat", { kind: "refusal", refusal: "I can't help with that." });
    const completion = await client().chat.completions.create({ model: "m", messages });
    expect(completion.choices[0]?.message.content).toBeNull();
    expect(completion.choices[0]?.message.refusal).toBe("I can't help with that.");

    server.enqueue("chat", { kind: "refusal", refusal: "I can't help with that." });
    const stream = await client().chat.completions.create({ model: "m", messages, stream: true });
    let refusal = "";
    let content = "";
    for await (const chunk of stream) {
      refusal += chunk.choices[0]?.delta.refusal ?? "";
      content += chunk.choices[0]?.delta.content ?? "";
    }
    expect(refusal).toBe("I can't help with that.");
    expect(content).toBe("");
  });

  it("truncated: finish_reason is length (plain and streamed)", async () => {
    server.enqueue("chat", { kind: "truncated", content: "I was about to say" });
    const completion = await client().chat.completions.create({ model: "m", messages });
    expect(completion.choices[0]?.finish_reason).toBe("length");
    expect(completion.choices[0]?.message.content).toBe("I was about to say");

    server.enqueue("chat", { kind: "truncated", content: "I was about to say" });
    const stream = await client().chat.completions.create({ model: "m", messages, stream: true });
    let finishReason: string | null = null;
    for await (const chunk of stream) finishReason = chunk.choices[0]?.finish_reason ?? finishReason;
    expect(finishReason).toBe("length");
  });
});

describe("fake OpenAI server: structured output", () => {
  const Verdict = z.object({ score: z.number(), reason: z.string() });

  it("parse() returns the parsed value for scripted valid JSON", async () => {
    server.enqueue("chat", { kind: "json", value: { score: 4, reason: "empathetic" } });
    const completion = await client().chat.completions.parse({
      model: "m",
      messages,
      response_format: zodResponseFormat(Verdict, "verdict"),
    });
    expect(completion.choices[0]?.message.parsed).toEqual({ score: 4, reason: "empathetic" });

    const recorded = server.chatRequests()[0];
    expect(recorded?.response_format?.type).toBe("json_schema");
    expect(recorded?.response_format?.json_schema?.name).toBe("verdict");
  });

  it("parse() throws on invalid JSON content", async () => {
    server.enqueue("chat", { kind: "text", content: "{not json" });
    await expect(
      client().chat.completions.parse({ model: "m", messages, response_format: zodResponseFormat(Verdict, "verdict") }),
    ).rejects.toThrow();
  });

  it("parse() throws when JSON does not match the schema", async () => {
    server.enqueue("chat", { kind: "json", value: { score: "high" } });
    await expect(
      client().chat.completions.parse({ model: "m", messages, response_format: zodResponseFormat(Verdict, "verdict") }),
    ).rejects.toThrow();
  });

  it("parse() on a refusal gives parsed null and the refusal", async () => {
    server.enqueue("chat", { kind: "refusal", refusal: "No." });
    const completion = await client().chat.completions.parse({
      model: "m",
      messages,
      response_format: zodResponseFormat(Verdict, "verdict"),
    });
    expect(completion.choices[0]?.message.parsed).toBeNull();
    expect(completion.choices[0]?.message.refusal).toBe("No.");
  });

  it("parse() on a truncated completion throws LengthFinishReasonError", async () => {
    server.enqueue("chat", { kind: "truncated", content: '{"score": 4, "rea' });
    await expect(
      client().chat.completions.parse({ model: "m", messages, response_format: zodResponseFormat(Verdict, "verdict") }),
    ).rejects.toBeInstanceOf(LengthFinishReasonError);
  });
});

describe("fake OpenAI server: audio and misc routes", () => {
  it("transcription returns the queued text and records the uploaded file", async () => {
    server.enqueue("transcription", { kind: "text", content: "I would like to cancel my order." });
    const audio = Buffer.alloc(3000, 7);
    const result = await client().audio.transcriptions.create({
      file: await toFile(audio, "a.wav"),
      model: "whisper-1",
      language: "en",
    });
    expect(result.text).toBe("I would like to cancel my order.");

    const recorded = server.requests.find((r) => r.path === "/v1/audio/transcriptions");
    expect(recorded?.method).toBe("POST");
    expect(recorded?.bodyKind).toBe("multipart");
    const body = recorded?.body as MultipartBody;
    expect(body.fields).toMatchObject({ model: "whisper-1", language: "en" });
    expect(body.files).toHaveLength(1);
    expect(body.files[0]).toMatchObject({ name: "file", filename: "a.wav", size: 3000 });
    expect(typeof body.files[0]?.contentType).toBe("string");
  });

  it("transcription defaults to 'hello', supports text format and errors", async () => {
    const c = client();
    const file = async () => toFile(Buffer.from("RIFF fake wav"), "b.wav", { type: "audio/wav" });
    expect((await c.audio.transcriptions.create({ file: await file(), model: "whisper-1" })).text).toBe("hello");

    const text = await c.audio.transcriptions.create({
      file: await file(),
      model: "whisper-1",
      response_format: "text",
    });
    expect(text).toBe("hello");

    server.enqueue("transcription", { kind: "error", status: 500 });
    await expect(c.audio.transcriptions.create({ file: await file(), model: "whisper-1" })).rejects.toBeInstanceOf(
      OpenAI.InternalServerError,
    );
    const last = server.requests.at(-1);
    expect(last?.bodyKind === "multipart" ? last.body.files[0]?.contentType : undefined).toBe("audio/wav");
  });

  it("speech returns deterministic audio bytes", async () => {
    const response = await client().audio.speech.create({ model: "tts-1", voice: "alloy", input: "Hello there" });
    expect(response.headers.get("content-type")).toBe("audio/mpeg");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.equals(FAKE_SPEECH_BYTES)).toBe(true);

    const recorded = server.requests.at(-1);
    expect(recorded?.path).toBe("/v1/audio/speech");
    expect(recorded?.body).toMatchObject({ model: "tts-1", voice: "alloy", input: "Hello there" });
  });

  it("speech honours queued errors", async () => {
    server.enqueue("speech", { kind: "error", status: 429 });
    await expect(client().audio.speech.create({ model: "tts-1", voice: "alloy", input: "x" })).rejects.toBeInstanceOf(
      OpenAI.RateLimitError,
    );
  });

  it("lists one model and 404s unknown routes with an OpenAI-shaped error", async () => {
    const models = [];
    for await (const model of client().models.list()) models.push(model);
    expect(models.map((m) => m.id)).toEqual([FAKE_MODEL_ID]);

    const error = await client()
      .embeddings.create({ model: "e", input: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
  });

  it("records every request with path, method, headers and parsed body", async () => {
    await client().chat.completions.create({ model: "rec-model", messages, temperature: 0.3 });
    await client().models.list();
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /v1/chat/completions",
      "GET /v1/models",
    ]);
    const first = server.requests[0];
    expect(first?.headers.authorization).toBe("Bearer test");
    expect(first?.headers["content-type"]).toContain("application/json");
    expect(first?.bodyKind).toBe("json");
    expect(first?.body).toMatchObject({ model: "rec-model", temperature: 0.3, messages });
    expect(server.requests[1]?.bodyKind).toBe("none");
    expect(server.chatRequests().map((b) => b.model)).toEqual(["rec-model"]);

    server.reset();
    expect(server.requests).toHaveLength(0);
  });
});

describe("fake OpenAI server: helpers", () => {
  it("splitIntoChunks keeps every character", () => {
    for (const s of ["", "one", " lead", "trail ", "a  b\n\tc ", "multi\n\nline text"]) {
      expect(splitIntoChunks(s).join("")).toBe(s);
    }
    expect(splitIntoChunks("a b c")).toEqual(["a ", "b ", "c"]);
  });

  it("parseMultipart handles binary file data containing CRLF", () => {
    const boundary = "----b0undary";
    const file = Buffer.from([0x0d, 0x0a, 0x2d, 0x2d, 0x00, 0xff, 0x0d, 0x0a]);
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="model"\r\n\r\nwhisper-1\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.wav"\r\nContent-Type: audio/wav\r\n\r\n`,
      ),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    expect(parseMultipart(body, `multipart/form-data; boundary=${boundary}`)).toEqual({
      fields: { model: "whisper-1" },
      files: [{ name: "file", filename: "x.wav", size: file.length, contentType: "audio/wav" }],
    });
  });
});
