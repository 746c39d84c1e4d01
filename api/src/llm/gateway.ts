import OpenAI from "openai";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import type { z } from "zod";
import { createSpeakCall, createTranscribeCall, type RecordCall } from "./audio-calls";
import { fitChatTemplates, isRoleRejection, type SystemRole } from "./chat-shape";
import type { AudioFile, SpeechRequest, SpeechStream, TranscribeOptions, TranscriptionResult } from "./audio-types";
import { LlmError } from "./errors";
import { createChatFetch } from "./http-fetch";
import { parseJsonAnswer } from "./json-answer";
import {
  formatField,
  isFormatRejection,
  NEXT_MODE,
  responseFormat,
  type StructuredMode,
  withSchemaInPrompt,
} from "./structured-format";

export type ChatMessage = { role: "system" | "user" | "assistant"; content: string };

export interface ModelCallRecord {
  purpose: string;
  model: string;
  sessionId: string | null;
  /** Who the call was for, when known without a session (e.g. grading a pasted transcript). */
  userId?: string | null;
  promptTokens: number | null;
  completionTokens: number | null;
  latencyMs: number;
  ok: boolean;
  error: string | null;
}

export interface CallContext {
  model: string;
  /** Why the call is made (`persona.reply`, `grade.call` ...), recorded with its usage. */
  purpose: string;
  sessionId?: string | null;
  userId?: string | null;
  /** The longest answer wanted, in tokens (defaults: a persona reply 300, a structured answer 1500). */
  maxTokens?: number;
  /** Sampling temperature of a structured answer (default 0: the same request, the same answer). */
  temperature?: number;
  /** Also told about this call (e.g. to total the cost of one scorecard). */
  meter?: ((record: ModelCallRecord) => void) | undefined;
}

/** The one door to language models. Nothing else in Parley imports the openai package. */
export interface LlmGateway {
  /** Streams a chat completion's text deltas. Throws LlmError; a stream cut short is an error. */
  streamChat(context: CallContext, messages: ChatMessage[], options?: { temperature?: number }): AsyncIterable<string>;
  /** Asks for JSON matching `schema` (strict json_schema) and validates it. One retry on unusable output. */
  structured<S extends z.ZodType>(
    context: CallContext,
    messages: ChatMessage[],
    schema: S,
    name: string,
  ): Promise<z.infer<S>>;
  /**
   * Speech to text (`/audio/transcriptions`), with word timings when the endpoint gives them.
   * Optional, like `speak`: a gateway that only chats (a test double, a recording) leaves it out.
   */
  transcribe?(context: CallContext, audio: AudioFile, options?: TranscribeOptions): Promise<TranscriptionResult>;
  /** Text to speech (`/audio/speech`), streamed: resolves when the first bytes can be read. */
  speak?(context: CallContext, request: SpeechRequest): Promise<SpeechStream>;
}

export interface GatewayOptions {
  baseURL: string | undefined;
  apiKey: string | undefined;
  timeoutMs: number;
  maxRetries: number;
  onCall?: (record: ModelCallRecord) => void;
  /** Injected client for tests; otherwise one is built on first use. */
  client?: OpenAI;
  /**
   * Where standing instructions go (see chat-shape.ts). `auto`: a system message until the endpoint
   * refuses one (its chat template has no system role), then folded into the first user message.
   */
  systemRole?: SystemRole | "auto";
}

