import { reportUnauthenticated } from "./auth-events";

/** An API error as the server sends it: `{ error: { code, message, details? } }`. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; details?: unknown };
}

/** Turns a non-2xx response into an ApiRequestError carrying the server's code and message. */
export async function toApiError(response: Response): Promise<ApiRequestError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not JSON (a proxy error page, a dropped connection): fall back to the status line.
  }
  const code = typeof body.error?.code === "string" ? body.error.code : `http_${response.status}`;
  const message =
    typeof body.error?.message === "string"
      ? body.error.message
      : `The server answered ${response.status} ${response.statusText}`.trim();
  // A lost or expired session, on any call: the user is sent to sign in (not a wrong password).
  if (response.status === 401 && code === "unauthenticated") reportUnauthenticated();
  return new ApiRequestError(response.status, code, message, body.error?.details);
}

/** The body of a typed response's success: the error responses a route declares (404, 409) are thrown instead. */
type SuccessBody<R extends { ok: boolean; json(): Promise<unknown> }> = Awaited<
  ReturnType<Extract<R, { ok: true }>["json"]>
>;

/**
 * Awaits a typed client call and returns its JSON body, or throws an ApiRequestError.
 * A network failure becomes code `network` so screens can say the server is unreachable.
 */
export async function unwrap<R extends { ok: boolean; json(): Promise<unknown> }>(
  call: Promise<R>,
): Promise<SuccessBody<R>> {
  let response: R;
  try {
    response = await call;
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiRequestError(0, "network", "Parley's server cannot be reached. Is it running?");
  }
  if (!response.ok) throw await toApiError(response as unknown as Response);
  return (await response.json()) as SuccessBody<R>;
}

export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : "Something went wrong.";
