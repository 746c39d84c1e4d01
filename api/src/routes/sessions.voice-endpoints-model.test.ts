import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type ChatRequestBody,
  FAKE_SPEECH_BYTES,
  type FakeOpenAIServer,
  type FakeReply,
  judgementAsked,
  messageText,
  startFakeOpenAI,
} from "../testing/fake-openai-server";
import { readTurnEvents, startModelRuntime, type TestRuntime } from "../testing/test-runtime";
import { timedTranscription } from "../voice/testing/timed-transcription";
import { wavBytes } from "../voice/testing/wav-bytes";

let fake: FakeOpenAIServer;
let parley: TestRuntime;
const dataDir = mkdtempSync(path.join(tmpdir(), "parley-voice-endpoints-model-"));
type ErrorBody = { error: { code: string; message: string } };

/** The customer: no moves detected, a short line; the judge gives the middle anchor quoting the rep. */
function scriptedModel(body: ChatRequestBody): FakeReply {
  const format = body.response_format?.json_schema?.name;
  if (format === "moves") return { kind: "json", value: { moves: [] } };
  if (format === "judgement") {
    const request = judgementAsked(body);
    const rep = request.transcript.find((turn) => turn.speaker === "rep");
    return {
      kind: "json",
      value: {
        criteria: request.rubric.criteria.map((criterion) => ({
          id: criterion.id,
          evidence: rep ? [{ turn: rep.turn, quote: rep.text }] : [],
          anchor: Object.keys(criterion.anchors)[0] ?? "1",
          analysis: "Matches the anchor.",
        })),
        instruction_attempts: [],
        tip: "Let her finish.",
        better_reply: "I hear you. Tell me what happened.",
      },
    };
  }
  return { kind: "text", content: "Fine. Go on, then. I'm listening, but make it quick." };
}

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

async function startCall(mode: "coach" | "exam" = "exam") {
  const response = await parley.json("POST", "/api/sessions", { personaId: "cancel-after-outages", mode });
  return ((await response.json()) as { session: { id: string } }).session.id;
}

function transcribe(id: string, audio: Uint8Array) {
  const body = new FormData();
  body.set("audio", new Blob([new Uint8Array(audio)], { type: "audio/wav" }), "turn.wav");
  return parley.app.request(`/api/sessions/${id}/transcribe`, { method: "POST", body });
}

const speech = (id: string, text: string) => parley.json("POST", `/api/sessions/${id}/speech`, { text });
const turns = async (id: string) =>
  (
    (await (await parley.app.request(`/api/sessions/${id}`)).json()) as {
      turns: { index: number; text: string; interrupted?: true }[];
    }
  ).turns;

/** Every chat prompt the fake received, as one string per request. */
const prompts = () =>
  fake.chatRequests().map((body) => body.messages.map((message) => messageText(message)).join("\n"));

describe("POST /api/sessions/:id/transcribe through /audio/transcriptions", () => {
  it("answers the words with ms timings and stores nothing, with no chat call", async () => {
    const id = await startCall();
    fake.enqueue("transcription", timedTranscription(" Um, I can cancel that today. "));
    const response = await transcribe(id, wavBytes({ seconds: 2.4, tone: true }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      text: "Um, I can cancel that today.",
      words: expect.arrayContaining([
        { word: "Um", startMs: 200, endMs: 400 },
        { word: "today", startMs: 1400, endMs: 1900 },
      ]),
      engine: "model",
      model: "whisper-1",
      durationMs: 2400,
      latencyMs: expect.any(Number),
    });
    expect(fake.requests.filter((r) => r.path === "/v1/audio/transcriptions")).toHaveLength(1);
    expect(fake.chatRequests()).toHaveLength(0);
    expect(await turns(id)).toHaveLength(1);
  });

  it("answers 502 stt_failed when the endpoint fails, and the call goes on", async () => {
    const id = await startCall();
    fake.enqueue("transcription", { kind: "error", status: 500 });
    const response = await transcribe(id, wavBytes({ seconds: 1, tone: true }));
    expect(response.status).toBe(502);
    expect(((await response.json()) as ErrorBody).error.code).toBe("stt_failed");
    expect(await turns(id)).toHaveLength(1);
    fake.enqueue("transcription", { kind: "text", content: "Sorry about that." });
    expect((await transcribe(id, wavBytes({ seconds: 1, tone: true }))).status).toBe(200);
  });
});

describe("POST /api/sessions/:id/speech through /audio/speech", () => {
  it("streams one sentence in the persona's voice and pace, with stage directions left out", async () => {
    const id = await startCall();
    fake.enqueue("speech", { kind: "text", content: "", delayMs: 30, chunkDelayMs: 20 });
    const response = await speech(id, "*sighs* Fine. Go on.");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("audio/mpeg");
    const reader = response.body?.getReader();
    if (!reader) throw new Error("no body");
    const chunks: Uint8Array[] = [];
    for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
    // The body arrives as the endpoint sends it, not buffered into one piece.
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks)).toEqual(FAKE_SPEECH_BYTES);
    const request = fake.requests.find((r) => r.path === "/v1/audio/speech");
    expect(request?.body).toEqual({
      model: "tts-1",
      voice: "alloy",
      speed: 1.08,
      input: "Fine. Go on.",
      response_format: "mp3",
    });
  });

  it("still speaks the customer's last line after the call has ended", async () => {
    const id = await startCall();
    // Ended without a rep turn (ending would refuse: nothing to grade): abandoned.
    expect((await parley.json("POST", `/api/sessions/${id}/abandon`)).status).toBe(200);
    expect((await speech(id, "Fine. Bye.")).status).toBe(200);
  });

  it.each<[string, FakeReply | null, string, number, string]>([
    ["the speech endpoint fails", { kind: "error", status: 500 }, "Fine.", 502, "tts_failed"],
    ["the text has nothing to say aloud", null, "*sighs* (pause)", 400, "nothing_to_speak"],
  ])("%s: %i", async (_, reply, text, status, code) => {
    const id = await startCall();
    if (reply) fake.enqueue("speech", reply);
    const response = await speech(id, text);
    expect(response.status).toBe(status);
    expect(((await response.json()) as ErrorBody).error.code).toBe(code);
  });
});