export function createLlmGateway(options: GatewayOptions): LlmGateway {
  let client = options.client;
  const getClient = () => {
    client ??= new OpenAI({
      baseURL: options.baseURL,
      // Local servers (Ollama, vLLM) accept any key; the SDK insists on one.
      apiKey: options.apiKey ?? "not-needed",
      timeout: options.timeoutMs,
      maxRetries: options.maxRetries,
      fetch: createChatFetch(),
    });
    return client;
  };
  const record = (context: CallContext, started: number, usage: Usage | undefined, error: LlmError | null) => {
    const entry: ModelCallRecord = {
      purpose: context.purpose,
      model: context.model,
      sessionId: context.sessionId ?? null,
      userId: context.userId ?? null,
      promptTokens: usage?.prompt_tokens ?? null,
      completionTokens: usage?.completion_tokens ?? null,
      latencyMs: Math.round(performance.now() - started),
      ok: error === null,
      error: error ? `${error.code}: ${error.message}` : null,
    };
    options.onCall?.(entry);
    context.meter?.(entry);
  };

  const recordAudio: RecordCall = (context, started, error, usage) => record(context, started, usage, error);

  // How this endpoint takes structured output; learnt from its refusals, most strict first.
  let structuredMode: StructuredMode = "json_schema";
  // What this endpoint's chat template takes; learnt once from a refusal when `auto`.
  let systemRole: SystemRole = options.systemRole === "user" ? "user" : "system";
  const shaped = (messages: ChatMessage[]) =>
    fitChatTemplates(messages, systemRole) satisfies ChatCompletionMessageParam[];
  /** Sends with the current shape; a template's refusal of the system role switches to folding it, once. */
  async function send<T>(
    call: (messages: ChatCompletionMessageParam[]) => Promise<T>,
    messages: ChatMessage[],
  ): Promise<T> {
    try {
      return await call(shaped(messages));
    } catch (error) {
      const refusedRoles =
        options.systemRole !== "system" &&
        systemRole === "system" &&
        error instanceof OpenAI.APIError &&
        error.status === 400 &&
        isRoleRejection(error.message);
      if (!refusedRoles) throw error;
      systemRole = "user";
      return call(shaped(messages));
    }
  }

  return {
    transcribe: createTranscribeCall(getClient, recordAudio, toLlmError),
    speak: createSpeakCall(getClient, recordAudio, toLlmError),

    async *streamChat(context, messages, chatOptions) {
      const started = performance.now();
      let usage: Usage | undefined;
      let receivedAny = false;
      try {
        const stream = await send(
          (shapedMessages) =>
            getClient().chat.completions.create({
              model: context.model,
              messages: shapedMessages,
              temperature: chatOptions?.temperature ?? 0.8,
              max_tokens: context.maxTokens ?? REPLY_MAX_TOKENS,
              stream: true,
              stream_options: { include_usage: true },
            }),
          messages,
        );
        let finished: string | null = null;
        for await (const chunk of stream) {
          receivedAny = true;
          if (chunk.usage) usage = chunk.usage;
          const choice = chunk.choices[0];
          if (!choice) continue;
          if (choice.delta?.content) yield choice.delta.content;
          if (choice.finish_reason) finished = choice.finish_reason;
        }
        if (finished === null)
          throw new LlmError("stream_cut", "the model's stream ended before the reply was complete");
        record(context, started, usage, null);
      } catch (error) {
        const failure =
          receivedAny && !(error instanceof LlmError)
            ? new LlmError("stream_cut", "the model's stream broke off mid-reply", { cause: error })
            : toLlmError(error);
        record(context, started, usage, failure);
        throw failure;
      }
    },

    async structured(context, messages, schema, name) {
      const format = responseFormat(schema, name);
      let asked = messages;
      let lastError: LlmError | undefined;
      for (let attempt = 0; attempt < 2;) {
        const started = performance.now();
        let usage: Usage | undefined;
        const mode = structuredMode;
        try {
          const completion = await send(
            (shapedMessages) =>
              getClient().chat.completions.create({
                model: context.model,
                messages: shapedMessages,
                temperature: context.temperature ?? 0,
                max_tokens: context.maxTokens ?? STRUCTURED_MAX_TOKENS,
                ...formatField(mode, format),
              }),
            withSchemaInPrompt(asked, mode, format),
          );
          usage = completion.usage;
          const choice = completion.choices[0];
          const raw = choice?.message.content ?? "";
          if (choice?.message.refusal) throw new LlmError("refused", choice.message.refusal, { raw });
          if (choice?.finish_reason === "length")
            throw new LlmError("truncated", "the model's answer was cut off", { raw });
          const checked = schema.safeParse(parseJsonAnswer(raw));
          if (!checked.success) {
            const problem = checked.error.issues
              .slice(0, 5)
              .map((issue) => `${issue.path.join(".") || "(the answer)"}: ${issue.message}`)
              .join("; ");
            throw new LlmError("bad_output", `the model's answer was not JSON matching the schema (${problem})`, {
              raw,
            });
          }
          record(context, started, usage, null);
          return checked.data;
        } catch (error) {
          const next = NEXT_MODE[mode];
          if (next && isFormatRejection(error)) {
            // The endpoint does not take this response format: ask the next way, remembered for later calls.
            structuredMode = next;
            record(context, started, usage, toLlmError(error));
            continue;
          }
          lastError = toLlmError(error);
          record(context, started, usage, lastError);
          if (!isOutputProblem(lastError)) throw lastError;
          attempt++;
          // The second try shows the model its answer and what was wrong with it.
          asked = [
            ...messages,
            { role: "assistant", content: lastError.raw ?? "" },
            {
              role: "user",
              content: `That answer could not be used: ${lastError.message}. Answer again with only the JSON object${lastError.code === "truncated" ? ", shorter" : ""}.`,
            },
          ];
        }
      }
      throw lastError ?? new LlmError("bad_output", "no usable answer");
    },
  };
}

/**
 * Enough for a judgement of a rubric's criteria with evidence, a tip and a better reply, while the
 * prompt and the answer still fit a 4k-token context; a cut-off answer is retried, told to be shorter.
 */
export const STRUCTURED_MAX_TOKENS = 1500;
/** A persona reply is a few spoken sentences. */
export const REPLY_MAX_TOKENS = 300;

type Usage = { prompt_tokens: number; completion_tokens: number };

function isOutputProblem(error: LlmError): boolean {
  return error.code === "bad_output" || error.code === "refused" || error.code === "truncated";
}

export function toLlmError(error: unknown): LlmError {
  if (error instanceof LlmError) return error;
  if (error instanceof OpenAI.APIConnectionTimeoutError)
    return new LlmError("timeout", "the model endpoint did not answer in time", { cause: error });
  if (error instanceof OpenAI.RateLimitError)
    return new LlmError("rate_limited", "the model endpoint is rate limiting requests", { cause: error });
  if (error instanceof OpenAI.APIError && error.status !== undefined && error.status < 500)
    return new LlmError("rejected", `the model endpoint refused the request (${error.status}): ${error.message}`, {
      cause: error,
    });
  if (error instanceof OpenAI.APIConnectionError || error instanceof OpenAI.APIError)
    return new LlmError("unavailable", `the model endpoint failed: ${error.message}`, { cause: error });
  const message = error instanceof Error ? error.message : String(error);
  return new LlmError("unavailable", `the model call failed: ${message}`, { cause: error });
}
