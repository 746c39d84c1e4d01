import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../errors";
import { ERROR_STATUS } from "../../routes/error-status";
import { clipMaker, missingTools, skipMessage } from "../testing/clips";
import { wavBytes } from "../testing/wav-bytes";
import { inspectAudio } from "./inspect-audio";

const LIMITS = { maxBytes: 2_000_000, maxSeconds: 60 };

function refusal(bytes: Uint8Array, limits = LIMITS): { status: number; code: string; message: string } {
  try {
    inspectAudio(bytes, limits);
  } catch (error) {
    if (error instanceof DomainError)
      return { status: ERROR_STATUS[error.code], code: error.code, message: error.message };
    throw error;
  }
  throw new Error("the audio was accepted");
}

describe("audio intake without external tools", () => {
  it("accepts a WAV and reads its exact length and layout", () => {
    const recording = inspectAudio(wavBytes({ seconds: 2.5, sampleRate: 22_050 }), LIMITS);
    expect(recording).toMatchObject({
      format: "wav",
      mime: "audio/wav",
      pcm: { sampleRate: 22_050, channels: 1, bitsPerSample: 16 },
    });
    expect(recording.durationMs).toBeCloseTo(2500, 0);
  });

  it.each([
    ["an empty upload", new Uint8Array(), 400, "audio_empty", /empty/],
    ["a header with no samples", wavBytes({ seconds: 0 }), 400, "audio_empty", /too short/],
    ["a click (0.1 s)", wavBytes({ seconds: 0.1 }), 400, "audio_empty", /0\.1 s long/],
    [
      "text",
      new TextEncoder().encode("hello, this is not audio at all, just words"),
      415,
      "audio_unsupported_type",
      /is text.*WebM\/Opus, WAV, MP3/,
    ],
    [
      "a PNG",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]),
      415,
      "audio_unsupported_type",
      /PNG image/,
    ],
    [
      "a WAV with a broken header",
      (() => {
        const b = wavBytes({ seconds: 1 });
        b.fill(0xee, 12, 44);
        return b;
      })(),
      400,
      "audio_corrupt",
      /looks like WAV but cannot be read/,
    ],
    [
      "a WAV that claims 0 Hz",
      (() => {
        const b = wavBytes({ seconds: 1 });
        new DataView(b.buffer).setUint32(24, 0, true);
        return b;
      })(),
      400,
      "audio_corrupt",
      /0 Hz/,
    ],
    [
      "WebM magic followed by noise",
      new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, ...Array.from({ length: 64 }, (_, i) => (i * 37) & 0xff)]),
      400,
      "audio_corrupt",
      /WebM/,
    ],
    [
      "an MP4 box chain that breaks",
      new Uint8Array([
        0,
        0,
        0,
        16,
        ...new TextEncoder().encode("ftypM4A "),
        0,
        0,
        0,
        0,
        0xff,
        0xff,
        0xff,
        0xff,
        1,
        2,
        3,
        4,
      ]),
      400,
      "audio_corrupt",
      /MP4/,
    ],
    [
      "an MP3 sync word with nothing after it",
      new Uint8Array([0xff, 0xfb, 0x90, 0x64, ...new Array(40).fill(7)]),
      400,
      "audio_corrupt",
      /MP3 frames/,
    ],
    [
      "an Ogg page of another codec",
      new Uint8Array([
        ...new TextEncoder().encode("OggS"),
        0,
        2,
        ...new Array(21).fill(0),
        1,
        8,
        ...new TextEncoder().encode("Speex   "),
      ]),
      400,
      "audio_corrupt",
      /neither Opus nor Vorbis/,
    ],
  ])("refuses %s", (_, bytes, status, code, message) => {
    const error = refusal(bytes);
    expect(error).toMatchObject({ status, code });
    expect(error.message).toMatch(message);
  });

  it("refuses a recording over the size limit before reading it", () => {
    expect(refusal(wavBytes({ seconds: 1 }), { maxBytes: 1000, maxSeconds: 60 })).toMatchObject({
      status: 413,
      code: "audio_too_large",
    });
  });

  it("refuses a recording over the length limit, naming both lengths", () => {
    const error = refusal(wavBytes({ seconds: 61, sampleRate: 8000, bitsPerSample: 8 }));
    expect(error).toMatchObject({ status: 413, code: "audio_too_long" });
    expect(error.message).toBe("The recording is 61.0 s long; a spoken turn is limited to 60 s.");
  });

  it("takes a streaming recorder's WAV (data size 0xFFFFFFFF) to run to the end of the file", () => {
    const bytes = wavBytes({ seconds: 1 });
    new DataView(bytes.buffer).setUint32(40, 0xffffffff, true);
    expect(inspectAudio(bytes, LIMITS).durationMs).toBeCloseTo(1000, 0);
  });
});

const missing = missingTools("espeak", "sox", "ffmpeg");
if (missing.length > 0) console.log(skipMessage("audio intake of encoded clips", missing));

describe.skipIf(missing.length > 0)("audio intake of clips encoded by ffmpeg", () => {
  const clips = clipMaker();
  let wav = "";
  beforeAll(async () => {
    wav = await clips.speak("intake", "Thanks for calling, how can I help you today?");
  }, 30_000);
  afterAll(() => clips.remove());

  it.each([
    ["webm", "webm", "audio/webm"],
    ["mp3", "mp3", "audio/mpeg"],
    ["m4a", "mp4", "audio/mp4"],
    ["ogg", "ogg", "audio/ogg"],
  ] as const)("reads %s by its content, with its length", async (encoding, format, mime) => {
    const expected = inspectAudio(clips.read(wav), LIMITS).durationMs ?? 0;
    const recording = inspectAudio(clips.read(await clips.encode(wav, encoding)), LIMITS);
    expect(recording).toMatchObject({ format, mime });
    expect(Math.abs((recording.durationMs ?? 0) - expected)).toBeLessThan(150);
  });

  it("accepts a fragmented MP4 (as Safari records) whose header gives no length", async () => {
    const recording = inspectAudio(clips.read(await clips.encode(wav, "fmp4")), LIMITS);
    expect(recording).toMatchObject({ format: "mp4", durationMs: null });
  });

  it("refuses a truncated M4A whose movie header never arrived", async () => {
    const bytes = clips.read(await clips.encode(wav, "m4a"));
    const cut = bytes.subarray(0, Math.min(bytes.length, 40));
    expect(refusal(cut)).toMatchObject({ status: 400, code: "audio_corrupt" });
  });
});
