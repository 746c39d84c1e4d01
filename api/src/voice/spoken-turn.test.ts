import { describe, expect, it } from "vitest";
import type { StoredTurn } from "../db/session-store";
import { DomainError } from "../errors";
import type { TurnEvent } from "../practice/turn-events";
import { inspectAudio } from "./audio/inspect-audio";
import { browserSpeaker } from "./speaker";
import { checkCanTranscribe, type SpokenTurnDeps, takeSpokenTurn } from "./spoken-turn";
import { wavBytes } from "./testing/wav-bytes";
import { type Transcriber, TranscriberError } from "./transcriber";
import type { VoiceService } from "./voice-service";

const recording = inspectAudio(wavBytes({ seconds: 2 }), { maxBytes: 1e6, maxSeconds: 60 });

/** In-memory stand-ins for the session store and the recording store, recording what happened. */
function fakes(transcriber: Transcriber) {
  const turns: StoredTurn[] = [];
  const log: string[] = [];
  const voice: VoiceService = {
    limits: { maxBytes: 1e6, maxSeconds: 60 },
    audio: { save: async () => "key", read: async () => null },
    transcriber,
    speaker: browserSpeaker,
  };
  const sessions: SpokenTurnDeps["sessions"] = {
    appendTurn: (_, turn) => {
      log.push(`stored "${turn.text}" with ${turn.audioPath}`);
      const stored = { ...turn, index: turns.length + 1 };
      turns.push(stored);
      return stored;
    },
    updateSpokenTurn: (_, index, change) => {
      log.push(`updated ${index}: "${change.text}"${change.voice.error ? ` (${change.voice.error.code})` : ""}`);
      const turn = { ...(turns[index - 1] as StoredTurn), ...change };
      turns[index - 1] = turn;
      return turn;
    },
    unlock: () => log.push("unlocked"),
  };
  const answer = async function* (turn: StoredTurn): AsyncIterable<TurnEvent> {
    log.push(`answering "${turn.text}"`);
    yield { type: "rep", turn: { index: turn.index, role: "rep", text: turn.text, at: 0, engine: null, model: null } };
  };
  return { deps: { voice, sessions }, log, answer };
}

const transcriber = (result: () => Promise<string>, unavailable: string | null = null): Transcriber => ({
  engine: "offline",
  model: "test",
  unavailable: () => unavailable,
  transcribe: async () => ({ text: await result(), words: null, durationMs: 2000, engine: "offline", model: "test", latencyMs: 5 }),
});

async function collect(events: AsyncIterable<TurnEvent>) {
  const all: TurnEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

describe("a spoken turn", () => {
  it("stores the recording before transcribing, then answers with the transcribed words", async () => {
    const { deps, log, answer } = fakes(transcriber(async () => "I can help"));
    const events = await collect(await takeSpokenTurn(deps, "s", { recording, text: null, interrupted: false }, answer));
    expect(events.map((event) => event.type)).toEqual(["transcript", "rep"]);
    expect(log).toEqual(['stored "" with key', 'updated 1: "I can help"', 'answering "I can help"']);
  });

  it("refuses up front, with stt_unavailable, what could never be transcribed", () => {
    const { deps } = fakes(transcriber(async () => "", "Offline speech recognition needs Debian's pocketsphinx."));
    const refuse = () => checkCanTranscribe(deps.voice, { recording, text: null, interrupted: false });
    expect(refuse).toThrow(DomainError);
    expect(refuse).toThrow(/needs Debian's pocketsphinx/);
    expect(() => checkCanTranscribe(deps.voice, { recording, text: "typed words", interrupted: false })).not.toThrow();
  });

  it("keeps the recording when transcription fails, says why, and releases the turn", async () => {
    const { deps, log, answer } = fakes(transcriber(() => Promise.reject(new TranscriberError("stt_failed", "The recogniser crashed."))));
    const events = await collect(await takeSpokenTurn(deps, "s", { recording, text: null, interrupted: false }, answer));
    expect(events).toEqual([
      { type: "error", code: "stt_failed", message: "The recogniser crashed. Your recording is saved (turn 1); say it again or type it.", retryable: true },
    ]);
    expect(log).toEqual(['stored "" with key', 'updated 1: "" (stt_failed)', "unlocked"]);
  });

  it("records that the rep talked over the customer", async () => {
    const { deps, answer } = fakes(transcriber(async () => "sorry go on"));
    const events = await collect(await takeSpokenTurn(deps, "s", { recording, text: null, interrupted: true }, answer));
    expect(events[0]?.type === "transcript" && events[0].delivery?.interrupted).toBe(true);
  });
});
