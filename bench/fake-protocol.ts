/** Messages between the bench (parent) and the fake model (child process, bench/fake-model.ts). */

export interface FakeModelConfig {
  /** Time before any answer starts: headers of a stream, or the whole JSON answer. */
  latencyMs: number;
  /** Pause before each streamed piece (a word with its space) and before the closing chunk. */
  chunkDelayMs: number;
  /** Words in each persona reply. */
  replyWords: number;
  /** What the move classifier answers for every rep turn. */
  moves: string[];
  /** Keep the messages of every request (for prompt analysis); off under load. */
  recordMessages: boolean;
  /** Voice calls (the voice phase): time to the `/audio/transcriptions` answer (default: latencyMs). */
  sttLatencyMs?: number;
  /** `/audio/speech`: time to the first byte of the audio, and the pause between its chunks (default: latencyMs, chunkDelayMs). */
  ttsFirstByteMs?: number;
  ttsChunkMs?: number;
}

/**
 * moves: the persona engine reading the rep's moves; judge.turn / judge.call: the grader; persona: the streamed reply;
 * stt / tts: voice mode's `/audio/transcriptions` and `/audio/speech`.
 */
export type CallKind = "moves" | "judge.turn" | "judge.call" | "persona" | "stt" | "tts" | "other";

export interface RecordedMessage {
  role: string;
  content: string;
}

export interface RecordedCall {
  kind: CallKind;
  /** The fake server's own estimate, ceil(chars / 4) per message: what it reports as usage. */
  estimatedPromptTokens: number;
  messages?: RecordedMessage[];
}

export interface FakeModelStats {
  calls: RecordedCall[];
  /** The fake process's event-loop delay p99 since the last reset, ms: if high, it is the bottleneck. */
  loopDelayP99Ms: number;
  /** CPU time of the fake process since the last reset, ms. */
  cpuMs: number;
}

export type ParentMessage =
  | { id: number; type: "configure"; config: FakeModelConfig }
  | { id: number; type: "stats"; reset: boolean }
  | { id: number; type: "close" };

export type ChildMessage =
  { type: "ready"; url: string } | { id: number; type: "ok" } | { id: number; type: "stats"; stats: FakeModelStats };

/** Number of pieces a reply of `words` words is streamed in (one per word). */
export const replyPieces = (words: number) => Math.max(1, words);

/** The fake model's own time for one streamed reply: latency, then one pause per piece and one before the close. */
export const streamModelMs = (config: FakeModelConfig) =>
  config.latencyMs + (replyPieces(config.replyWords) + 1) * config.chunkDelayMs;

/** The fake model's own time to the first streamed word. */
export const streamFirstTokenMs = (config: FakeModelConfig) => config.latencyMs + config.chunkDelayMs;
