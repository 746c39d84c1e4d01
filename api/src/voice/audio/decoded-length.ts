import { availableParallelism } from "node:os";
import pLimit from "p-limit";
import { DomainError } from "../../errors";
import { hasTool, runTool, ToolError } from "../offline/tools";
import type { AudioLimits, Recording } from "./inspect-audio";

/** The rate the recording is decoded at to be measured: enough to count samples, cheap to make. */
const MEASURE_RATE = 8_000;
const BYTES_PER_SECOND = MEASURE_RATE * 2;
const decoders = pLimit(Math.max(1, availableParallelism()));

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * A recording's length measured from its decoded samples, not from what its container says (a
 * WebM's Duration, an MP4's header can be patched to lie). Decoding stops at the limit (`-t`), so
 * a recording of an hour costs no more than one of the limit; one that reaches it is refused
 * `audio_too_long` before it is stored or any recogniser hears it. WAV needs no decoder: intake
 * already counts its samples. Without ffmpeg the container's length stands (offline recognition
 * of these formats needs ffmpeg anyway).
 */
export async function measureDecodedLength(recording: Recording, limits: AudioLimits): Promise<Recording> {
  if (recording.format === "wav" || !hasTool("ffmpeg")) return recording;
  const limitMs = limits.maxSeconds * 1000;
  let decodedBytes = 0;
  try {
    await decoders(() =>
      runTool(
        "ffmpeg",
        [
          "-v",
          "error",
          "-nostdin",
          "-i",
          "pipe:0",
          "-t",
          String(limits.maxSeconds + 1),
          "-ac",
          "1",
          "-ar",
          String(MEASURE_RATE),
          "-f",
          "s16le",
          "pipe:1",
        ],
        { timeoutMs: 30_000, input: recording.bytes, onStdout: (chunk) => (decodedBytes += chunk.length) },
      ),
    );
  } catch (error) {
    if (error instanceof ToolError)
      throw new DomainError("audio_corrupt", `The recording cannot be decoded: ${error.message}.`);
    throw error;
  }
  const durationMs = (decodedBytes / BYTES_PER_SECOND) * 1000;
  if (durationMs > limitMs) {
    const declared = recording.durationMs === null ? "" : ` (its header says ${seconds(recording.durationMs)})`;
    throw new DomainError(
      "audio_too_long",
      `The recording decodes to more than ${limits.maxSeconds} s${declared}; a spoken turn is limited to ${limits.maxSeconds} s.`,
    );
  }
  return { ...recording, durationMs };
}