describe("barge-in on the model engine: the persona and the grader see only what was heard", () => {
  it("cuts the opening line, keeps the full reply out of every prompt, and marks the turn", async () => {
    const id = await startCall("coach");
    const heard = "Yeah, hi. I want to cancel";
    const events = await readTurnEvents(
      await parley.json("POST", `/api/sessions/${id}/turns`, {
        text: "Sorry, before you go on, can I ask why?",
        heard,
      }),
    );
    expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(["rep", "persona", "feedback"]));
    const afterTurn = prompts();
    expect(afterTurn.length).toBeGreaterThanOrEqual(3); // moves, persona reply, turn judgement
    for (const prompt of afterTurn) expect(prompt).not.toMatch(/any deals/);
    expect(afterTurn.some((prompt) => prompt.includes("I want to cancel—"))).toBe(true);

    // The customer's second line, cut after one word, with a spoken turn (multipart heard).
    const form = new FormData();
    form.set(
      "audio",
      new Blob([new Uint8Array(wavBytes({ seconds: 2, tone: true }))], { type: "audio/wav" }),
      "turn.wav",
    );
    form.set("text", "Sorry. Please, go on.");
    form.set("heard", "Fine");
    fake.reset();
    await readTurnEvents(await parley.app.request(`/api/sessions/${id}/turns`, { method: "POST", body: form }));
    expect((await turns(id)).map((turn) => [turn.text, turn.interrupted ?? false])).toEqual([
      ["Yeah, hi. I want to cancel—", true],
      ["Sorry, before you go on, can I ask why?", false],
      ["Fine—", true],
      ["Sorry. Please, go on.", false],
      ["Fine. Go on, then. I'm listening, but make it quick.", false],
    ]);

    fake.reset();
    expect((await parley.json("POST", `/api/sessions/${id}/end`)).status).toBe(200);
    const graded = prompts();
    expect(graded.length).toBeGreaterThan(0);
    for (const prompt of graded) {
      expect(prompt).not.toMatch(
        /any deals|Go on, then\. I'm listening, but make it quick\.[\s\S]*Go on, then\. I'm listening/,
      );
    }
    expect(graded.some((prompt) => prompt.includes("Fine—"))).toBe(true);
  });
});

describe("barge-in after a failed reply", () => {
  it("refuses heard when the customer's last reply was never stored, leaving the answered line as it was", async () => {
    const id = await startCall();
    await readTurnEvents(
      await parley.json("POST", `/api/sessions/${id}/turns`, { text: "I'm sorry about the outages." }),
    );
    const answered = (await turns(id)).at(-1);
    // The next reply fails (moves read, then the reply's stream errors): only the rep's turn is stored.
    fake.enqueue("chat", { kind: "json", value: { moves: [] } });
    fake.enqueue("chat", { kind: "error", status: 500 });
    await readTurnEvents(
      await parley.json("POST", `/api/sessions/${id}/turns`, { text: "Let me check that for you." }),
    );
    expect((await turns(id)).at(-1)?.index).toBe((answered?.index ?? 0) + 1);

    const response = await parley.json("POST", `/api/sessions/${id}/turns`, { text: "Sorry, go on.", heard: "" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error.code).toBe("invalid_heard");
    const after = await turns(id);
    expect(after.find((turn) => turn.index === answered?.index)).toEqual(answered);
    expect(after.some((turn) => turn.interrupted)).toBe(false);
  });
});

describe("limits on voice requests", () => {
  it("rate-limits /speech per user, and counts speech toward the daily token budget", async () => {
    const limited = await startModelRuntime(fake.url, {
      PARLEY_AUDIO_DIR: path.join(dataDir, "audio-limited"),
      PARLEY_AUDIO_REQUESTS_PER_MINUTE: "3",
    });
    try {
      const start = await limited.json("POST", "/api/sessions", { personaId: "cancel-after-outages", mode: "exam" });
      const id = ((await start.json()) as { session: { id: string } }).session.id;
      const say = (text: string) => limited.json("POST", `/api/sessions/${id}/speech`, { text });
      const line = "Fine. Go on, then, but make it quick.";
      for (let i = 0; i < 3; i++) expect((await say(line)).status).toBe(200);
      const refused = await say(line);
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as ErrorBody).error).toMatchObject({
        code: "rate_limited",
        message: expect.stringMatching(/3 voice requests a minute/),
      });

      // Speech bills by character: each line is recorded at ~4 characters a token.
      const spoken = (await limited.db.orm.select().from(limited.db.tables.modelCalls)).filter(
        (call) => call.purpose === "voice.speak",
      );
      expect(spoken.map((call) => call.promptTokens)).toEqual([10, 10, 10]);
    } finally {
      await limited.close();
    }
  });
});
