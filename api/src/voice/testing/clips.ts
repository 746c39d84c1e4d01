import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { hasTool, runTool, type Tool, TOOLS } from "../offline/tools";

/**
 * Test clips spoken by espeak-ng and converted by sox (`-D`: no dither, so a clip is the same
 * every run), made at test time in a temporary directory.
 */
export function missingTools(...tools: Tool[]): string[] {
  return tools.filter((tool) => !hasTool(tool)).map((tool) => TOOLS[tool]);
}

/** Printed (never silent) when a voice test cannot run here. */
export function skipMessage(what: string, missing: string[]): string {
  return `voice tests: SKIPPED ${what}: ${missing.join(", ")} not installed (apt-get install -y espeak-ng sox pocketsphinx pocketsphinx-en-us ffmpeg)`;
}

export interface ClipMaker {
  dir: string;
  /** Speaks `text` into a 16 kHz mono 16-bit WAV; returns its path. */
  speak(name: string, text: string, options?: { wordsPerMinute?: number; voice?: string }): Promise<string>;
  /** Re-encodes a clip with ffmpeg (webm/opus, mp3, m4a, ogg/opus). */
  encode(wav: string, format: "webm" | "mp3" | "m4a" | "ogg" | "fmp4"): Promise<string>;
  /** Runs sox with these arguments, writing `name` in the clip directory; returns its path. */
  sox(name: string, args: (out: string) => string[]): Promise<string>;
  read(file: string): Uint8Array;
  remove(): void;
}

const ENCODERS: Record<"webm" | "mp3" | "m4a" | "ogg" | "fmp4", { ext: string; args: string[] }> = {
  webm: { ext: "webm", args: ["-c:a", "libopus", "-b:a", "32k", "-f", "webm"] },
  mp3: { ext: "mp3", args: ["-c:a", "libmp3lame", "-b:a", "64k", "-f", "mp3"] },
  m4a: { ext: "m4a", args: ["-c:a", "aac", "-b:a", "64k", "-f", "ipod"] },
  ogg: { ext: "ogg", args: ["-c:a", "libopus", "-b:a", "32k", "-f", "ogg"] },
  fmp4: { ext: "mp4", args: ["-c:a", "aac", "-b:a", "64k", "-movflags", "frag_keyframe+empty_moov", "-f", "mp4"] },
};

export function clipMaker(): ClipMaker {
  const dir = mkdtempSync(path.join(tmpdir(), "parley-clips-"));
  const timeoutMs = 30_000;
  return {
    dir,
    async speak(name, text, options = {}) {
      const raw = path.join(dir, `${name}.espeak.wav`);
      const out = path.join(dir, `${name}.wav`);
      const args = ["-w", raw, "-s", String(options.wordsPerMinute ?? 160)];
      if (options.voice) args.push("-v", options.voice);
      await runTool("espeak-ng", [...args, text], { timeoutMs });
      await runTool("sox", ["-D", raw, "-r", "16000", "-c", "1", "-b", "16", out, "pad", "0.3", "0.3"], { timeoutMs });
      return out;
    },
    async encode(wav, format) {
      const encoder = ENCODERS[format];
      const out = path.join(dir, `${path.basename(wav, ".wav")}.${format}.${encoder.ext}`);
      await runTool("ffmpeg", ["-v", "error", "-y", "-i", wav, "-map_metadata", "-1", ...encoder.args, out], {
        timeoutMs,
      });
      return out;
    },
    async sox(name, args) {
      const out = path.join(dir, name);
      await runTool("sox", args(out), { timeoutMs });
      return out;
    },
    read: (file) => new Uint8Array(readFileSync(file)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
