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
  try {
    utf8.decode(await c.req.arrayBuffer());
  } catch {
    throw new DomainError("invalid_utf8", "The request body is not valid UTF-8.");
  }
  return next();
});
