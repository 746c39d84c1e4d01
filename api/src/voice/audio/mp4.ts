import { corrupt, type ProbeResult } from "./probe-result";

interface Box {
  type: string;
  start: number;
  end: number;
  body: number;
}

function* boxes(view: DataView, from: number, to: number): Generator<Box | { broken: string }> {
  let at = from;
  while (at + 8 <= to) {
    let size = view.getUint32(at);
    const type = String.fromCharCode(
      view.getUint8(at + 4),
      view.getUint8(at + 5),
      view.getUint8(at + 6),
      view.getUint8(at + 7),
    );
    let body = at + 8;
    if (size === 1) {
      if (at + 16 > to) return yield { broken: "a box header is cut short" };
      size = Number(view.getBigUint64(at + 8));
      body = at + 16;
    } else if (size === 0) {
      size = to - at;
    }
    if (size < body - at) return yield { broken: `the "${type}" box has an impossible size` };
    yield { type, start: at, end: Math.min(at + size, to), body };
    at += size;
  }
}

/** Reads the movie header (moov/mvhd) for the duration; fragmented recordings may leave it 0 (unknown). */
export function probeMp4(bytes: Uint8Array): ProbeResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let moov: Box | null = null;
  let first = true;
  for (const box of boxes(view, 0, bytes.length)) {
    if ("broken" in box) return corrupt(`its MP4 structure is broken (${box.broken})`);
    if (first && box.type !== "ftyp") return corrupt("it does not start with an MP4 file-type box");
    first = false;
    if (box.type === "moov") moov = box;
  }
  if (!moov) return corrupt("it has no MP4 movie header (the recording may be incomplete)");
  for (const box of boxes(view, moov.body, moov.end)) {
    if ("broken" in box) return corrupt(`its MP4 movie header is broken (${box.broken})`);
    if (box.type !== "mvhd") continue;
    const version = view.getUint8(box.body);
    const need = version === 1 ? 32 : 20;
    if (box.body + need > box.end) return corrupt("its MP4 movie header is cut short");
    const timescale = view.getUint32(box.body + (version === 1 ? 20 : 12));
    const duration = version === 1 ? Number(view.getBigUint64(box.body + 24)) : view.getUint32(box.body + 16);
    if (timescale === 0) return corrupt("its MP4 movie header has no time scale");
    const unknown = duration === 0 || duration === 0xffffffff || duration >= Number.MAX_SAFE_INTEGER;
    return { ok: true, durationMs: unknown ? null : (duration / timescale) * 1000 };
  }
  return corrupt("its MP4 movie header (mvhd) is missing");
}
