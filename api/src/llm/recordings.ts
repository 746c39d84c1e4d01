import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { CallContext, ChatMessage } from "./gateway";

const usage = z.object({ promptTokens: z.number(), completionTokens: z.number() });
const info = { purpose: z.string(), model: z.string(), request: z.string(), usage };
const recordedCall = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("stream"), response: z.string(), ...info }),
  z.object({ kind: z.literal("structured"), response: z.unknown(), ...info }),
]);
export type RecordedCall = z.infer<typeof recordedCall>;

const recordingFile = z.object({ format: z.literal(1), calls: z.record(z.string(), recordedCall) });

/** The recorded responses of one suite: a committed JSON file, one entry per request key. */
export interface Recordings {
  get(key: string): RecordedCall | undefined;
  set(key: string, call: RecordedCall): void;
  readonly size: number;
  /** Writes the file, entries sorted by key so re-recording gives a small diff. */
  save(): Promise<void>;
}

/** Loads `file` for replay, or starts empty for a fresh recording (stale entries are dropped). */
export async function openRecordings(file: string, mode: "record" | "replay"): Promise<Recordings> {
  const calls = new Map<string, RecordedCall>();
  if (mode === "replay") {
    let source: string;
    try {
      source = await readFile(file, "utf8");
    } catch {
      throw new Error(`no recordings at ${file}: run once with --record against the model first`);
    }
    const parsed = recordingFile.safeParse(JSON.parse(source));
    if (!parsed.success)
      throw new Error(`${file}: not a recordings file (${parsed.error.issues[0]?.message ?? "invalid"})`);
    for (const [key, call] of Object.entries(parsed.data.calls)) calls.set(key, call);
  }
  return {
    get: (key) => calls.get(key),
    set: (key, call) => {
      calls.set(key, call);
    },
    get size() {
      return calls.size;
    },
    async save() {
      await mkdir(path.dirname(file), { recursive: true });
      const sorted = Object.fromEntries([...calls.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
      await writeFile(file, `${JSON.stringify({ format: 1, calls: sorted }, null, 1)}\n`);
    },
  };
}

/** A short, readable description of a request, for errors and for reviewing recordings. */
export function requestSummary(context: CallContext, messages: ChatMessage[]): string {
  const last = messages.at(-1)?.content.replace(/\s+/g, " ") ?? "";
  return `${context.purpose} ${context.model}: ${last.length > 100 ? `${last.slice(0, 99)}…` : last}`;
}
