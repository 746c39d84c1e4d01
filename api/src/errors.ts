import type { ContentfulStatusCode } from "hono/utils/http-status";

/** An error a client caused, sent as `{ error: { code, message, details? } }` with `status`. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export const notFound = (what: string, id: string) => new ApiError(404, `${what}_not_found`, `No ${what} with id "${id}".`);
