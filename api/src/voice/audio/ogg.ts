import { corrupt, type ProbeResult } from "./probe-result";

/**
 * Walks the Ogg pages. The last page's granule position counts samples: at 48 kHz after the
 * pre-skip for Opus, at the stream's own rate for Vorbis.
 */
export function probeOgg(bytes: Uint8Array): ProbeResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  let pages = 0;
  let rate = 0;
  let preSkip = 0;
  let granule = 0n;
  while (at + 27 <= bytes.length) {
    if (String.fromCharCode(...bytes.subarray(at, at + 4)) !== "OggS") {
      if (pages < 2) return corrupt("its Ogg pages are broken");
      break;
    }
    const segments = view.getUint8(at + 26);
    if (at + 27 + segments > bytes.length) break;
    let size = 0;
    for (let i = 0; i < segments; i++) size += view.getUint8(at + 27 + i);
    const body = at + 27 + segments;
    if (pages === 0) {
      const head = String.fromCharCode(...bytes.subarray(body, body + 8));
      if (head === "OpusHead" && body + 12 <= bytes.length) {
        rate = 48_000;
        preSkip = view.getUint16(body + 10, true);
      } else if (head.startsWith("\x01vorbis") && body + 16 <= bytes.length) {
        rate = view.getUint32(body + 12, true);
      } else {
        return corrupt("its Ogg stream is neither Opus nor Vorbis");
      }
    }
    const position = view.getBigInt64(at + 6, true);
    if (position > 0n) granule = position;
    pages++;
    at = body + size;
  }
  if (pages === 0 || rate === 0) return corrupt("it has no readable Ogg pages");
  return { ok: true, durationMs: (Math.max(0, Number(granule) - preSkip) / rate) * 1000 };
}
