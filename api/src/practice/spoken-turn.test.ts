import { describe, expect, it } from "vitest";
import type { StoredTurn } from "../db/turn-store";
import { DomainError } from "../errors";
import { inspectAudio } from "../voice/audio/inspect-audio";
import { browserSpeaker } from "../voice/speaker";
import { checkCanTranscribe, type SpokenTurnRequest } from "../voice/spoken-turn";
import { wavBytes } from "../voice/testing/wav-bytes";
import { type Transcriber, TranscriberError } from "../voice/transcriber";
import type { VoiceService } from "../voice/voice-service";
import { hearStoredTurn, type SpokenTurnDeps, storeSpokenTurn } from "./spoken-turn";
import type { TurnEvent } from "./turn-events";

const recording = inspectAudio(wavBytes({ seconds: 2 }), { maxBytes: 1e6, maxSeconds: 60 });

/** In-memory stand-ins for the turn store and the recording store, recording what happened. */
function fakes(transcriber: Transcriber) {
  const turns: StoredTurn[] = [];
  const log: string[] = [];
  const voice: VoiceService = {
    limits: { maxBytes: 1e6, maxSeconds: 60 },
    audio: { save: async () => "key", read: async () => null },
    transcriber,
    speaker: browserSpeaker,
  };
  const turnStore: SpokenTurnDeps["turns"] = {
    appendTurn: async (_, turn) => {
      log.push(`stored "${turn.text}" with ${turn.audioPath}`);
      const stored = { ...turn, index: turns.length + 1 };
      turns.push(stored);
      return stored;
    },
    updateSpokenTurn: async (_, index, change) => {
      log.push(`updated ${index}: "${change.text}"${change.voice.error ? ` (${change.voice.error.code})` : ""}`);
      const turn = { ...(turns[index - 1] as StoredTurn), ...change };
      turns[index - 1] = turn;
      return turn;
    },
  };
  const answer = async function* (turn: StoredTurn): AsyncIterable<TurnEvent> {
    log.push(`answering "${turn.text}"`);
    yield { type: "rep", turn: { index: turn.index, role: "rep", text: turn.text, at: 0, engine: null, model: null } };
  };
  return { deps: { voice, turns: turnStore }, log, answer };
}

const transcriber = (result: () => Promise<string>, unavailable: string | null = null): Transcriber => ({
  engine: "offline",
  model: "test",
  unavailable: () => unavailable,
  transcribe: async () => ({
    text: await result(),
    words: null,
    durationMs: 2000,
    engine: "offline",
    model: "test",
    latencyMs: 5,
  }),
});

/** The spoken half of the turn pipeline (turn-pipeline.ts adds the lock around it): store, hear, answer. */
async function* takeSpokenTurn(
  deps: SpokenTurnDeps,
  id: string,
  request: SpokenTurnRequest,
  answer: (turn: StoredTurn) => AsyncIterable<TurnEvent>,
) {
  const spoken = await storeSpokenTurn(deps, id, request);
  const turn = yield* hearStoredTurn(deps, id, spoken, request);
  if (turn) yield* answer(turn);
}

async function collect(events: AsyncIterable<TurnEvent>) {
  const all: TurnEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

describe("a spoken turn", () => {
  it("stores the recording before transcribing, then answers with the transcribed words", async () => {
    const { deps, log, answer } = fakes(transcriber(async () => "I can help"));
    const events = await collect(takeSpokenTurn(deps, "s", { recording, text: null, interrupted: false }, answer));
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

  it("keeps the recording when transcription fails, says why, and answers nothing", async () => {
    const { deps, log, answer } = fakes(
      transcriber(() => Promise.reject(new TranscriberError("stt_failed", "The recogniser crashed."))),
    );
    const events = await collect(takeSpokenTurn(deps, "s", { recording, text: null, interrupted: false }, answer));
    expect(events).toEqual([
      {
        type: "error",
        code: "stt_failed",
        message: "The recogniser crashed. Your recording is saved (turn 1); say it again or type it.",
        retryable: true,
      },
    ]);
    expect(log).toEqual(['stored "" with key', 'updated 1: "" (stt_failed)']);
  });

  it("records that the rep talked over the customer", async () => {
    const { deps, answer } = fakes(transcriber(async () => "sorry go on"));
    const events = await collect(takeSpokenTurn(deps, "s", { recording, text: null, interrupted: true }, answer));
    expect(events[0]?.type === "transcript" && events[0].delivery?.interrupted).toBe(true);
  });
});
