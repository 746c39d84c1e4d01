import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../testing/test-runtime";
import { inspectAudio, type Recording } from "../audio/inspect-audio";
import { clipMaker, missingTools, skipMessage } from "../testing/clips";
import { TranscriberError } from "../transcriber";
import { wordErrors } from "../wer";
import { createPocketsphinxTranscriber } from "./pocketsphinx-transcriber";

const cacheDir = mkdtempSync(path.join(tmpdir(), "parley-lm-"));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
const offline = (extra: { modelDir?: string; command?: string; concurrency?: number } = {}) =>
  createPocketsphinxTranscriber({ languageModel: "domain", libraryRoot: REPO_ROOT, cacheDir, ...extra });

async function failure(promise: Promise<unknown>): Promise<TranscriberError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TranscriberError) return error;
    throw error;
  }
  throw new Error("expected a TranscriberError");
}

const anyRecording: Recording = {
  bytes: new Uint8Array(8),
  format: "wav",
  mime: "audio/wav",
  durationMs: 1000,
  pcm: null,
};

describe("the offline transcriber when pocketsphinx is missing", () => {
  it("says so, with what to install, instead of crashing", async () => {
    const transcriber = offline({ command: "pocketsphinx_batch_not_installed" });
    expect(transcriber.unavailable()).toMatch(
      /needs Debian's pocketsphinx \(apt-get install pocketsphinx pocketsphinx-en-us\)/,
    );
    const error = await failure(transcriber.transcribe(anyRecording, { sessionId: null }));
    expect(error.code).toBe("stt_unavailable");
  });

  it("names a missing acoustic model", () => {
    // `sh` stands in for an installed decoder, so only the model is missing.
    expect(offline({ modelDir: "/nonexistent/en-us", command: "sh" }).unavailable() ?? "").toMatch(
      /en-us model in \/nonexistent\/en-us/,
    );
  });
});

const missing = missingTools("espeak", "sox", "pocketsphinx");
if (missing.length > 0) console.log(skipMessage("offline transcription", missing));

describe.skipIf(missing.length > 0)("offline transcription with pocketsphinx", () => {
  const clips = clipMaker();
  const limits = { maxBytes: 10_000_000, maxSeconds: 60 };
  const sentence = "I can send a technician out this week.";
  let wav = "";
  beforeAll(async () => {
    wav = await clips.speak("technician", sentence, { voice: "en-us+f5", wordsPerMinute: 150 });
  }, 30_000);
  afterAll(() => clips.remove());

  it("builds the domain language model from Parley's files, with no download", async () => {
    const lm = await offline().domainLm();
    expect(lm?.words).toBeGreaterThan(500);
    expect(lm?.lmFile.startsWith(cacheDir)).toBe(true);
  }, 30_000);

  it("transcribes a 16 kHz WAV with word timings in order", async () => {
    const result = await offline().transcribe(inspectAudio(clips.read(wav), limits), { sessionId: null });
    expect(wordErrors(sentence, result.text).wer).toBeLessThan(0.3);
    expect(result).toMatchObject({ engine: "offline", model: "pocketsphinx-en-us+domain-lm" });
    const words = result.words ?? [];
    expect(words.length).toBeGreaterThan(4);
    for (const [i, word] of words.entries()) {
      expect(word.end).toBeGreaterThanOrEqual(word.start);
      if (i > 0) expect(word.start).toBeGreaterThanOrEqual(words[i - 1]?.end ?? 0);
    }
  }, 30_000);

  it("converts a 44.1 kHz stereo WAV with sox first", async () => {
    const stereo = await clips.sox("stereo.wav", (out) => ["-D", wav, "-r", "44100", "-c", "2", out]);
    const result = await offline().transcribe(inspectAudio(clips.read(stereo), limits), { sessionId: null });
    expect(wordErrors(sentence, result.text).wer).toBeLessThan(0.3);
  }, 30_000);

  const noFfmpeg = missingTools("ffmpeg");
  if (noFfmpeg.length > 0) console.log(skipMessage("offline transcription of webm/mp3", noFfmpeg));

  it.skipIf(noFfmpeg.length > 0)(
    "decodes WebM/Opus (what Chrome records) with ffmpeg first",
    async () => {
      const webm = await clips.encode(wav, "webm");
      const result = await offline().transcribe(inspectAudio(clips.read(webm), limits), { sessionId: null });
      expect(wordErrors(sentence, result.text).wer).toBeLessThan(0.4);
    },
    30_000,
  );

  it("runs at most `concurrency` recognisers at once; the other recordings wait their turn", async () => {
    // A stand-in decoder that notes how many copies of itself are running, then writes no words.
    const dir = mkdtempSync(path.join(tmpdir(), "parley-decoder-"));
    const decoder = path.join(dir, "decoder.sh");
    writeFileSync(
      decoder,
      `#!/bin/sh
mkdir "${dir}/running.$$"
ls -d "${dir}"/running.* | wc -l >> "${dir}/counts"
sleep 0.3
while [ "$1" != "-hypseg" ]; do shift; done
: > "$2"
rmdir "${dir}/running.$$"
`,
      { mode: 0o755 },
    );
    try {
      const transcriber = offline({ command: decoder, concurrency: 2 });
      const recording = inspectAudio(clips.read(wav), limits);
      const results = await Promise.all(
        Array.from({ length: 5 }, () => transcriber.transcribe(recording, { sessionId: null })),
      );
      expect(results.map((result) => result.text)).toEqual(["", "", "", "", ""]);
      const counts = readFileSync(path.join(dir, "counts"), "utf8").trim().split(/\s+/).map(Number);
      expect(counts).toHaveLength(5);
      expect(Math.max(...counts)).toBeLessThanOrEqual(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it("takes turns between reps: one rep's pile of recordings does not hold up another rep's one", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "parley-decoder-"));
    const decoder = path.join(dir, "decoder.sh");
    writeFileSync(
      decoder,
      `#!/bin/sh
sleep 0.2
while [ "$1" != "-hypseg" ]; do shift; done
: > "$2"
`,
      { mode: 0o755 },
    );
    try {
      const transcriber = offline({ command: decoder, concurrency: 1 });
      const recording = inspectAudio(clips.read(wav), limits);
      const finished: string[] = [];
      const hear = (userId: string) =>
        transcriber.transcribe(recording, { sessionId: null, userId }).then(() => finished.push(userId));
      // Ana sends four at once, then Ben one: Ben's is heard right after Ana's first, not after all four.
      const anas = Array.from({ length: 4 }, () => hear("ana"));
      await Promise.all([...anas, hear("ben")]);
      expect(finished).toEqual(["ana", "ben", "ana", "ana", "ana"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it.skipIf(noFfmpeg.length > 0)(
    "reports audio that passed intake but cannot be decoded",
    async () => {
      const garbled: Recording = { ...anyRecording, format: "mp3", bytes: new Uint8Array(4000).fill(0x55) };
      expect((await failure(offline().transcribe(garbled, { sessionId: null }))).code).toBe("audio_unreadable");
    },
    30_000,
  );
});
