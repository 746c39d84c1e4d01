import { DomainError } from "../../errors";
import { ACCEPTED_LABELS, AUDIO_FORMATS, type AudioFormat, describeNonAudio, sniffAudio } from "./formats";
import { probeMp3 } from "./mp3";
import { probeMp4 } from "./mp4";
import { probeOgg } from "./ogg";
import type { PcmDetails, ProbeResult } from "./probe-result";
import { probeWav } from "./wav";
import { probeWebm } from "./webm";

export interface AudioLimits {
  maxBytes: number;
  maxSeconds: number;
}

/** A recording that passed intake: its real format (from its content) and its length when known. */
export interface Recording {
  bytes: Uint8Array;
  format: AudioFormat;
  mime: string;
  /** null when the container does not say (a live WebM or fragmented MP4); the size limit still applies. */
  durationMs: number | null;
  pcm: PcmDetails | null;
}

/** Shorter than this is a click of the button, not a turn. */
export const MIN_AUDIO_MS = 200;

const PROBES: Record<AudioFormat, (bytes: Uint8Array) => ProbeResult> = {
  wav: probeWav,
  mp3: probeMp3,
  webm: probeWebm,
  mp4: probeMp4,
  ogg: probeOgg,
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Checks an uploaded recording by its content (the declared type and file name are not trusted):
 * not empty, not too big, a container Parley reads, structurally sound, and not too long.
 * Throws DomainError with a code a client can act on.
 */
export function inspectAudio(bytes: Uint8Array, limits: AudioLimits): Recording {
  if (bytes.length === 0) throw new DomainError("audio_empty", "The recording is empty: no audio arrived.");
  if (bytes.length > limits.maxBytes) {
    throw new DomainError(
      "audio_too_large",
      `The recording is ${bytes.length} bytes; recordings are limited to ${limits.maxBytes} bytes.`,
    );
  }
  const format = sniffAudio(bytes);
  if (!format) {
    throw new DomainError(
      "audio_unsupported_type",
      `The upload is ${describeNonAudio(bytes)}, not audio Parley can read. Send ${ACCEPTED_LABELS}.`,
    );
  }
  const probe = PROBES[format](bytes);
  const label = AUDIO_FORMATS[format].label;
  if (!probe.ok)
    throw new DomainError("audio_corrupt", `The recording looks like ${label} but cannot be read: ${probe.reason}.`);
  if (probe.durationMs !== null && probe.durationMs < MIN_AUDIO_MS) {
    throw new DomainError(
      "audio_empty",
      `The recording is ${seconds(probe.durationMs)} long: too short to hold a turn.`,
    );
  }
  if (probe.durationMs !== null && probe.durationMs > limits.maxSeconds * 1000) {
    throw new DomainError(
      "audio_too_long",
      `The recording is ${seconds(probe.durationMs)} long; a spoken turn is limited to ${limits.maxSeconds} s.`,
    );
  }
  return { bytes, format, mime: AUDIO_FORMATS[format].mime, durationMs: probe.durationMs, pcm: probe.details ?? null };
}
