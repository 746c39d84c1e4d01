import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type ChatRequestBody,
  FAKE_SPEECH_BYTES,
  type FakeOpenAIServer,
  type FakeReply,
  type MultipartBody,
  startFakeOpenAI,
} from "../testing/fake-openai-server";
import { readTurnEvents, startModelRuntime, type TestRuntime } from "../testing/test-runtime";
import { timedTranscription } from "../voice/testing/timed-transcription";
import { wavBytes } from "../voice/testing/wav-bytes";

let fake: FakeOpenAIServer;
let parley: TestRuntime;
const dataDir = mkdtempSync(path.join(tmpdir(), "parley-voice-model-"));

/** The customer: no moves detected, and a short line. */
const scriptedModel = (body: ChatRequestBody): FakeReply =>
  body.response_format?.json_schema?.name === "moves"
    ? { kind: "json", value: { moves: [] } }
    : { kind: "text", content: "Fine. Go on." };

beforeAll(async () => {
  fake = await startFakeOpenAI({ defaultChat: scriptedModel });
  parley = await startModelRuntime(fake.url, { PARLEY_AUDIO_DIR: path.join(dataDir, "audio") });
});
afterAll(async () => {
  await parley.close();
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});
beforeEach(() => fake.reset());

async function startCall() {
  const response = await parley.json("POST", "/api/sessions", { personaId: "cancel-after-outages", mode: "exam" });
  return ((await response.json()) as { session: { id: string } }).session.id;
}

function postAudio(sessionId: string, audio: Uint8Array) {
  const form = new FormData();
  form.set("audio", new Blob([new Uint8Array(audio)], { type: "audio/wav" }), "recording.wav");
  return parley.app.request(`/api/sessions/${sessionId}/turns`, { method: "POST", body: form });
}

const transcription = (): MultipartBody => {
  const request = fake.requests.find((r) => r.path === "/v1/audio/transcriptions");
  if (request?.bodyKind !== "multipart") throw new Error("no transcription request");
  return request.body;
};

describe("voice mode on the model engine (fake OpenAI-compatible server)", () => {
  it("transcribes through /audio/transcriptions with word timings, then the customer answers", async () => {
    const id = await startCall();
    fake.enqueue("transcription", timedTranscription());
    const events = await readTurnEvents(await postAudio(id, wavBytes({ seconds: 2.4, tone: true })));
    expect(events.map((event) => event.type)).toEqual(["transcript", "rep", "delta", "delta", "delta", "persona"]);
    expect(events[0]).toMatchObject({
      type: "transcript",
      index: 1,
      text: "Um, I can cancel that today.",
      engine: "model",
      model: "whisper-1",
      delivery: {
        timing: "words",
        words: 6,
        wordsPerMinute: 212,
        fillerCount: 1,
        fillers: [{ filler: "um", count: 1 }],
      },
    });
    expect(events[1]).toMatchObject({ type: "rep", turn: { index: 1, text: "Um, I can cancel that today." } });
    const upload = transcription();
    expect(upload.files[0]).toMatchObject({ name: "file", filename: "turn.wav", contentType: "audio/wav" });
    expect(upload.fields).toMatchObject({ model: "whisper-1", response_format: "verbose_json" });
    expect(upload.fields.prompt).toMatch(/\bum\b/i);
  });

  it("streams the customer's line from /audio/speech in the persona's voice and pace", async () => {
    const id = await startCall();
    fake.enqueue("speech", { kind: "text", content: "", chunkDelayMs: 10 });
    const response = await parley.app.request(`/api/sessions/${id}/turns/0/audio`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("audio/mpeg");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(FAKE_SPEECH_BYTES);
    const request = fake.requests.find((r) => r.path === "/v1/audio/speech");
    expect(request?.body).toEqual({
      model: "tts-1",
      voice: "alloy",
      speed: 1.08,
      input: "Yeah, hi. I want to cancel my internet. Today. And I don't want to hear about any deals.",
      response_format: "mp3",
    });
  });

  it("keeps the recording and explains when the transcription endpoint fails; the call goes on", async () => {
    const id = await startCall();
    fake.enqueue("transcription", { kind: "error", status: 500 });
    const failed = await readTurnEvents(await postAudio(id, wavBytes({ seconds: 1, tone: true })));
    expect(failed).toEqual([expect.objectContaining({ type: "error", code: "stt_failed", retryable: true })]);
    expect((await parley.app.request(`/api/sessions/${id}/turns/1/audio`)).status).toBe(200);
    fake.enqueue("transcription", { kind: "text", content: "How have the outages affected your work?" });
    const next = await readTurnEvents(await postAudio(id, wavBytes({ seconds: 2, tone: true })));
    expect(next[0]).toMatchObject({ type: "transcript", index: 2, delivery: { timing: "recording" } });
    expect(next.some((event) => event.type === "persona")).toBe(true);
  });

  it("answers 502 tts_failed when the speech endpoint fails", async () => {
    const id = await startCall();
    fake.enqueue("speech", { kind: "error", status: 500 });
    const response = await parley.app.request(`/api/sessions/${id}/turns/0/audio`);
    expect(response.status).toBe(502);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("tts_failed");
  });

  it("tells clients which engines voice mode uses", async () => {
    const health = (await (await parley.app.request("/api/health")).json()) as { voice: unknown };
    expect(health.voice).toMatchObject({
      transcription: { engine: "model", model: "whisper-1", available: true },
      speech: { engine: "model", model: "tts-1" },
      limits: { maxBytes: 10_000_000, maxSeconds: 120 },
    });
  });
});
