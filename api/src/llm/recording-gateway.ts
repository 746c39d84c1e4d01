import { createHash } from "node:crypto";
import { z } from "zod";
import type { CallContext, ChatMessage, LlmGateway, ModelCallRecord } from "./gateway";
import { type RecordedCall, type Recordings, requestSummary } from "./recordings";

export type RecordingMode = "record" | "replay";

export interface RecordingOptions {
  mode: RecordingMode;
  /** The endpoint the responses come from: part of every key. */
  endpoint: string;
  recordings: Recordings;
  /**
   * Anything else that can change a response and is not in the request itself, e.g. the
   * judge prompt version and the repeat index of an eval run.
   */
  keyExtra: Record<string, string | number>;
  /** Where to note requests `replay` had no recording for (callers may share one list). */
  misses?: string[];
}

/** A request `--replay` has no recording for. Not an LlmError, so no caller mistakes it for a model failure. */
export class ReplayMissError extends Error {
  constructor(readonly summary: string) {
    super(
      `no recording for this model request (${summary}); run again with --record against the model to refresh the recordings`,
    );
    this.name = new.target.name;
  }
}

/**
 * Wraps a gateway to record every successful model response, keyed by everything that can change
 * it, or to serve recorded responses back and refuse any request it has not seen. Failed calls
 * are never recorded, so a replay never reproduces an outage as if it were the model's answer.
 */
export function createRecordingGateway(
  inner: LlmGateway | null,
  options: RecordingOptions,
): LlmGateway & { misses: string[] } {
  const occurrences = new Map<string, number>();
  const misses = options.misses ?? [];

  /** The nth identical request in this run gets its own key, so repeated calls replay in order. */
  const keyFor = (request: Record<string, unknown>) => {
    const base = createHash("sha256")
      .update(canonicalJson({ endpoint: options.endpoint, ...options.keyExtra, ...request }))
      .digest("hex");
    const seen = occurrences.get(base) ?? 0;
    occurrences.set(base, seen + 1);
    return createHash("sha256").update(`${base}:${seen}`).digest("hex").slice(0, 32);
  };

  const lookup = (key: string, context: CallContext, messages: ChatMessage[]): RecordedCall => {
    const found = options.recordings.get(key);
    if (found) {
      context.meter?.(replayRecord(context, found));
      return found;
    }
    const summary = requestSummary(context, messages);
    misses.push(summary);
    throw new ReplayMissError(summary);
  };

  /** Passes the call's usage records through and totals them for the recording. */
  const capture = (context: CallContext) => {
    const usage = { promptTokens: 0, completionTokens: 0 };
    const meter = (record: ModelCallRecord) => {
      usage.promptTokens += record.promptTokens ?? 0;
      usage.completionTokens += record.completionTokens ?? 0;
      context.meter?.(record);
    };
    return { usage, context: { ...context, meter } };
  };

  const real = () => {
    if (!inner) throw new Error("recording needs a model gateway");
    return inner;
  };

  return {
    misses,
    async *streamChat(context, messages, chatOptions) {
      const key = keyFor({
        call: "stream",
        model: context.model,
        messages,
        temperature: chatOptions?.temperature ?? null,
      });
      if (options.mode === "replay") {
        const found = lookup(key, context, messages);
        if (found.kind !== "stream") throw new ReplayMissError(`recording ${key} is not a streamed reply`);
        for (const piece of found.response.match(/\S+\s*|\s+/g) ?? []) yield piece;
        return;
      }
      const captured = capture(context);
      let text = "";
      for await (const delta of real().streamChat(captured.context, messages, chatOptions)) {
        text += delta;
        yield delta;
      }
      // Only reached when the stream finished cleanly: a broken stream throws above and is not kept.
      options.recordings.set(key, { kind: "stream", response: text, ...entryInfo(context, messages, captured.usage) });
    },

    async structured(context, messages, schema, name) {
      const key = keyFor({
        call: "structured",
        model: context.model,
        messages,
        schema: { name, shape: z.toJSONSchema(schema) },
      });
      if (options.mode === "replay") {
        const found = lookup(key, context, messages);
        const checked = schema.safeParse(found.kind === "structured" ? found.response : undefined);
        if (!checked.success) throw new ReplayMissError(`recording ${key} no longer matches the "${name}" schema`);
        return checked.data;
      }
      const captured = capture(context);
      const answer = await real().structured(captured.context, messages, schema, name);
      options.recordings.set(key, {
        kind: "structured",
        response: answer,
        ...entryInfo(context, messages, captured.usage),
      });
      return answer;
    },
  };
}

function entryInfo(
  context: CallContext,
  messages: ChatMessage[],
  usage: { promptTokens: number; completionTokens: number },
) {
  return { purpose: context.purpose, model: context.model, request: requestSummary(context, messages), usage };
}

function replayRecord(context: CallContext, found: RecordedCall): ModelCallRecord {
  return {
    purpose: context.purpose,
    model: context.model,
    sessionId: context.sessionId ?? null,
    promptTokens: found.usage.promptTokens,
    completionTokens: found.usage.completionTokens,
    latencyMs: 0,
    ok: true,
    error: null,
  };
}

/** JSON with object keys sorted, so a key never depends on property order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : inner,
  );
}
