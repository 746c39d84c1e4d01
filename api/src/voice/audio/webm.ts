import { corrupt, type ProbeResult } from "./probe-result";

const ID = {
  ebml: 0x1a45dfa3,
  docType: 0x4282,
  segment: 0x18538067,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
  cluster: 0x1f43b675,
  timecode: 0xe7,
  simpleBlock: 0xa3,
  blockGroup: 0xa0,
  block: 0xa1,
} as const;
/** Level-1 elements: one of these ends a cluster written with an unknown size (live recordings). */
const TOP_LEVEL = new Set([
  ID.cluster,
  ID.info,
  0x1654ae6b,
  0x1c53bb6b,
  0x1254c367,
  0x114d9b74,
  0x1941a469,
  0x1043a770,
]);

interface Element {
  id: number;
  body: number;
  /** Where the element ends; null when its size is "unknown" (it runs until a sibling or parent starts). */
  end: number | null;
}

class Reader {
  constructor(private readonly bytes: Uint8Array) {}

  /** A variable-length integer: its value, and its length in bytes; null past the end. */
  private vint(at: number, keepMarker: boolean): { value: number; length: number; allOnes: boolean } | null {
    const first = this.bytes[at];
    if (first === undefined || first === 0) return null;
    const length = Math.clz32(first) - 23;
    if (at + length > this.bytes.length || length > 8) return null;
    let value = keepMarker ? first : first & (0xff >> length);
    let allOnes = value === 0xff >> length;
    for (let i = 1; i < length; i++) {
      const byte = this.bytes[at + i] ?? 0;
      value = value * 256 + byte;
      allOnes &&= byte === 0xff;
    }
    return { value, length, allOnes };
  }

  element(at: number, limit: number): Element | null {
    const id = this.vint(at, true);
    if (!id || id.length > 4) return null;
    const size = this.vint(at + id.length, false);
    if (!size) return null;
    const body = at + id.length + size.length;
    if (body > limit) return null;
    return { id: id.value, body, end: size.allOnes ? null : body + size.value };
  }

  uint(from: number, to: number): number {
    let value = 0;
    for (let i = from; i < to; i++) value = value * 256 + (this.bytes[i] ?? 0);
    return value;
  }

  float(from: number, to: number): number {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset + from, to - from);
    return to - from === 4 ? view.getFloat32(0) : to - from === 8 ? view.getFloat64(0) : 0;
  }

  text(from: number, to: number): string {
    return String.fromCharCode(...this.bytes.subarray(from, to)).replace(/\0+$/, "");
  }

  int16(at: number): number {
    const value = this.uint(at, at + 2);
    return value >= 0x8000 ? value - 0x10000 : value;
  }

  /** The block's timecode, relative to its cluster (after the track number). */
  blockTime(body: number): number | null {
    const track = this.vint(body, false);
    if (!track || body + track.length + 2 > this.bytes.length) return null;
    return this.int16(body + track.length);
  }
}

/**
 * Reads a WebM/Matroska recording: the EBML header's doc type, then the segment's duration, or
 * (MediaRecorder writes none) the latest block time found in the clusters.
 */
export function probeWebm(bytes: Uint8Array): ProbeResult {
  const reader = new Reader(bytes);
  const header = reader.element(0, bytes.length);
  if (!header || header.id !== ID.ebml || header.end === null || header.end > bytes.length)
    return corrupt("its WebM header is broken");
  let docType = "";
  for (let at = header.body; at < header.end;) {
    const child = reader.element(at, header.end);
    if (!child || child.end === null || child.end > header.end) return corrupt("its WebM header is broken");
    if (child.id === ID.docType) docType = reader.text(child.body, child.end);
    at = child.end;
  }
  if (docType !== "webm" && docType !== "matroska")
    return corrupt(`its EBML document type is "${docType || "missing"}", not WebM`);

  const segment = reader.element(header.end, bytes.length);
  if (!segment || segment.id !== ID.segment) return corrupt("it has no WebM segment");
  const segmentEnd = Math.min(segment.end ?? bytes.length, bytes.length);
  let scale = 1_000_000;
  let declared = 0;
  let latest = -1;
  let clusterTime = 0;
  let clusterEnd: number | null = null;
  let at = segment.body;
  while (at < segmentEnd) {
    const el = reader.element(at, segmentEnd);
    if (!el) break; // a recording cut off mid-element: keep what was read
    const end = el.end === null ? null : Math.min(el.end, segmentEnd);
    if (clusterEnd !== null && at >= clusterEnd) clusterEnd = null;
    if (TOP_LEVEL.has(el.id)) clusterEnd = null;
    if (el.id === ID.info && end !== null) {
      for (let i = el.body; i < end;) {
        const child = reader.element(i, end);
        if (!child || child.end === null) break;
        if (child.id === ID.timecodeScale) scale = reader.uint(child.body, Math.min(child.end, end)) || scale;
        if (child.id === ID.duration) declared = reader.float(child.body, Math.min(child.end, end));
        i = child.end;
      }
      at = end;
    } else if (el.id === ID.cluster) {
      clusterEnd = end ?? segmentEnd;
      at = el.body; // descend: its children follow
    } else if (el.id === ID.timecode && clusterEnd !== null && end !== null) {
      clusterTime = reader.uint(el.body, end);
      at = end;
    } else if (el.id === ID.blockGroup && end !== null) {
      at = el.body; // descend to the Block inside
    } else if ((el.id === ID.simpleBlock || el.id === ID.block) && clusterEnd !== null) {
      const relative = reader.blockTime(el.body);
      if (relative !== null) latest = Math.max(latest, clusterTime + relative);
      if (end === null) break;
      at = end;
    } else {
      if (end === null) break;
      at = end;
    }
  }
  const ticksToMs = scale / 1_000_000;
  if (declared > 0) return { ok: true, durationMs: declared * ticksToMs };
  if (latest < 0) return corrupt("it has no audio blocks");
  return { ok: true, durationMs: latest * ticksToMs };
}
