import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  FAKE_SPEECH_BYTES,
  type FakeOpenAIServer,
  type MultipartBody,
  startFakeOpenAI,
} from "../testing/fake-openai-server";
import { LlmError } from "./errors";
import { createLlmGateway, type LlmGateway, type ModelCallRecord } from "./gateway";

let fake: FakeOpenAIServer;
let calls: ModelCallRecord[];
let gateway: LlmGateway;

const context = { model: "whisper-1", purpose: "voice.transcribe", sessionId: "s1" };
const audio = { bytes: new Uint8Array([82, 73, 70, 70, 1, 2, 3, 4]), filename: "turn.wav", mime: "audio/wav" };

beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  calls = [];
  gateway = createLlmGateway({
    baseURL: fake.url,
    apiKey: "k",
    timeoutMs: 2000,
    maxRetries: 0,
    onCall: (r) => calls.push(r),
  });
});

const multipart = (i: number) => {
  const request = fake.requests.filter((r) => r.path === "/v1/audio/transcriptions")[i];
  if (request?.bodyKind !== "multipart") throw new Error("no multipart transcription request");
  return request.body as MultipartBody;
};

describe("gateway.transcribe", () => {
  it("uploads the file and asks for word timings", async () => {
    fake.enqueue("transcription", {
      kind: "json",
      value: {
        text: " I can help. ",
        duration: 1.5,
        words: [
          { word: "I", start: 0.1, end: 0.2 },
          { word: "can", start: 0.2, end: 0.5 },
          { word: "help", start: 0.5, end: 0.9 },
        ],
      },
    });
    const result = await gateway.transcribe?.(context, audio, { language: "en" });
    expect(result).toEqual({
      text: "I can help.",
      words: [
        { word: "I", start: 0.1, end: 0.2 },
        { word: "can", start: 0.2, end: 0.5 },
        { word: "help", start: 0.5, end: 0.9 },
      ],
      durationSeconds: 1.5,
    });
    const body = multipart(0);
    expect(body.files[0]).toMatchObject({
      name: "file",
      filename: "turn.wav",
      contentType: "audio/wav",
      size: audio.bytes.length,
    });
    expect(body.fields).toMatchObject({ model: "whisper-1", response_format: "verbose_json", language: "en" });
    expect(calls).toMatchObject([{ purpose: "voice.transcribe", model: "whisper-1", sessionId: "s1", ok: true }]);
  });

  it("spreads segment words evenly when the endpoint gives segments only", async () => {
    fake.enqueue("transcription", {
      kind: "json",
      value: { text: "hello there", segments: [{ start: 1, end: 2, text: " hello there" }] },
    });
    expect((await gateway.transcribe?.(context, audio))?.words).toEqual([
      { word: "hello", start: 1, end: 1.5 },
      { word: "there", start: 1.5, end: 2 },
    ]);
  });

  it("asks again for plain json when verbose_json is refused, and remembers", async () => {
    fake.enqueue("transcription", {
      kind: "error",
      status: 400,
      message: "response_format 'verbose_json' is not compatible",
    });
    fake.enqueue("transcription", { kind: "text", content: "plain words" }, { kind: "text", content: "again" });
    expect(await gateway.transcribe?.(context, audio)).toEqual({
      text: "plain words",
      words: null,
      durationSeconds: null,
    });
    expect(multipart(1).fields.response_format).toBeUndefined();
    await gateway.transcribe?.(context, audio);
    expect(multipart(2).fields.response_format).toBeUndefined();
  });

  it("reports an endpoint failure as an LlmError and records it", async () => {
    fake.enqueue("transcription", { kind: "error", status: 500 });
    await expect(gateway.transcribe?.(context, audio)).rejects.toBeInstanceOf(LlmError);
    expect(calls[0]).toMatchObject({ ok: false });
    expect(calls[0]?.error).toMatch(/^unavailable/);
  });
});

describe("gateway.speak", () => {
  it("streams the endpoint's audio as it arrives", async () => {
    fake.enqueue("speech", { kind: "text", content: "", chunkDelayMs: 20 });
    const speech = await gateway.speak?.(
      { model: "tts-1", purpose: "voice.speak" },
      { input: "Hello there.", voice: "alloy", speed: 1.08, format: "mp3" },
    );
    if (!speech) throw new Error("no speech");
    expect(speech.contentType).toBe("audio/mpeg");
    const chunks: Uint8Array[] = [];
    const reader = speech.body.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) chunks.push(part.value);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks)).toEqual(FAKE_SPEECH_BYTES);
    const request = fake.requests.find((r) => r.path === "/v1/audio/speech");
    expect(request?.body).toEqual({
      model: "tts-1",
      voice: "alloy",
      input: "Hello there.",
      speed: 1.08,
      response_format: "mp3",
    });
  });

  it("turns a refused request into an LlmError", async () => {
    fake.enqueue("speech", { kind: "error", status: 429 });
    await expect(
      gateway.speak?.(
        { model: "tts-1", purpose: "voice.speak" },
        { input: "Hi.", voice: "alloy", speed: 1, format: "mp3" },
      ),
    ).rejects.toMatchObject({
      code: "rate_limited",
    });
  });
});
