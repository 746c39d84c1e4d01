import OpenAI from "openai";
import { z } from "zod";
import { toLlmError } from "./gateway";
import { parseJsonAnswer } from "./json-answer";
import { formatField, responseFormat, type StructuredMode, withSchemaInPrompt } from "./structured-format";

/** One check of an endpoint: what was tried, whether it worked, how long it took, and why not. */
export interface ProbeResult {
  ok: boolean;
  latencyMs: number;
  detail: string;
}

export interface EndpointReport {
  model: string;
  chat: ProbeResult;
  streaming: ProbeResult & { firstTokenMs: number | null };
  structured: Record<StructuredMode, ProbeResult>;
  /** The context window the endpoint's model list states, if it states one. */
  contextTokens: number | null;
}

const probeAnswer = z.object({ colour: z.enum(["red", "green", "blue"]), count: z.number().int() });
const ASK = [
  { role: "system" as const, content: "You answer questions about a short sentence." },
  {
    role: "user" as const,
    content: 'Sentence: "Two green apples." Give its colour and how many apples, as JSON {"colour", "count"}.',
  },
];

/** Where a model list states the context window: vLLM `max_model_len`, llama.cpp `meta.n_ctx_train`, others. */
function contextOf(entry: Record<string, unknown>): number | null {
  const meta = (entry.meta ?? {}) as Record<string, unknown>;
  for (const value of [entry.max_model_len, entry.context_length, entry.context_window, meta.n_ctx, meta.n_ctx_train]) {
    if (typeof value === "number" && Number.isFinite(value) && value > 0) return value;
  }
  return null;
}

async function timed(run: () => Promise<string>): Promise<ProbeResult> {
  const started = performance.now();
  try {
    const detail = await run();
    return { ok: true, latencyMs: Math.round(performance.now() - started), detail };
  } catch (error) {
    return { ok: false, latencyMs: Math.round(performance.now() - started), detail: toLlmError(error).message };
  }
}

/**
 * Checks what a model endpoint can do for Parley, each thing on its own: a chat reply, a streamed
 * one, each structured-output mode (strict `json_schema`, `json_object` with the schema in the
 * prompt, the prompt alone; the answer parsed and validated as the gateway would), and the context
 * window if the model list says. Never throws: a failure is a result with its reason.
 */
export async function probeEndpoint(
  options: { baseURL: string | undefined; apiKey: string | undefined; timeoutMs: number },
  model: string,
): Promise<EndpointReport> {
  const client = new OpenAI({
    baseURL: options.baseURL,
    apiKey: options.apiKey ?? "not-needed",
    timeout: options.timeoutMs,
    maxRetries: 0,
  });
  const chat = await timed(async () => {
    const completion = await client.chat.completions.create({
      model,
      messages: [{ role: "user", content: "Say hello in one word." }],
      max_tokens: 20,
    });
    const text = completion.choices[0]?.message.content?.trim() ?? "";
    if (!text) throw new Error("the reply was empty");
    return `replied "${text.slice(0, 40)}"`;
  });

  let firstTokenMs: number | null = null;
  const started = performance.now();
  const streamed = await timed(async () => {
    const stream = await client.chat.completions.create({
      model,
      messages: [{ role: "user", content: "Count from one to five in words." }],
      max_tokens: 30,
      stream: true,
    });
    let text = "";
    let finished = false;
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta?.content ?? "";
      if (delta && firstTokenMs === null) firstTokenMs = Math.round(performance.now() - started);
      text += delta;
      if (chunk.choices[0]?.finish_reason) finished = true;
    }
    if (!text.trim()) throw new Error("the stream carried no words");
    if (!finished) throw new Error("the stream ended without a finish reason");
    return `streamed ${text.trim().split(/\s+/).length} words`;
  });

  const format = responseFormat(probeAnswer, "probe");
  const structuredIn = (mode: StructuredMode) =>
    timed(async () => {
      const completion = await client.chat.completions.create({
        model,
        messages: withSchemaInPrompt(ASK, mode, format),
        temperature: 0,
        max_tokens: 100,
        ...formatField(mode, format),
      });
      const raw = completion.choices[0]?.message.content ?? "";
      const checked = probeAnswer.safeParse(parseJsonAnswer(raw));
      if (!checked.success) throw new Error(`the answer did not match the schema: ${raw.slice(0, 80)}`);
      return "a valid answer";
    });
  const structured = {
    json_schema: await structuredIn("json_schema"),
    json_object: await structuredIn("json_object"),
    prompt: await structuredIn("prompt"),
  };

  let contextTokens: number | null;
  try {
    const list = await client.models.list();
    const entry = list.data.find((candidate) => candidate.id === model) as unknown as
      Record<string, unknown> | undefined;
    contextTokens = entry ? contextOf(entry) : null;
  } catch {
    contextTokens = null;
  }
  return { model, chat, streaming: { ...streamed, firstTokenMs }, structured, contextTokens };
}
