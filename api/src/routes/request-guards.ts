import { bodyLimit } from "hono/body-limit";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { DomainError, type ErrorCode } from "../errors";
import { errorBody } from "./error-response";
import { ERROR_STATUS } from "./error-status";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Request bodies are JSON (or multipart, for audio turns) and valid UTF-8: anything else is
 * refused up front with a clear error instead of being half-parsed.
 */
export const requireJsonBodies = createMiddleware(async (c, next) => {
  if (!["POST", "PUT", "PATCH"].includes(c.req.method)) return next();
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  const length = Number(c.req.header("content-length") ?? "0");
  if (type.startsWith("multipart/form-data")) return next();
  if (!type.startsWith("application/json")) {
    if (type === "" && length === 0) return next();
    throw new DomainError(
      "unsupported_media_type",
      `Send the body as application/json (got ${type || "no content type"}).`,
    );
  }
  let text: string;
  try {
    text = utf8.decode(await c.req.arrayBuffer());
  } catch {
    throw new DomainError("invalid_utf8", "The request body is not valid UTF-8.");
  }
  // The validator's `c.req.json()` reads the text: hand it over decoded, instead of hono decoding
  // the cached bytes again through a new Response. hono keeps promises there (its type says values).
  (c.req.bodyCache as Record<string, unknown>).text = Promise.resolve(text);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return next(); // the validator answers malformed JSON with its own message
  }
  checkJsonShape(body);
  return next();
});

/** Deeper than any real request (an eval report is a handful of levels); SQL builders and zod recurse. */
export const MAX_JSON_DEPTH = 64;

/**
 * Refuses, before anything reads it: JSON nested deeper than MAX_JSON_DEPTH, and text with a lone
 * UTF-16 surrogate ("\ud800"), which would otherwise be stored silently rewritten as U+FFFD.
 * Iterative, so a body of 100,000 nested arrays costs a loop, not the stack.
 */
export function checkJsonShape(body: unknown) {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: body, depth: 0, path: "" }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    const problem = (message: string) =>
      new DomainError("invalid_request", `Invalid json: ${path ? `${path}: ` : ""}${message}`, {
        issues: [{ field: path, message }],
      });
    if (typeof value === "string") {
      if (hasLoneSurrogate(value)) throw problem("has a lone UTF-16 surrogate; send well-formed Unicode text");
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (depth >= MAX_JSON_DEPTH) throw problem(`is nested more than ${MAX_JSON_DEPTH} levels deep`);
    for (const [key, child] of Object.entries(value)) {
      if (hasLoneSurrogate(key)) throw problem("has a key with a lone UTF-16 surrogate");
      stack.push({ value: child, depth: depth + 1, path: path ? `${path}.${key}` : key });
    }
  }
}

/** A UTF-16 surrogate not in a pair (with the `u` flag, a paired one is read as one code point). */
export const hasLoneSurrogate = (text: string) => /\p{Cs}/u.test(text);

/** Nothing a person could read: only spaces and invisible format characters (zero-width, joiners, bidi marks). */
export const isBlank = (text: string) => text.replace(/[\s\p{Cf}]/gu, "") === "";

/** How long a refused upload still being sent past the limit is read and dropped after the answer. */
const LINGER_MS = 2_000;

/**
 * A request refused before its body was read (an unknown route, a call not found, a wrong Origin)
 * has that body read and dropped before the answer goes out, up to `maxBytes`: closing on a client
 * that is still sending resets the connection, and it never reads why it was refused (issue 15,
 * finding 9). A body past `maxBytes` (declared, or found while reading) is answered at once and
 * then read and dropped for a moment — a lingering close — so the reset, if the client is still
 * sending after that, comes after the answer rather than instead of it.
 */
export function drainRefusedBodies(maxBytes: number) {
  return createMiddleware(async (c, next) => {
    await next();
    const request = c.req.raw;
    if (c.res.status < 400 || request.bodyUsed || !request.body) return;
    const reader = request.body.getReader();
    const declared = Number(c.req.header("content-length"));
    if (!(declared > maxBytes) && (await discard(reader, maxBytes)) !== "more") return;
    void discard(reader, Infinity, LINGER_MS);
  });
}

/** Reads and drops a body until it ends, passes `maxBytes`, fails, or `forMs` runs out (then cancels it). */
async function discard(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  maxBytes: number,
  forMs?: number,
): Promise<"done" | "more" | "gone"> {
  const timer = forMs === undefined ? undefined : setTimeout(() => void reader.cancel().catch(() => {}), forMs);
  timer?.unref();
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return "done";
      read += value.byteLength;
      if (read > maxBytes) return "more";
    }
  } catch {
    return "gone"; // the client went away
  } finally {
    clearTimeout(timer);
  }
}

/** What a multipart route takes, so a refusal names it: a document for drafting, else a recording. */
const UPLOADS: { path: RegExp; code: ErrorCode; what: string }[] = [
  { path: /^\/api\/authoring\/draft\/?$/, code: "document_too_large", what: "a document" },
];
const RECORDING = { code: "audio_too_large" as ErrorCode, what: "a recording" };

/** The code and message for a multipart body at `path` over `maxBytes`. */
export function uploadRefusal(path: string, maxBytes: number): { code: ErrorCode; message: string } {
  const { code, what } = UPLOADS.find((upload) => upload.path.test(path)) ?? RECORDING;
  return { code, message: `Uploads (${what} and its fields) are limited to ${maxBytes} bytes.` };
}

/**
 * hono's `bodyLimit`, answering from the declared Content-Length without touching the body when
 * it can (as `bodyLimit` itself does). `bodyLimit` first asks for the body as a web stream, which
 * makes @hono/node-server build a full `Request` around the socket, and the JSON read after it then
 * goes through web streams too; a body within its declared limit is read straight from the socket.
 */
export function bodyLimitByLength(maxBytes: number, onError: (c: Context) => Response | Promise<Response>) {
  const limit = bodyLimit({ maxSize: maxBytes, onError });
  return createMiddleware(async (c, next) => {
    const declared = c.req.header("content-length");
    // bodyLimit's own answer for a declared length within the limit (or unreadable: NaN) is next().
    if (
      declared !== undefined &&
      c.req.header("transfer-encoding") === undefined &&
      !(parseInt(declared || "0", 10) > maxBytes)
    )
      return next();
    return limit(c, next);
  });
}

/** The byte limit for multipart bodies, answered 413 with the code of what the route uploads. */
export function uploadLimit(maxBytes: number) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      const { code, message } = uploadRefusal(c.req.path, maxBytes);
      return c.json(errorBody(code, message), ERROR_STATUS[code]);
    },
  });
}
