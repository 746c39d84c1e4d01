/**
 * Fake OpenAI-compatible HTTP server for tests. Never touches the network:
 * it listens on 127.0.0.1 with an ephemeral port and only uses node built-ins.
 *
 * Usage:
 *   const server = await startFakeOpenAI();
 *   const client = new OpenAI({ baseURL: server.url, apiKey: "test", maxRetries: 0 });
 *   server.enqueue("chat", { kind: "text", content: "Hi there" });
 *   ...
 *   await server.close();
 *
 * Routes (all under /v1):
 *   POST /v1/chat/completions      – plain JSON or SSE stream (request `stream: true`)
 *   POST /v1/audio/transcriptions  – multipart upload, replies `{ text }` (default "hello")
 *   POST /v1/audio/speech          – replies FAKE_SPEECH_BYTES as audio/mpeg, in a few chunks
 *   GET  /v1/models                – one model (FAKE_MODEL_ID)
 *   anything else                  – 404 with an OpenAI-shaped error body
 *
 * Reply semantics, as seen through the real `openai` SDK (v6, Node 20 fetch), verified by
 * fake-openai-server.test.ts:
 *   - text / json: normal completion; `finish_reason: "stop"`. Streamed when the request has
 *     `stream: true` (content split at word boundaries, spaces kept, so concatenating the
 *     deltas gives exactly `content`). A usage chunk (`choices: []`) is sent before
 *     `[DONE]` only when `stream_options.include_usage` is true.
 *   - error: HTTP `status` with `{ error: { message, type, code, param } }`. The SDK throws the
 *     matching `OpenAI.APIError` subclass (429 → RateLimitError, 500 → InternalServerError,
 *     400 → BadRequestError …). `retryAfterSeconds` sets `retry-after` (whole seconds, rounded
 *     up) and `retry-after-ms` (exact), so SDK retries with e.g. 0.01 are fast.
 *   - hang: the request is never answered. With `timeout: N` the SDK rejects with
 *     `APIConnectionTimeoutError` (subclass of APIConnectionError). close() destroys the socket.
 *   - cut, stream request: headers + the role chunk + the first `afterChunks` content chunks
 *     are sent, then the socket is destroyed (no finish_reason, no usage, no `[DONE]`).
 *     To the SDK this looks like: the first deltas are yielded normally by
 *     `for await (const chunk of stream)`, and then the iteration THROWS (it does not end
 *     quietly). The thrown error is NOT an OpenAI.APIError: it is undici's
 *     `TypeError: terminated` (cause: `SocketError: other side closed`) surfacing from the
 *     body reader. Callers must therefore wrap stream iteration in try/catch and treat any
 *     error as "stream interrupted" (partial content received so far is in their hands).
 *     With the `client.chat.completions.stream(...)` helper, `finalChatCompletion()` rejects
 *     with a plain `OpenAIError` ("terminated", cause the TypeError) — also not an APIError.
 *     Neither is retried by the SDK, whatever maxRetries is (the response had already begun).
 *   - cut, non-stream request: a content-length for the whole body is announced, about half
 *     of the body is written, then the socket is destroyed. The SDK's `create()` rejects
 *     with the same raw `TypeError: terminated` (not an APIError, not retried).
 *   - refusal: `message.content: null`, `message.refusal` set, finish_reason "stop". Streamed
 *     as `delta.refusal` chunks. `chat.completions.parse()` returns `parsed: null` and
 *     `refusal` set.
 *   - truncated: finish_reason "length". Note `chat.completions.parse()` THROWS
 *     `LengthFinishReasonError` for such a completion; `create()` just returns it.
 *   - Structured output (`response_format: json_schema`) is not enforced: the scripted
 *     content is returned verbatim. Invalid JSON makes `parse()` throw (a SyntaxError);
 *     valid JSON that fails the zod schema makes it throw a ZodError.
 *
 * For transcription: `text` and `truncated` replies → `{ text: content }` (or a plain-text
 * body when the request's response_format is text/srt/vtt), `json` → `value` is sent verbatim
 * as the JSON body (e.g. for verbose_json), plus error / hang / cut.
 * For speech: a `text` reply's content is ignored (FAKE_SPEECH_BYTES are always returned;
 * `delayMs` / `chunkDelayMs` are honoured), plus error / hang / cut.
 * Unsupported reply kinds for a route produce a 500 whose message says so.
 */

