import { corrupt, type ProbeResult } from "./probe-result";

const PCM = 1;
const FLOAT = 3;
const ALAW = 6;
const MULAW = 7;
const EXTENSIBLE = 0xfffe;
const CODECS = new Set([PCM, FLOAT, ALAW, MULAW, EXTENSIBLE]);

/** Bytes of samples per second of sound, from the sample layout (bits rounded up to whole bytes). */
const bytesPerSecond = (format: { channels: number; sampleRate: number; bitsPerSample: number }) =>
  format.sampleRate * format.channels * Math.ceil(format.bitsPerSample / 8);

/**
 * Reads a RIFF/WAVE header: the fmt chunk must describe a sane layout and a data chunk must follow.
 * A data size of 0 or 0xFFFFFFFF (written by streaming recorders) means "to the end of the file".
 */
export function probeWav(bytes: Uint8Array): ProbeResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let format: { codec: number; channels: number; sampleRate: number; byteRate: number; bitsPerSample: number } | null =
    null;
  let at = 12;
  while (at + 8 <= bytes.length) {
    const id = String.fromCharCode(...bytes.subarray(at, at + 4));
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === "fmt ") {
      if (size < 16 || body + 16 > bytes.length) return corrupt("its WAV format header is cut short");
      format = {
        codec: view.getUint16(body, true),
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        byteRate: view.getUint32(body + 8, true),
        bitsPerSample: view.getUint16(body + 14, true),
      };
      if (!CODECS.has(format.codec)) return corrupt(`its WAV codec (${format.codec}) is not PCM`);
      if (format.channels < 1 || format.channels > 8) return corrupt(`its WAV header says ${format.channels} channels`);
      if (format.sampleRate < 4000 || format.sampleRate > 384_000)
        return corrupt(`its WAV header says ${format.sampleRate} Hz`);
      if (format.byteRate === 0 || format.bitsPerSample === 0) return corrupt("its WAV header gives no byte rate");
    } else if (id === "data") {
      if (!format) return corrupt("its WAV data comes before the format header");
      const available = bytes.length - body;
      const dataBytes = size === 0 || size === 0xffffffff || size > available ? available : size;
      return {
        ok: true,
        // From the samples themselves: the byte-rate field is only a claim (a lying one made a
        // 300 s recording pass as 5 s, issue 15).
        durationMs: (dataBytes / bytesPerSecond(format)) * 1000,
        details: {
          codec: format.codec,
          channels: format.channels,
          sampleRate: format.sampleRate,
          bitsPerSample: format.bitsPerSample,
          dataOffset: body,
          dataLength: dataBytes,
        },
      };
    }
    if (size > bytes.length - body) break;
    at = body + size + (size % 2);
  }
  return corrupt(format ? "it has no WAV data chunk" : "it has no WAV format header");
}
