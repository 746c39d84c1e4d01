/** What reading a container's structure found: its length, or why it cannot be audio. */
export type ProbeResult = { ok: true; durationMs: number | null; details?: PcmDetails } | { ok: false; reason: string };

/** WAV only: the sample layout, so a recording already in the recogniser's format is not converted. */
export interface PcmDetails {
  codec: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  /** Where the samples are in the file. */
  dataOffset: number;
  dataLength: number;
}

export const corrupt = (reason: string): ProbeResult => ({ ok: false, reason });