import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";

// ---------------------------------------------------------------------------
// Public types

export interface FakeUsage {
  prompt_tokens: number;
  completion_tokens: number;
}

export type FakeReply =
  | {
      kind: "text";
      content: string;
      delayMs?: number;
      chunkDelayMs?: number;
      usage?: FakeUsage;
    }
  | { kind: "json"; value: unknown; delayMs?: number }
  | { kind: "error"; status: number; message?: string; retryAfterSeconds?: number }
  | { kind: "hang" }
  | { kind: "cut"; content: string; afterChunks: number }
  | { kind: "refusal"; refusal: string }
  | { kind: "truncated"; content: string };

export type FakeRoute = "chat" | "transcription" | "speech";

export interface ChatContentPart {
  type: string;
  text?: string;
  [key: string]: unknown;
}

export interface ChatMessage {
  role: string;
  content?: string | ChatContentPart[] | null;
  name?: string;
  [key: string]: unknown;
}

export interface ChatResponseFormat {
  type: string;
  json_schema?: { name?: string; schema?: unknown; strict?: boolean | null; [key: string]: unknown };
  [key: string]: unknown;
}

/** The chat request body as received, loosely validated (model + messages with roles). */
export interface ChatRequestBody {
  model: string;
  messages: ChatMessage[];
  stream?: boolean | null;
  stream_options?: { include_usage?: boolean | null; [key: string]: unknown } | null;
  response_format?: ChatResponseFormat | null;
  temperature?: number | null;
  top_p?: number | null;
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  seed?: number | null;
  tools?: unknown[];
  [key: string]: unknown;
}

export type ChatResponder = (body: ChatRequestBody) => FakeReply | Promise<FakeReply>;

export interface MultipartFile {
  name: string;
  filename: string;
  size: number;
  contentType: string;
}

export interface MultipartBody {
  /** Text fields; a repeated field name keeps its last value. */
  fields: Record<string, string>;
  files: MultipartFile[];
}

interface RecordedBase {
  /** Path without the query string, e.g. "/v1/chat/completions". */
  path: string;
  method: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * One received request. `bodyKind` tells what `body` is:
 * "json" → parsed JSON (unknown), "multipart" → MultipartBody, "text" → the raw body when it
 * was not parseable JSON / multipart, "none" → empty body.
 */
export type RecordedRequest = RecordedBase &
  (
    | { bodyKind: "json"; body: unknown }
    | { bodyKind: "multipart"; body: MultipartBody }
    | { bodyKind: "text"; body: string }
    | { bodyKind: "none"; body: undefined }
  );

export interface FakeOpenAIServer {
  /** e.g. "http://127.0.0.1:PORT/v1" — usable directly as the SDK baseURL. */
  url: string;
  /** Every request received, in arrival order (cleared by reset()). */
  requests: RecordedRequest[];
  /** Queue replies for a route, consumed in order; when a queue is empty the fallback answers. */
  enqueue(route: FakeRoute, ...replies: FakeReply[]): void;
  /** Default responder for chat when the queue is empty. */
  onChat(responder: ChatResponder): void;
  /** Parsed bodies of the chat completion requests received so far. */
  chatRequests(): ChatRequestBody[];
  /** Clears queues and recorded requests, and restores the initial chat responder. */
  reset(): void;
  /** Destroys open sockets (including hanging requests) and stops listening. */
  close(): Promise<void>;
}

export interface StartFakeOpenAIOptions {
  defaultChat?: ChatResponder;
  /**
   * What the audio routes answer when nothing is queued, asked on every request (the benchmarks
   * give every call a latency: `delayMs` is the time to the first byte, `chunkDelayMs` the pause
   * between the speech body's chunks).
   */
  defaultAudio?: { transcription?: () => FakeReply; speech?: () => FakeReply };
  /** A fixed port (default: an ephemeral one), for recordings keyed by the endpoint's URL. */
  port?: number;
}

// ---------------------------------------------------------------------------
// Constants and small helpers

export const FAKE_MODEL_ID = "fake-model";
export const DEFAULT_CHAT_CONTENT = "This is a fake reply.";
export const DEFAULT_TRANSCRIPTION_TEXT = "hello";

/** Deterministic bytes returned by /v1/audio/speech (starts like an MPEG frame header). */
export const FAKE_SPEECH_BYTES: Buffer = (() => {
  const buf = Buffer.alloc(1024);
  buf[0] = 0xff;
  buf[1] = 0xfb;
  buf[2] = 0x90;
  buf[3] = 0x64;
  for (let i = 4; i < buf.length; i++) buf[i] = (i * 31 + 7) & 0xff;
  return buf;
})();

const defaultChatResponder: ChatResponder = () => ({ kind: "text", content: DEFAULT_CHAT_CONTENT });

/** Rough token estimate: ceil(chars / 4). */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Plain text of a chat message's content (text parts joined, other parts ignored). */
export function messageText(message: ChatMessage): string {
  const { content } = message;
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content.map((part) => (typeof part.text === "string" ? part.text : "")).join("");
  }
  return "";
}

