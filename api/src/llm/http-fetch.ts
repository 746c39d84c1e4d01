import http from "node:http";
import https from "node:https";

/**
 * The `fetch` the openai SDK is given for chat completions: node:http(s) with a keep-alive agent,
 * answering with the small part of a `Response` the SDK reads (status, headers, `json()`/`text()`,
 * and a body it iterates for a stream). Node's own `fetch` (undici, WHATWG streams) cost about as
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
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? new URL(input.url) : new URL(input);
    const body = init?.body;
    if (!url.pathname.endsWith("/chat/completions") || (body !== undefined && typeof body !== "string"))
      return fetch(input, init);
    const protocol = url.protocol === "https:" ? "https:" : "http:";
    const headers: Record<string, string> = {};
    // The SDK hands a Headers; anything else (a record, pairs) is read through one.
    const given = init?.headers instanceof Headers ? init.headers : new Headers(init?.headers);
    given.forEach((value, name) => (headers[name] = value));
    if (typeof body === "string") headers["content-length"] = String(Buffer.byteLength(body));
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
        resolve(asResponse(url, response) as unknown as Response);
      });
      request.end(body);
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
function asResponse(url: URL, response: http.IncomingMessage) {
  const headers = new Headers();
  const raw = response.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  const status = response.statusCode ?? 0;
  const text = async () => {
    response.setEncoding("utf8");
    let all = "";
    for await (const chunk of response) all += chunk as string;
    return all;
  };
  return {
    url: url.toString(),
    status,
    statusText: response.statusMessage ?? "",
    ok: status >= 200 && status < 300,
    redirected: false,
    headers,
    // Async iterable of byte chunks: the SDK's stream reader takes it as it takes a web stream.
    body: response,
    bodyUsed: false,
    text,
    json: async () => JSON.parse(await text()) as unknown,
  };
}
