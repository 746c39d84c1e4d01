import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import type { UserStore } from "../db/user-store";
import { DomainError } from "../errors";
import type { AuthEnv, Principal } from "./principal";

export const SESSION_COOKIE = "parley_session";

export type AuthMode = { kind: "local"; user: Principal } | { kind: "accounts"; users: UserStore };

/**
 * Resolves who is calling: in local mode always the single local user; with accounts, the
 * session cookie or an `Authorization: Bearer` API token, else `unauthenticated`.
 */
export function authenticate(mode: AuthMode) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    const principal = await whoIsCalling(mode, c);
    if (!principal)
      throw new DomainError("unauthenticated", "Sign in first (or send an API token as `Authorization: Bearer ...`).");
    c.set("principal", principal);
    return next();
  });
}

/** The caller, or null when not signed in (local mode: always the local user). */
export async function whoIsCalling(mode: AuthMode, c: Context): Promise<Principal | null> {
  if (mode.kind === "local") return mode.user;
  // A token works only as a bearer token and a cookie secret only as the cookie (issue 15).
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
  const cookie = getCookie(c, SESSION_COOKIE);
  return bearer !== undefined
    ? await mode.users.resolveToken(bearer)
    : cookie !== undefined
      ? await mode.users.resolveSession(cookie)
      : null;
}