/** Text of the last message with role "user", or "" when there is none. */
export function lastUserMessage(body: ChatRequestBody): string {
  for (let i = body.messages.length - 1; i >= 0; i--) {
    const message = body.messages[i];
    if (message?.role === "user") return messageText(message);
  }
  return "";
}

/** What a grading request asks the judge (its last user message): the rubric's criteria and the numbered transcript. */
export interface JudgementAsked {
  rubric: { criteria: { id: string; anchors: Record<string, string> }[] };
  transcript: { turn: number; speaker: string; text: string }[];
}

export function judgementAsked(body: ChatRequestBody): JudgementAsked {
  return JSON.parse(lastUserMessage(body)) as JudgementAsked;
}

/** Splits text into word-sized chunks whose concatenation equals the input. */
export function splitIntoChunks(content: string): string[] {
  if (content === "") return [];
  return content.split(/(?<=\s)(?=\S)/);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function validateChatBody(value: unknown): ChatRequestBody | string {
  if (!isRecord(value)) return "request body must be a JSON object";
  if (typeof value.model !== "string" || value.model === "") return "'model' must be a non-empty string";
  if (!Array.isArray(value.messages)) return "'messages' must be an array";
  for (const [i, message] of value.messages.entries()) {
    if (!isRecord(message) || typeof message.role !== "string") {
      return `'messages[${i}]' must be an object with a string 'role'`;
    }
    const { content } = message;
    if (content !== undefined && content !== null && typeof content !== "string" && !Array.isArray(content)) {
      return `'messages[${i}].content' must be a string, an array or null`;
    }
  }
  if (value.stream !== undefined && value.stream !== null && typeof value.stream !== "boolean") {
    return "'stream' must be a boolean";
  }
  if (value.response_format !== undefined && value.response_format !== null) {
    if (!isRecord(value.response_format) || typeof value.response_format.type !== "string") {
      return "'response_format' must be an object with a string 'type'";
    }
  }
  return value as ChatRequestBody;
}

function errorType(status: number): { type: string; code: string | null } {
  if (status === 400) return { type: "invalid_request_error", code: null };
  if (status === 401) return { type: "authentication_error", code: "invalid_api_key" };
  if (status === 403) return { type: "permission_error", code: null };
  if (status === 404) return { type: "invalid_request_error", code: "not_found" };
  if (status === 429) return { type: "requests", code: "rate_limit_exceeded" };
  if (status >= 500) return { type: "server_error", code: null };
  return { type: "invalid_request_error", code: null };
}

function defaultErrorMessage(status: number): string {
  if (status === 429) return "Rate limit reached (fake server).";
  if (status >= 500) return "The server had an error while processing your request (fake server).";
  return `Fake error with status ${status}.`;
}

// ---------------------------------------------------------------------------
// Multipart

function headerParam(header: string, param: string): string | undefined {
  // Matches param="quoted value" or param=token, case-insensitively.
  const re = new RegExp(`(?:^|;)\\s*${param}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, "i");
  const match = re.exec(header);
  if (!match) return undefined;
  if (match[1] !== undefined) return match[1].replace(/\\(.)/g, "$1");
  return match[2];
}

/** Minimal multipart/form-data parser (RFC 7578), enough for the SDK's FormData uploads. */
export function parseMultipart(body: Buffer, contentType: string): MultipartBody {
  const boundary = headerParam(contentType, "boundary");
  if (!boundary) throw new Error("multipart body without boundary");
  const delimiter = Buffer.from(`--${boundary}`);
  const separator = Buffer.from(`\r\n--${boundary}`);
  const result: MultipartBody = { fields: {}, files: [] };

  let pos = body.indexOf(delimiter);
  if (pos < 0) throw new Error("multipart boundary not found");
  pos += delimiter.length;
  for (;;) {
    if (body.subarray(pos, pos + 2).toString("latin1") === "--") break; // closing delimiter
    // Skip transport padding and the CRLF after the delimiter.
    const lineEnd = body.indexOf("\r\n", pos);
    if (lineEnd < 0) throw new Error("malformed multipart body");
    const headersStart = lineEnd + 2;
    const headersEnd = body.indexOf("\r\n\r\n", headersStart);
    if (headersEnd < 0) throw new Error("malformed multipart part headers");
    const headerLines = body.subarray(headersStart, headersEnd).toString("utf8").split("\r\n");
    const dataStart = headersEnd + 4;
    const dataEnd = body.indexOf(separator, dataStart);
    if (dataEnd < 0) throw new Error("unterminated multipart part");
    const data = body.subarray(dataStart, dataEnd);

    let disposition = "";
    let partType = "";
    for (const line of headerLines) {
      const colon = line.indexOf(":");
      if (colon < 0) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === "content-disposition") disposition = value;
      else if (name === "content-type") partType = value;
    }
    const name = headerParam(disposition, "name") ?? "";
    const filename = headerParam(disposition, "filename");
    if (filename !== undefined) {
      result.files.push({
        name,
        filename,
        size: data.length,
        contentType: partType || "application/octet-stream",
      });
    } else {
      result.fields[name] = data.toString("utf8");
    }
    pos = dataEnd + separator.length;
  }
  return result;
}

// ---------------------------------------------------------------------------
// Server

export async function startFakeOpenAI(options: StartFakeOpenAIOptions = {}): Promise<FakeOpenAIServer> {
  const initialChat = options.defaultChat ?? defaultChatResponder;
  let chatResponder: ChatResponder = initialChat;
  const queues: Record<FakeRoute, FakeReply[]> = { chat: [], transcription: [], speech: [] };
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Map<NodeJS.Timeout, () => void>();
  let closed = false;
  let idCounter = 0;

  /** Resolves after ms, or immediately when the server closes (callers then find res gone). */
  const sleep = (ms: number | undefined): Promise<void> => {
    if (!ms || ms <= 0 || closed) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.set(timer, resolve);
    });
  };

  const gone = (res: ServerResponse): boolean => closed || res.destroyed || res.writableEnded;

  const write = (res: ServerResponse, data: string | Buffer): Promise<void> =>
    new Promise((resolve) => {
      if (gone(res)) {
        resolve();
        return;
      }
      res.write(data, () => resolve());
    });

  /** Flushes what was written, then kills the connection abruptly. */
  const cutConnection = async (res: ServerResponse): Promise<void> => {
    await new Promise((resolve) => setImmediate(resolve));
    res.socket?.destroy();
    res.destroy();
  };

  const sendJson = (res: ServerResponse, status: number, value: unknown, extraHeaders: Record<string, string> = {}) => {
    if (gone(res)) return;
    const payload = JSON.stringify(value);
    res.writeHead(status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(payload),
      "x-request-id": `req_fake_${++idCounter}`,
      ...extraHeaders,
    });
    res.end(payload);
  };

  const sendError = (res: ServerResponse, status: number, message?: string, retryAfterSeconds?: number) => {
    const { type, code } = errorType(status);
    const headers: Record<string, string> = {};
    if (retryAfterSeconds !== undefined) {
      headers["retry-after"] = String(Math.ceil(retryAfterSeconds));
      headers["retry-after-ms"] = String(Math.round(retryAfterSeconds * 1000));
    }
    sendJson(
      res,
      status,
      { error: { message: message ?? defaultErrorMessage(status), type, param: null, code } },
      headers,
    );
  };

  const unsupported = (res: ServerResponse, route: FakeRoute, reply: FakeReply) =>
    sendError(res, 500, `fake server: reply kind '${reply.kind}' is not supported for route '${route}'`);

  // -- chat -----------------------------------------------------------------

  const promptTokens = (body: ChatRequestBody): number =>
    body.messages.reduce((sum, message) => sum + estimateTokens(messageText(message)), 0);

  const makeUsage = (body: ChatRequestBody, completion: string, override?: FakeUsage) => {
    const prompt_tokens = override?.prompt_tokens ?? promptTokens(body);
    const completion_tokens = override?.completion_tokens ?? estimateTokens(completion);
    return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens };
  };

  interface ChatPlan {
    content: string | null;
    refusal: string | null;
    finishReason: "stop" | "length";
    usage: ReturnType<typeof makeUsage>;
    delayMs: number | undefined;
    chunkDelayMs: number | undefined;
  }

  const planChat = (body: ChatRequestBody, reply: FakeReply): ChatPlan | undefined => {
    switch (reply.kind) {
      case "text":
        return {
          content: reply.content,
          refusal: null,
          finishReason: "stop",
          usage: makeUsage(body, reply.content, reply.usage),
          delayMs: reply.delayMs,
          chunkDelayMs: reply.chunkDelayMs,
        };
      case "json": {
        const content = JSON.stringify(reply.value) ?? "null";
        return {
          content,
          refusal: null,
          finishReason: "stop",
          usage: makeUsage(body, content),
          delayMs: reply.delayMs,
          chunkDelayMs: undefined,
        };
      }
      case "refusal":
        return {
          content: null,
          refusal: reply.refusal,
          finishReason: "stop",
          usage: makeUsage(body, reply.refusal),
          delayMs: undefined,
          chunkDelayMs: undefined,
        };
      case "truncated":
        return {
          content: reply.content,
          refusal: null,
          finishReason: "length",
          usage: makeUsage(body, reply.content),
          delayMs: undefined,
          chunkDelayMs: undefined,
        };
      case "cut":
        return {
          content: reply.content,
          refusal: null,
          finishReason: "stop",
          usage: makeUsage(body, reply.content),
          delayMs: undefined,
          chunkDelayMs: undefined,
        };
      default:
        return undefined;
    }
  };

  const completionJson = (body: ChatRequestBody, plan: ChatPlan, id: string, created: number) => ({
    id,
    object: "chat.completion",
    created,
    model: body.model,
    system_fingerprint: "fp_fake",
    choices: [
      {
        index: 0,
        message: { role: "assistant", content: plan.content, refusal: plan.refusal, annotations: [] },
        logprobs: null,
        finish_reason: plan.finishReason,
      },
    ],
    usage: plan.usage,
  });

  const streamChat = async (
    res: ServerResponse,
    body: ChatRequestBody,
    plan: ChatPlan,
    id: string,
    created: number,
    cutAfter: number | undefined,
  ) => {
    const includeUsage = body.stream_options?.include_usage === true;
    const chunk = (choices: unknown[], usage?: unknown) => {
      const value: Record<string, unknown> = {
        id,
        object: "chat.completion.chunk",
        created,
        model: body.model,
        system_fingerprint: "fp_fake",
        choices,
      };
      if (includeUsage) value.usage = usage ?? null;
      return `data: ${JSON.stringify(value)}\n\n`;
    };
    const deltaChoice = (delta: Record<string, unknown>, finishReason: string | null = null) => ({
      index: 0,
      delta,
      logprobs: null,
      finish_reason: finishReason,
    });

    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      connection: "keep-alive",
      "x-request-id": `req_fake_${++idCounter}`,
    });
    res.flushHeaders();

    const first: Record<string, unknown> = { role: "assistant", content: plan.refusal === null ? "" : null };
    if (plan.refusal === null) first.refusal = null;
    await write(res, chunk([deltaChoice(first)]));

    const pieces = plan.refusal !== null ? splitIntoChunks(plan.refusal) : splitIntoChunks(plan.content ?? "");
    const field = plan.refusal !== null ? "refusal" : "content";
    let sent = 0;
    for (const piece of pieces) {
      if (cutAfter !== undefined && sent >= cutAfter) break;
      await sleep(plan.chunkDelayMs);
      if (gone(res)) return;
      await write(res, chunk([deltaChoice({ [field]: piece })]));
      sent++;
    }
    if (cutAfter !== undefined) {
      await cutConnection(res);
      return;
    }
    await sleep(plan.chunkDelayMs);
    if (gone(res)) return;
    await write(res, chunk([deltaChoice({}, plan.finishReason)]));
    if (includeUsage) await write(res, chunk([], plan.usage));
    await write(res, "data: [DONE]\n\n");
    if (!gone(res)) res.end();
  };

  const handleChat = async (res: ServerResponse, rawBody: unknown) => {
    const validated = validateChatBody(rawBody);
    if (typeof validated === "string") {
      sendError(res, 400, validated);
      return;
    }
    const body = validated;
    let reply: FakeReply;
    const queued = queues.chat.shift();
    if (queued) {
      reply = queued;
    } else {
      try {
        reply = await chatResponder(body);
      } catch (error) {
        sendError(res, 500, `fake server: chat responder threw: ${String(error)}`);
        return;
      }
    }

    if (reply.kind === "error") {
      sendError(res, reply.status, reply.message, reply.retryAfterSeconds);
      return;
    }
    if (reply.kind === "hang") return;
    const plan = planChat(body, reply);
    if (!plan) {
      unsupported(res, "chat", reply);
      return;
    }
    await sleep(plan.delayMs);
    if (gone(res)) return;

    const id = `chatcmpl-fake-${++idCounter}`;
    const created = Math.floor(Date.now() / 1000);
    const cutAfter = reply.kind === "cut" ? Math.max(0, reply.afterChunks) : undefined;
    if (body.stream === true) {
      await streamChat(res, body, plan, id, created, cutAfter);
      return;
    }
    if (cutAfter !== undefined) {
      const payload = Buffer.from(JSON.stringify(completionJson(body, plan, id, created)));
      res.writeHead(200, { "content-type": "application/json", "content-length": payload.length });
      await write(res, payload.subarray(0, Math.floor(payload.length / 2)));
      await cutConnection(res);
      return;
    }
    sendJson(res, 200, completionJson(body, plan, id, created));
  };

  // -- audio ----------------------------------------------------------------

  const handleTranscription = async (res: ServerResponse, body: MultipartBody | undefined) => {
    const reply: FakeReply = queues.transcription.shift() ??
      options.defaultAudio?.transcription?.() ?? { kind: "text", content: DEFAULT_TRANSCRIPTION_TEXT };
    const format = body?.fields.response_format;
    const plainText = format === "text" || format === "srt" || format === "vtt";
    switch (reply.kind) {
      case "error":
        sendError(res, reply.status, reply.message, reply.retryAfterSeconds);
        return;
      case "hang":
        return;
      case "text":
      case "truncated": {
        await sleep(reply.kind === "text" ? reply.delayMs : undefined);
        if (gone(res)) return;
        if (plainText) {
          res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
          res.end(reply.content);
        } else {
          sendJson(res, 200, { text: reply.content, usage: { type: "duration", seconds: 1 } });
        }
        return;
      }
      case "json":
        await sleep(reply.delayMs);
        sendJson(res, 200, reply.value);
        return;
      case "cut": {
        const payload = Buffer.from(JSON.stringify({ text: reply.content }));
        res.writeHead(200, { "content-type": "application/json", "content-length": payload.length });
        await write(res, payload.subarray(0, Math.floor(payload.length / 2)));
        await cutConnection(res);
        return;
      }
      default:
        unsupported(res, "transcription", reply);
    }
  };

  const handleSpeech = async (res: ServerResponse) => {
    const reply: FakeReply = queues.speech.shift() ?? options.defaultAudio?.speech?.() ?? { kind: "text", content: "" };
    const bytes = FAKE_SPEECH_BYTES;
    const third = Math.ceil(bytes.length / 3);
    switch (reply.kind) {
      case "error":
        sendError(res, reply.status, reply.message, reply.retryAfterSeconds);
        return;
      case "hang":
        return;
      case "text": {
        await sleep(reply.delayMs);
        if (gone(res)) return;
        res.writeHead(200, { "content-type": "audio/mpeg" });
        for (let offset = 0; offset < bytes.length; offset += third) {
          if (offset > 0) await sleep(reply.chunkDelayMs);
          if (gone(res)) return;
          await write(res, bytes.subarray(offset, offset + third));
        }
        if (!gone(res)) res.end();
        return;
      }
      case "cut":
        res.writeHead(200, { "content-type": "audio/mpeg", "content-length": bytes.length });
        await write(res, bytes.subarray(0, third));
        await cutConnection(res);
        return;
      default:
        unsupported(res, "speech", reply);
    }
  };

  // -- dispatch -------------------------------------------------------------

  const readBody = (req: IncomingMessage): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => resolve(Buffer.concat(chunks)));
      req.on("error", reject);
    });

  const record = (req: IncomingMessage, path: string, raw: Buffer): RecordedRequest => {
    const base: RecordedBase = {
      path,
      method: req.method ?? "GET",
      headers: { ...(req.headers as IncomingHttpHeaders) },
    };
    const contentType = req.headers["content-type"] ?? "";
    let entry: RecordedRequest;
    if (raw.length === 0) {
      entry = { ...base, bodyKind: "none", body: undefined };
    } else if (/^multipart\/form-data/i.test(contentType)) {
      try {
        entry = { ...base, bodyKind: "multipart", body: parseMultipart(raw, contentType) };
      } catch {
        entry = { ...base, bodyKind: "text", body: raw.toString("utf8") };
      }
    } else {
      const text = raw.toString("utf8");
      try {
        entry = { ...base, bodyKind: "json", body: JSON.parse(text) as unknown };
      } catch {
        entry = { ...base, bodyKind: "text", body: text };
      }
    }
    requests.push(entry);
    return entry;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname.replace(/\/+$/, "") || "/";
    let raw: Buffer;
    try {
      raw = await readBody(req);
    } catch {
      return; // client went away mid-upload
    }
    const entry = record(req, path, raw);
    const method = entry.method.toUpperCase();

    if (method === "POST" && path === "/v1/chat/completions") {
      if (entry.bodyKind !== "json") {
        sendError(res, 400, "We could not parse the JSON body of your request.");
        return;
      }
      await handleChat(res, entry.body);
      return;
    }
    if (method === "POST" && path === "/v1/audio/transcriptions") {
      const body = entry.bodyKind === "multipart" ? entry.body : undefined;
      if (!body?.files.some((file) => file.name === "file")) {
        sendError(res, 400, "fake server: expected a multipart body with a 'file' part");
        return;
      }
      await handleTranscription(res, body);
      return;
    }
    if (method === "POST" && path === "/v1/audio/speech") {
      await handleSpeech(res);
      return;
    }
    if (method === "GET" && path === "/v1/models") {
      sendJson(res, 200, {
        object: "list",
        data: [{ id: FAKE_MODEL_ID, object: "model", created: 1_700_000_000, owned_by: "parley-tests" }],
      });
      return;
    }
    sendError(res, 404, `fake server: no route for ${method} ${path}`);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, `fake server crashed: ${String(error)}`);
      else res.destroy();
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue(route, ...replies) {
      queues[route].push(...replies);
    },
    onChat(responder) {
      chatResponder = responder;
    },
    chatRequests() {
      return requests.flatMap((entry) => {
        if (entry.path !== "/v1/chat/completions" || entry.bodyKind !== "json") return [];
        const validated = validateChatBody(entry.body);
        return typeof validated === "string" ? [] : [validated];
      });
    },
    reset() {
      queues.chat.length = 0;
      queues.transcription.length = 0;
      queues.speech.length = 0;
      requests.length = 0;
      chatResponder = initialChat;
    },
    close() {
      if (closed) return Promise.resolve();
      closed = true;
      for (const [timer, resolve] of timers) {
        clearTimeout(timer);
        resolve();
      }
      timers.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        sockets.clear();
      });
    },
  };
}
