import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { DomainError } from "../errors";

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]", "::1"];
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Local mode has no sign-in, so it answers only to loopback names and the configured HOST: a page
 * on `rebind.attacker.example` (DNS rebinding to 127.0.0.1) gets 421 instead of the API.
 */
export function hostAllowList(mode: "local" | "accounts", configuredHost: string): MiddlewareHandler {
  const allowed = new Set([...LOOPBACK_NAMES, configuredHost.toLowerCase()]);
  return async (c, next) => {
    if (mode !== "local") return next();
    const hostname = new URL(c.req.url).hostname.toLowerCase();
    if (!allowed.has(hostname))
      throw new DomainError(
        "host_not_allowed",
        `Local mode answers only to ${[...allowed].join(", ")} (this request named "${hostname}").`,
      );
    return next();
  };
}

/**
 * State-changing requests from a browser must come from Parley's own origin. Browsers send
 * `Origin` on every POST, PUT, PATCH and DELETE (no-cors fetches and form posts included), so a
 * request without one is a non-browser client (curl, scripts with a bearer token) and passes.
 */
export const sameOriginWrites: MiddlewareHandler = async (c, next) => {
  if (!STATE_CHANGING.has(c.req.method)) return next();
  const origin = c.req.header("origin");
  const site = c.req.header("sec-fetch-site");
  const own = new URL(c.req.url);
  if (origin !== undefined) {
    const host = URL.canParse(origin) && origin !== "null" ? new URL(origin).host : null;
    if (host !== own.host)
      throw new DomainError(
        "origin_not_allowed",
        `Requests that change data must come from ${own.host}, not ${origin}.`,
      );
  } else if (site !== undefined && site !== "same-origin" && site !== "none") {
    throw new DomainError("origin_not_allowed", `Requests that change data must come from ${own.host} (${site}).`);
  }
  return next();
};

/**
 * Security headers on every response: a CSP the built web app runs under (its own scripts, inline
 * style attributes for React, blob: audio from the microphone), no framing, no sniffing, no
 * referrer; HSTS only when cookies are Secure (the server is behind HTTPS).
 */
export const securityHeaders = (secureCookies: boolean) =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:", "blob:"],
      mediaSrc: ["'self'", "blob:"],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: "DENY",
    referrerPolicy: "no-referrer",
    strictTransportSecurity: secureCookies ? "max-age=31536000; includeSubDomains" : false,
    permissionsPolicy: { microphone: ["self"], camera: [], geolocation: [] },
  });

/**
 * Private API answers are never kept by a browser or proxy cache. Setting a header on a finished
 * response makes hono rebuild it (two fetch `Response`s, about 1% of a turn's CPU for a turn's
 * stream), so an answer that already says no-store is left as it is (the turn stream does).
 */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.res.headers.get("Cache-Control") !== "no-store") c.header("Cache-Control", "no-store");
};

/**
 * While the server shuts down (SIGTERM), requests that would change data are refused so no new
 * turn starts; reads, and the turns already streaming, carry on until they finish.
 */
export const refuseWritesWhile =
  (draining: () => boolean): MiddlewareHandler =>
  async (c, next) => {
    if (draining() && STATE_CHANGING.has(c.req.method))
      throw new DomainError("shutting_down", "This server is restarting; send it again in a moment.", {
        retryAfterSeconds: 5,
      });
    return next();
  };
