import { isMpegFrameHeader } from "./formats";
import { corrupt, type ProbeResult } from "./probe-result";

// Bitrates in kbit/s by [version is MPEG-1][layer 1..3][index].
const BITRATES: Record<"v1" | "v2", number[][]> = {
  v1: [
    [],
    [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
    [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  ],
  v2: [
    [],
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  ],
};
const SAMPLE_RATES = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] } as Record<
  number,
  number[]
>;

interface Frame {
  length: number;
  samples: number;
  sampleRate: number;
}

function readFrame(bytes: Uint8Array, at: number): Frame | null {
  if (!isMpegFrameHeader(bytes, at)) return null;
  const b1 = bytes[at + 1] ?? 0;
  const b2 = bytes[at + 2] ?? 0;
  const version = (b1 >> 3) & 3; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
  const layer = 4 - ((b1 >> 1) & 3); // 1, 2 or 3
  const bitrate = (BITRATES[version === 3 ? "v1" : "v2"][layer]?.[b2 >> 4] ?? 0) * 1000;
  const sampleRate = SAMPLE_RATES[version]?.[(b2 >> 2) & 3];
  const padding = (b2 >> 1) & 1;
  if (!sampleRate || bitrate === 0) return null; // "free" bitrate streams are not walked
  if (layer === 1) return { length: (Math.floor((12 * bitrate) / sampleRate) + padding) * 4, samples: 384, sampleRate };
  const perFrame = layer === 3 && version !== 3 ? 576 : 1152;
  return { length: Math.floor(((perFrame / 8) * bitrate) / sampleRate) + padding, samples: perFrame, sampleRate };
}

/** Walks the MPEG frames after any ID3v2 tag; the duration is the sum of the frames' samples. */
export function probeMp3(bytes: Uint8Array): ProbeResult {
  let at = 0;
  if (String.fromCharCode(...bytes.subarray(0, 3)) === "ID3" && bytes.length >= 10) {
    const size =
      (((bytes[6] ?? 0) & 0x7f) << 21) |
      (((bytes[7] ?? 0) & 0x7f) << 14) |
      (((bytes[8] ?? 0) & 0x7f) << 7) |
      ((bytes[9] ?? 0) & 0x7f);
    at = 10 + size + (((bytes[5] ?? 0) & 0x10) !== 0 ? 10 : 0);
  }
  let frames = 0;
  let seconds = 0;
  while (at < bytes.length) {
    const frame = readFrame(bytes, at);
    if (!frame) break;
    frames++;
    seconds += frame.samples / frame.sampleRate;
    at += frame.length;
  }
  const rest = bytes.length - at;
  const trailingTag = rest === 128 && String.fromCharCode(...bytes.subarray(at, at + 3)) === "TAG";
  if (frames < 2) return corrupt("it has no readable MP3 frames");
  // A cut-off last frame is normal for a recording; garbage after a few frames is not.
  if (rest > 0 && !trailingTag && frames < 10) return corrupt("its MP3 frames break off into unreadable data");
  return { ok: true, durationMs: seconds * 1000 };
}
