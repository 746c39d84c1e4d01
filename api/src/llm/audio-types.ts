/** An audio file to transcribe, as Parley's voice intake accepted it. */
export interface AudioFile {
  bytes: Uint8Array;
  filename: string;
  mime: string;
}

export interface TranscribeOptions {
  /** ISO-639-1, e.g. "en"; improves accuracy and latency when known. */
  language?: string;
  /** Words the recording is likely to contain (names, products), passed as the endpoint's prompt. */
  prompt?: string;
}

export interface TranscriptionResult {
  text: string;
  /** Per-word timings in seconds, when the endpoint gave them (verbose_json with word granularity). */
  words: { word: string; start: number; end: number }[] | null;
  durationSeconds: number | null;
}

export interface SpeechRequest {
  input: string;
  voice: string;
  /** 0.25 to 4; 1 is normal speed. */
  speed: number;
  format: "mp3" | "opus" | "aac" | "wav" | "pcm";
}

/** Synthesised speech, streamed as the endpoint produces it. */
export interface SpeechStream {
  contentType: string;
  body: ReadableStream<Uint8Array>;
}
