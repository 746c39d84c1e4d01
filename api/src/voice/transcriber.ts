import type { Recording } from "./audio/inspect-audio";

/** One recognised word and when it was said, in seconds from the start of the recording. */
export interface WordTiming {
  word: string;
  start: number;
  end: number;
}

export interface Transcription {
  text: string;
  /** null when the engine gives no word timings (then delivery metrics use the recording's length). */
  words: WordTiming[] | null;
  /** The recording's length as the engine measured it, when it says. */
  durationMs: number | null;
  engine: "offline" | "model";
  model: string;
  latencyMs: number;
}

export type TranscriberErrorCode = "stt_unavailable" | "stt_failed" | "audio_unreadable";

/** Why a recording could not be transcribed; the recording itself is kept. */
export class TranscriberError extends Error {
  constructor(
    readonly code: TranscriberErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
  }
}

/** Speech to text: the model endpoint's `/audio/transcriptions`, or pocketsphinx offline. */
export interface Transcriber {
  engine: "offline" | "model";
  model: string;
  /** null when it can run; otherwise what is missing, in words a person can act on. */
  unavailable(): string | null;
  /** Throws TranscriberError. */
  transcribe(recording: Recording, context: TranscribeContext): Promise<Transcription>;
}

/** Whose recording it is: the call (for usage records) and the rep (whose turn it is in a queue). */
export interface TranscribeContext {
  sessionId: string | null;
  /** The signed-in user; recognisers that queue take turns between users. */
  userId?: string | null;
  /** The call's scenario: the offline recogniser listens for its words (its persona's and rubric's). */
  scenario?: CallScenario | null;
}

export interface CallScenario {
  personaId: string;
  rubricId: string;
  /** The persona's language (BCP-47): the model transcriber sends it; the offline recogniser hears English only. */
  language?: string;
}
