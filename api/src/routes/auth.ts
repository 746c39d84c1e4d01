import { Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { type AuthMode, authenticate, SESSION_COOKIE } from "../auth/authenticate";
import { verifyPassword } from "../auth/passwords";
import type { AuthEnv } from "../auth/principal";
import { DomainError } from "../errors";
import { validate } from "./validate";
import { createLoginThrottle, type LoginThrottle } from "../auth/login-throttle";
import { type ClientAddress, clientAddressFrom } from "./client-address";

const loginBody = z.strictObject({ email: z.string().trim().min(3).max(200), password: z.string().min(1).max(1000) });

// A hash of a throwaway password, checked when the email is unknown, so timing does not reveal which emails exist.
const DECOY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

/** Sign-in with email and password (an HTTP-only, SameSite cookie), sign-out, and who am I. */
export function authRoutes(
  mode: AuthMode,
  options: { secureCookies: boolean; throttle?: LoginThrottle; clientAddress?: ClientAddress },
) {
  const throttle = options.throttle ?? createLoginThrottle();
  // The socket's address unless trusted proxies are configured (PARLEY_TRUST_PROXY).
  const clientAddress = options.clientAddress ?? clientAddressFrom({ kind: "none" });
  return new Hono<AuthEnv>()
    .post("/login", validate("json", loginBody), async (c) => {
      if (mode.kind === "local")
        throw new DomainError("local_mode", "Parley is in local mode: there is nothing to sign in to.");
      const { email, password } = c.req.valid("json");
      const user = await mode.users.byEmail(email);
      const { ok } = await throttle.attempt(email, clientAddress(c), async () => ({
        ok: (await verifyPassword(password, user?.passwordHash ?? DECOY_HASH)) && user !== undefined && !user.disabled,
      }));
      if (!user || !ok || user.disabled)
        throw new DomainError("invalid_credentials", "That email and password do not match an active account.");
      const { secret, expiresAt } = await mode.users.startSession(user.id);
      setCookie(c, SESSION_COOKIE, secret, {
        httpOnly: true,
        sameSite: "Strict",
        secure: options.secureCookies,
        path: "/",
        expires: new Date(expiresAt),
      });
      return c.json({ user: { id: user.id, name: user.name, role: user.role, teamId: user.teamId } }, 200);
    })
    .post("/logout", async (c) => {
      const secret = getCookie(c, SESSION_COOKIE);
      if (secret && mode.kind === "accounts") await mode.users.endSession(secret);
      deleteCookie(c, SESSION_COOKIE, { path: "/" });
      return c.json({ ok: true }, 200);
    })
    .get("/me", authenticate(mode), (c) => c.json({ user: c.var.principal, mode: mode.kind }, 200));
}
