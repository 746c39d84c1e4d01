import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Recording } from "../audio/inspect-audio";
import { TranscriberError } from "../transcriber";
import { hasTool, runTool, ToolError } from "./tools";

const TIMEOUT_MS = 60_000;

export interface RecogniserInput {
  dir: string;
  /** The file's name in `dir`, without its `.raw` extension (pocketsphinx_batch's control-file form). */
  id: string;
  /** Seconds of audio in the file. */
  seconds: number;
  cleanup: () => Promise<void>;
}

const isRecogniserFormat = (recording: Recording) =>
  recording.pcm !== null &&
  recording.pcm.codec === 1 &&
  recording.pcm.channels === 1 &&
  recording.pcm.sampleRate === 16_000 &&
  recording.pcm.bitsPerSample === 16;

/**
 * Writes the recording as headerless 16 kHz mono 16-bit little-endian samples, the input
 * pocketsphinx_batch reads, in a fresh temporary directory: the WAV's own samples when they are
 * already in that form, through sox for other WAVs, through ffmpeg for everything else.
 */
export async function toRecogniserPcm(recording: Recording): Promise<RecogniserInput> {
  const dir = await mkdtemp(path.join(tmpdir(), "parley-stt-"));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  const id = "speech";
  const output = path.join(dir, `${id}.raw`);
  try {
    if (recording.pcm && isRecogniserFormat(recording)) {
      const { dataOffset, dataLength } = recording.pcm;
      await writeFile(output, recording.bytes.subarray(dataOffset, dataOffset + dataLength));
      return { dir, id, seconds: dataLength / 32_000, cleanup };
    }
    const input = path.join(dir, `input.${recording.format}`);
    await writeFile(input, recording.bytes);
    const rawArgs = ["-r", "16000", "-c", "1", "-b", "16", "-e", "signed-integer", "-L", "-t", "raw", output];
    if (recording.format === "wav" && hasTool("sox")) {
      await runTool("sox", ["-D", input, ...rawArgs], { timeoutMs: TIMEOUT_MS });
    } else if (hasTool("ffmpeg")) {
      const ffmpegArgs = [
        "-v",
        "error",
        "-nostdin",
        "-y",
        "-i",
        input,
        "-ar",
        "16000",
        "-ac",
        "1",
        "-f",
        "s16le",
        output,
      ];
      await runTool("ffmpeg", ffmpegArgs, { timeoutMs: TIMEOUT_MS });
    } else {
      throw new TranscriberError(
        "stt_unavailable",
        recording.format === "wav"
          ? "Offline speech recognition needs sox or ffmpeg to convert this WAV (apt-get install sox)."
          : `Offline speech recognition needs ffmpeg to read ${recording.format} audio (apt-get install ffmpeg), or send WAV.`,
      );
    }
    const { size } = await stat(output);
    return { dir, id, seconds: size / 32_000, cleanup };
  } catch (error) {
    await cleanup();
    if (error instanceof ToolError) {
      throw new TranscriberError("audio_unreadable", `The recording could not be decoded (${error.message}).`, {
        cause: error,
      });
    }
    throw error;
  }
}
