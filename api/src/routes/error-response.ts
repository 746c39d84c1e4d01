import type { Context } from "hono";
import { DomainError, type ErrorCode } from "../errors";
import { ERROR_STATUS } from "./error-status";

/** Every error a client gets: `{ error: { code, message, details? } }`. */
export const errorBody = (code: string, message: string, details?: unknown) => ({
  error: details === undefined ? { code, message } : { code, message, details },
});

/**
 * Answers a domain error whose code the client branches on (a turn in progress, a call not found)
 * as a typed response, so `hc<AppType>` sees it; any other error goes on to `app.onError`.
 */
export function expectedError<const C extends ErrorCode>(c: Context, error: unknown, codes: readonly C[]) {
  if (error instanceof DomainError && (codes as readonly ErrorCode[]).includes(error.code)) {
    const code = error.code as C;
    return c.json({ error: { code: code as string, message: error.message } }, ERROR_STATUS[code]);
  }
  throw error;
}
