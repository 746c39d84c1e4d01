import http from "node:http";
import https from "node:https";
import { finished } from "node:stream";
import { ResponseHeaders } from "./response-headers";

/**
 * The `fetch` the openai SDK is given for chat completions: node:http(s) with a keep-alive agent,
 * answering with the small part of a `Response` the SDK reads (status, headers read where they lie
 * (`ResponseHeaders`), `json()`/`text()`, and a body it iterates for a stream). Node's own `fetch` (undici, WHATWG streams) cost about as
 * much CPU per call as all the rest of a call's handling: see BENCHMARKS.md (finding 6).
 *
 * Other requests (speech, transcription: bodies the SDK reads as web streams or blobs) go to the
 * global `fetch`. Errors keep fetch's shape: a failed connection rejects with `TypeError("fetch
 * failed", { cause })`, an abort with an `AbortError`, so the SDK's retries, timeouts and error
 * classes work as before.
 */
export function createChatFetch(): typeof fetch {
  const agents = {
    "http:": new http.Agent({ keepAlive: true }),
    "https:": new https.Agent({ keepAlive: true }),
  };
  // The SDK asks the same URL every time: parsed once.
  let last: { input: string; url: URL; href: string } | null = null;
  const parse = (input: string | URL | Request): { url: URL; href: string } => {
    if (typeof input !== "string") {
      const url = input instanceof Request ? new URL(input.url) : new URL(input);
      return { url, href: url.toString() };
    }
    if (last?.input !== input) {
      const url = new URL(input);
      last = { input, url, href: url.toString() };
    }
    return last;
  };
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const { url, href } = parse(input);
    const body = init?.body;
    if (!url.pathname.endsWith("/chat/completions") || (body !== undefined && typeof body !== "string"))
      return fetch(input, init);
    const protocol = url.protocol === "https:" ? "https:" : "http:";
    const headers: Record<string, string> = {};
    // The SDK hands a Headers; anything else (a record, pairs) is read through one.
    const given = init?.headers instanceof Headers ? init.headers : new Headers(init?.headers);
    given.forEach((value, name) => (headers[name] = value));
    // Encoded once: its length is the header, and the socket gets the bytes without encoding them again.
    const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : undefined;
    if (bytes) headers["content-length"] = String(bytes.length);
    const signal = init?.signal ?? undefined;
    signal?.throwIfAborted();

    return new Promise<Response>((resolve, reject) => {
      const request = (protocol === "https:" ? https : http).request(url, {
        method: init?.method ?? "GET",
        headers,
        agent: agents[protocol],
      });
      const onAbort = () => request.destroy(abortError(signal));
      signal?.addEventListener("abort", onAbort, { once: true });
      request.once("error", (error) => {
        signal?.removeEventListener("abort", onAbort);
        reject(error.name === "AbortError" ? error : new TypeError("fetch failed", { cause: error }));
      });
      request.once("response", (response) => {
        response.once("close", () => signal?.removeEventListener("abort", onAbort));
        resolve(asResponse(href, response) as unknown as Response);
      });
      request.end(bytes);
    });
  }) as typeof fetch;
}

function abortError(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error && reason.name === "AbortError"
    ? reason
    : new DOMException("This operation was aborted", "AbortError");
}

/** What the openai SDK reads of a fetch `Response`. */
function asResponse(href: string, response: http.IncomingMessage) {
  const status = response.statusCode ?? 0;
  const text = async () => (await readAll(response)).toString("utf8");
  return {
    url: href,
    status,
    statusText: response.statusMessage ?? "",
    ok: status >= 200 && status < 300,
    redirected: false,
    headers: new ResponseHeaders(response.rawHeaders),
    // Async iterable of byte chunks: the SDK's stream reader takes it as it takes a web stream.
    body: byteChunks(response),
    bodyUsed: false,
    text,
    json: async () => JSON.parse(await text()) as unknown,
  };
}

/**
 * The whole body. Ends, and fails, as reading the response with `for await` does (`finished`: an
 * error, or a connection closed before the end, rejects), without an async iterator per response.
 */
function readAll(response: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on("data", (chunk: Buffer) => chunks.push(chunk));
    finished(response, { writable: false }, (error) => (error ? reject(error) : resolve(Buffer.concat(chunks))));
  });
}

/**
 * The body's chunks as they arrive, as one async iterator: lighter than the stream's own (an async
 * generator woken by 'readable' for each chunk; a streamed reply is one chunk per token). Like it,
 * it throws what `finished` reports (an error, or a close before the end), and leaving it early
 * destroys the response, so a half-read body never goes back to the keep-alive pool.
 */
function byteChunks(response: http.IncomingMessage): AsyncIterable<Buffer> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<Buffer> {
      const queued: Buffer[] = [];
      let ended = false;
      let failure: unknown = null;
      let waiting: { resolve: (step: IteratorResult<Buffer>) => void; reject: (error: unknown) => void } | null = null;
      const settle = () => {
        if (!waiting) return;
        const { resolve, reject } = waiting;
        const chunk = queued.shift();
        if (chunk) resolve({ value: chunk, done: false });
        else if (failure !== null) reject(failure);
        else if (ended) resolve({ value: undefined, done: true });
        else return;
        waiting = null;
      };
      response.on("data", (chunk: Buffer) => {
        queued.push(chunk);
        // A reader that falls behind holds the socket's flow back, as the stream's iterator would.
        if (queued.length >= 16) response.pause();
        settle();
      });
      finished(response, { writable: false }, (error) => {
        if (error) failure = error;
        else ended = true;
        settle();
      });
      return {
        next() {
          if (response.isPaused() && queued.length < 16) response.resume();
          return new Promise((resolve, reject) => {
            waiting = { resolve, reject };
            settle();
          });
        },
        async return() {
          queued.length = 0;
          if (!ended && failure === null) response.destroy();
          return { value: undefined, done: true };
        },
      };
    },
  };
}
