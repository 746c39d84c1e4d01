/** The audio containers Parley accepts for a spoken turn, recognised by their content, not their name. */
export type AudioFormat = "wav" | "mp3" | "webm" | "mp4" | "ogg";

export interface AudioFormatInfo {
  mime: string;
  ext: string;
  /** How the format is named in messages to people. */
  label: string;
}

export const AUDIO_FORMATS: Record<AudioFormat, AudioFormatInfo> = {
  webm: { mime: "audio/webm", ext: "webm", label: "WebM/Opus" },
  wav: { mime: "audio/wav", ext: "wav", label: "WAV" },
  mp3: { mime: "audio/mpeg", ext: "mp3", label: "MP3" },
  mp4: { mime: "audio/mp4", ext: "m4a", label: "M4A/MP4" },
  ogg: { mime: "audio/ogg", ext: "ogg", label: "Ogg/Opus" },
};

export const ACCEPTED_LABELS = Object.values(AUDIO_FORMATS)
  .map((format) => format.label)
  .join(", ");

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));

/** MPEG audio frame sync with a valid layer (layer bits 00 would be AAC in ADTS, which is not MP3). */
export function isMpegFrameHeader(bytes: Uint8Array, at: number): boolean {
  const b0 = bytes[at];
  const b1 = bytes[at + 1];
  const b2 = bytes[at + 2];
  if (b0 === undefined || b1 === undefined || b2 === undefined) return false;
  return (
    b0 === 0xff &&
    (b1 & 0xe0) === 0xe0 &&
    ((b1 >> 3) & 3) !== 1 &&
    ((b1 >> 1) & 3) !== 0 &&
    b2 >> 4 !== 15 &&
    ((b2 >> 2) & 3) !== 3
  );
}

/** The container the bytes are in, from their magic numbers; null for anything else. */
export function sniffAudio(bytes: Uint8Array): AudioFormat | null {
  if (bytes.length < 12) return null;
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WAVE") return "wav";
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return "webm";
  if (ascii(bytes, 4, 4) === "ftyp") return "mp4";
  if (ascii(bytes, 0, 4) === "OggS") return "ogg";
  if (ascii(bytes, 0, 3) === "ID3" || isMpegFrameHeader(bytes, 0)) return "mp3";
  return null;
}

/** A guess at what a refused upload is, to make the error message useful. */
export function describeNonAudio(bytes: Uint8Array): string {
  const head = ascii(bytes, 0, 8);
  if (head.startsWith("%PDF")) return "a PDF document";
  if (head.startsWith("\x89PNG")) return "a PNG image";
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return "a JPEG image";
  if (head.startsWith("fLaC")) return "FLAC audio, which is not accepted";
  if (head.startsWith("PK")) return "a zip archive";
  const sample = bytes.subarray(0, 512);
  const printable = sample.filter((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127)).length;
  if (sample.length > 0 && printable / sample.length > 0.95) return "text";
  return "not a recognised audio format";
}
