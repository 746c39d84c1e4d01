import { inspectAudio } from "../audio/inspect-audio";
import { createPocketsphinxTranscriber } from "../offline/pocketsphinx-transcriber";
import type { ClipMaker } from "../testing/clips";
import { pooledWer, type WordErrors, wordErrors } from "../wer";

export interface WerRow {
  languageModel: "domain" | "generic";
  set: string;
  clips: number;
  wer: number;
  /** Mean wall-clock time per clip: conversion, model load and decoding. */
  meanMs: number;
  /** Processing time over audio time (below 1: faster than real time). */
  realTimeFactor: number;
  samples: { reference: string; heard: string; wer: number }[];
}

export interface WerMeasurement {
  clips: ClipMaker;
  libraryRoot: string;
  cacheDir: string;
  sets: Record<string, string[]>;
  languageModels: ("domain" | "generic")[];
  voice: string;
  wordsPerMinute: number;
}

/**
 * Speaks each sentence with espeak-ng, transcribes it offline with each language model, and
 * scores the result: pooled word error rate and speed per language model and sentence set.
 */
export async function measureOfflineWer(m: WerMeasurement): Promise<WerRow[]> {
  const rows: WerRow[] = [];
  const recordings = new Map<string, ReturnType<typeof inspectAudio>>();
  let n = 0;
  for (const sentences of Object.values(m.sets)) {
    for (const sentence of sentences) {
      if (recordings.has(sentence)) continue;
      const file = await m.clips.speak(`wer-${n++}`, sentence, { voice: m.voice, wordsPerMinute: m.wordsPerMinute });
      recordings.set(sentence, inspectAudio(m.clips.read(file), { maxBytes: 50_000_000, maxSeconds: 600 }));
    }
  }
  for (const languageModel of m.languageModels) {
    const transcriber = createPocketsphinxTranscriber({
      languageModel,
      libraryRoot: m.libraryRoot,
      cacheDir: m.cacheDir,
    });
    await transcriber.domainLm(); // built once, outside the timings
    for (const [set, sentences] of Object.entries(m.sets)) {
      const errors: WordErrors[] = [];
      const samples: WerRow["samples"] = [];
      let ms = 0;
      let audioMs = 0;
      for (const sentence of sentences) {
        const recording = recordings.get(sentence);
        if (!recording) continue;
        const result = await transcriber.transcribe(recording, { sessionId: null });
        const scored = wordErrors(sentence, result.text);
        errors.push(scored);
        samples.push({ reference: sentence, heard: result.text, wer: scored.wer });
        ms += result.latencyMs;
        audioMs += recording.durationMs ?? 0;
      }
      rows.push({
        languageModel,
        set,
        clips: errors.length,
        wer: pooledWer(errors),
        meanMs: Math.round(ms / Math.max(1, errors.length)),
        realTimeFactor: audioMs === 0 ? 0 : ms / audioMs,
        samples,
      });
    }
  }
  return rows;
}

export function formatWerTable(rows: WerRow[], voice: string): string {
  const lines = [
    `offline speech-to-text: pocketsphinx en-us acoustic model, espeak-ng voice ${voice}`,
    "| language model | sentences | clips | WER | mean time per clip | real-time factor |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${r.languageModel} | ${r.set} | ${r.clips} | ${(r.wer * 100).toFixed(1)}% | ${r.meanMs} ms | ${r.realTimeFactor.toFixed(2)} |`,
    ),
  ];
  return lines.join("\n");
}
