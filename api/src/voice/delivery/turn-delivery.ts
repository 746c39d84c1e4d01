import { speechWords } from "../lm/speech-words";
import type { WordTiming } from "../transcriber";
import type { TurnDelivery } from "../../conversation/delivery-schema";
import { findFillers } from "./fillers";

/** A silence this long between two words is a long pause (conversation research puts the "awkward" point near one second). */
export const LONG_PAUSE_SECONDS = 1;
/** Shorter turns (in speaking time or words) have no meaningful pace. */
const MIN_PACE_SECONDS = 1.5;
const MIN_PACE_WORDS = 3;

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

export interface TurnSpeech {
  /** What the rep said, as recognised (fillers are counted here, before any correction). */
  text: string;
  words: WordTiming[] | null;
  recordingMs: number | null;
  interrupted: boolean;
}

/** Pace, fillers and pauses of one spoken rep turn: from word timings when there are any, else the recording's length. */
export function turnDelivery(speech: TurnSpeech): TurnDelivery {
  const timed = speech.words !== null && speech.words.length > 0 ? speech.words : null;
  const text = timed ? timed.map((w) => w.word).join(" ") : speech.text;
  const words = timed ? timed.length : speechWords(text).length;
  const first = timed?.[0];
  const last = timed?.at(-1);
  const speakingSeconds = first && last ? Math.max(0, last.end - first.start) : (speech.recordingMs ?? 0) / 1000;
  const fillers = findFillers(text);
  const byFiller = new Map<string, number>();
  for (const filler of fillers) byFiller.set(filler, (byFiller.get(filler) ?? 0) + 1);
  const longPauses: TurnDelivery["longPauses"] = [];
  timed?.forEach((word, i) => {
    const previous = timed[i - 1];
    const gap = previous ? word.start - previous.end : 0;
    if (gap >= LONG_PAUSE_SECONDS) longPauses.push({ afterWord: i - 1, seconds: round(gap, 2) });
  });
  const measurable = speakingSeconds >= MIN_PACE_SECONDS && words >= MIN_PACE_WORDS;
  return {
    timing: timed ? "words" : "recording",
    words,
    speakingSeconds: round(speakingSeconds, 2),
    wordsPerMinute: measurable ? Math.round((words / speakingSeconds) * 60) : null,
    fillers: [...byFiller].map(([filler, count]) => ({ filler, count })),
    fillerCount: fillers.length,
    fillersPer100Words: words === 0 ? 0 : round((fillers.length / words) * 100, 1),
    longPauses,
    interrupted: speech.interrupted,
  };
}
