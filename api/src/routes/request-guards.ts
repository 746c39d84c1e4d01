import { createMiddleware } from "hono/factory";
import { DomainError } from "../errors";

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

/**
 * A request refused before its body was read (an unknown route, a call not found, a wrong Origin)
 * has that body read and dropped before the answer goes out, up to `maxBytes`: closing on a client
 * that is still sending resets the connection, and it never reads why it was refused (issue 15,
 * finding 9). Past `maxBytes` the answer says `Connection: close`.
 */
export function drainRefusedBodies(maxBytes: number) {
  return createMiddleware(async (c, next) => {
    await next();
    const request = c.req.raw;
    if (c.res.status < 400 || request.bodyUsed || !request.body) return;
    let read = 0;
    try {
      const reader = request.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        read += value.byteLength;
        if (read > maxBytes) {
          await reader.cancel();
          break;
        }
      }
    } catch {
      // over a body limit, or the client went away: nothing more to read
    }
    c.res.headers.set("connection", "close");
  });
}
