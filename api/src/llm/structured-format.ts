import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import type { z } from "zod";
import type { ChatMessage } from "./gateway";

/**
 * How a structured answer is asked for, most to least strict: a `json_schema` response format;
 * `json_object` with the schema in the prompt; the schema in the prompt only. An endpoint that
 * refuses one is asked the next way, and the gateway remembers it.
 */
export type StructuredMode = "json_schema" | "json_object" | "prompt";
export const NEXT_MODE: Record<StructuredMode, StructuredMode | null> = {
  json_schema: "json_object",
  json_object: "prompt",
  prompt: null,
};

type ResponseFormat = ReturnType<typeof zodResponseFormat>;

// Converting a zod schema to JSON Schema costs more CPU than the rest of a request's set-up; the
// judge and the move reader send the same few schemas over and over, so convert each once.
const formats = new WeakMap<z.ZodType, Map<string, ResponseFormat>>();
export function responseFormat(schema: z.ZodType, name: string): ResponseFormat {
  let byName = formats.get(schema);
  if (!byName) formats.set(schema, (byName = new Map()));
  let format = byName.get(name);
  if (!format) {
    format = zodResponseFormat(schema, name);
    if (format.json_schema.schema) dropSafeIntegerBounds(format.json_schema.schema);
    byName.set(name, format);
  }
  return format;
}

/**
 * zod's `.int()` writes ±2^53 bounds into the JSON Schema; they constrain nothing, and push some
 * vLLM versions off their fast grammar backend. Removed in place.
 */
function dropSafeIntegerBounds(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) dropSafeIntegerBounds(item);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const record = node as Record<string, unknown>;
  if (record.minimum === Number.MIN_SAFE_INTEGER) delete record.minimum;
  if (record.maximum === Number.MAX_SAFE_INTEGER) delete record.maximum;
  for (const value of Object.values(record)) dropSafeIntegerBounds(value);
}

/** The request fields for a mode: its response format, if any. */
export function formatField(mode: StructuredMode, format: ResponseFormat) {
  if (mode === "json_schema") return { response_format: format };
  if (mode === "json_object") return { response_format: { type: "json_object" as const } };
  return {};
}

/** Without a `json_schema` format the schema goes in the prompt, after the instructions. */
export function withSchemaInPrompt(
  messages: ChatMessage[],
  mode: StructuredMode,
  format: ResponseFormat,
): ChatMessage[] {
  if (mode === "json_schema") return messages;
  const ask = schemaAsk(format);
  const [first, ...rest] = messages;
  if (first?.role === "system") return [{ role: "system", content: `${first.content}\n\n${ask}` }, ...rest];
  return [{ role: "system", content: ask }, ...messages];
}

/**
 * The lengths of the messages' contents as `withSchemaInPrompt` in `prompt` mode writes them,
 * without writing them: what a token estimate needs (the judge's prompt is counted on every turn).
 */
export function schemaInPromptLengths(messages: ChatMessage[], format: ResponseFormat): number[] {
  const ask = schemaAsk(format).length;
  const lengths = messages.map((message) => message.content.length);
  if (messages[0]?.role === "system") lengths[0] = (lengths[0] ?? 0) + 2 + ask;
  else lengths.unshift(ask);
  return lengths;
}

// A format is built once per schema and name (`responseFormat`), so its request line is too.
const asks = new WeakMap<ResponseFormat, string>();
function schemaAsk(format: ResponseFormat): string {
  let ask = asks.get(format);
  if (ask === undefined) {
    ask = `Answer with one JSON object and nothing else (no prose, no code fence), matching this JSON Schema:\n${JSON.stringify(format.json_schema.schema)}`;
    asks.set(format, ask);
  }
  return ask;
}

/** True when an endpoint refused the response format itself (not the request's content). */
export function isFormatRejection(error: unknown): boolean {
  return (
    error instanceof OpenAI.APIError &&
    error.status === 400 &&
    /response_format|json_schema|json_object|structured output|guided/i.test(error.message)
  );
}
