import { createParser } from "eventsource-parser";
import type { TurnEvent } from "../../practice/turn-events";

/** A Parley server refused or could not be reached; the message says what to do. */
export class ServerError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface ServerClient {
  readonly url: string;
  json<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T>;
  /** Sends a rep turn and reads the whole event stream of the answer. */
  turn(sessionId: string, text: string): Promise<TurnEvent[]>;
}

const errorOf = async (response: Response) => {
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string; details?: { retryAfterSeconds?: unknown } };
  } | null;
  const wait = body?.error?.details?.retryAfterSeconds;
  return {
    code: body?.error?.code ?? "error",
    message: body?.error?.message ?? response.statusText,
    retryAfterSeconds: typeof wait === "number" ? wait : null,
  };
};

export interface ServerClientOptions {
  /** Told when the server's turn rate limit makes the run wait. */
  onWait?: (message: string) => void;
  /** How to wait (tests pass one that does not). */
  sleep?: (ms: number) => Promise<void>;
}

/** A persona suite sends turns faster than a person; the server's per-user turn limit then asks it to wait. */
const MAX_RATE_LIMIT_WAITS = 20;

const closedIdleSocket = (error: unknown) =>
  error instanceof Error &&
  error.cause instanceof Error &&
  "code" in error.cause &&
  ((error.cause.code === "UND_ERR_SOCKET" && /other side closed/.test(error.cause.message)) ||
    // The same race seen from the other side: the server reset the pooled socket as it was reused.
    error.cause.code === "ECONNRESET");

/**
 * Talks to a Parley server with an API token (`parley eval --server URL --token T`). The token is
 * sent as a bearer header and never appears in a message; with none, only a local-mode server
 * (no sign-in) answers.
 */
export function createServerClient(
  baseUrl: string,
  token: string | undefined,
  options: ServerClientOptions = {},
): ServerClient {
  const url = baseUrl.replace(/\/+$/, "");
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const send = (method: string, path: string, body?: unknown) =>
    fetch(`${url}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const call = async (method: string, path: string, body?: unknown, waits = 0): Promise<Response> => {
    let response: Response;
    try {
      // The bootstrap between suites can block the event loop past the server's keep-alive
      // timeout; the pooled socket it closed meanwhile fails before the request reaches it.
      response = await send(method, path, body).catch((error: unknown) => {
        if (closedIdleSocket(error)) return send(method, path, body);
        throw error;
      });
    } catch (error) {
      const cause =
        error instanceof Error && error.cause instanceof Error
          ? error.cause.message
          : error instanceof Error
            ? error.message
            : String(error);
      throw new ServerError(
        `cannot reach the Parley server at ${url} (${cause}); is it running, and is --server right?`,
        null,
      );
    }
    if (response.ok) return response;
    const { code, message, retryAfterSeconds } = await errorOf(response);
    if (
      response.status === 429 &&
      code === "rate_limited" &&
      retryAfterSeconds !== null &&
      waits < MAX_RATE_LIMIT_WAITS
    ) {
      options.onWait?.(`${url}: turn rate limit reached; waiting ${retryAfterSeconds} s (${message})`);
      await sleep(retryAfterSeconds * 1000);
      return call(method, path, body, waits + 1);
    }
    if (response.status === 401 && !token)
      throw new ServerError(
        `${url} needs an API token (401 ${code}): pass --token TOKEN or set PARLEY_TOKEN (a trainer's or an admin's)`,
        401,
      );
    if (response.status === 401)
      throw new ServerError(
        `${url} refused the token (401 ${code}): check --token or PARLEY_TOKEN, and that the token is not revoked`,
        401,
      );
    if (response.status === 403)
      throw new ServerError(
        `${url} does not let this token's user ${method} ${path} (403 ${code}: ${message}); use a trainer's or an admin's token`,
        403,
      );
    throw new ServerError(`${method} ${url}${path} failed: ${response.status} ${code}: ${message}`, response.status);
  };
  return {
    url,
    json: async <T>(method: "GET" | "POST", path: string, body?: unknown) =>
      (await (await call(method, path, body)).json()) as T,
    async turn(sessionId, text) {
      const response = await call("POST", `/api/sessions/${sessionId}/turns`, { text });
      const events: TurnEvent[] = [];
      const parser = createParser({ onEvent: (message) => events.push(JSON.parse(message.data) as TurnEvent) });
      parser.feed(await response.text());
      return events;
    },
  };
}
