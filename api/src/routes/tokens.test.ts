import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, signIn } from "../testing/signed-in-client";
import { startTestRuntime } from "../testing/test-runtime";

/** Issue 15, finding 5: tokens expire, admins list and revoke them, resets revoke them, cookies and tokens stay apart. */
type Runtime = Awaited<ReturnType<typeof startTestRuntime>>;
let parley: Runtime;
let admin: Client;
let userId: string;
const ADMIN = { email: "admin@example.com", password: "correct horse battery" };
const LEE = { email: "lee@example.com", password: "long enough password" };

beforeAll(async () => {
  parley = await startTestRuntime({
    PARLEY_AUTH: "accounts",
    PARLEY_ADMIN_EMAIL: ADMIN.email,
    PARLEY_ADMIN_PASSWORD: ADMIN.password,
    PARLEY_TOKEN_DAYS: "30",
  });
  admin = await signIn(parley, ADMIN.email, ADMIN.password);
  const created = await admin.json<{ user: { id: string } }>("POST", "/api/users", {
    name: "Lee",
    role: "learner",
    ...LEE,
  });
  userId = created.user.id;
});
afterAll(() => parley.close());

const withBearer = (token: string, url = "/api/auth/me") =>
  parley.app.request(url, { headers: { authorization: `Bearer ${token}` } });
const withCookie = (secret: string, url = "/api/auth/me") =>
  parley.app.request(url, { headers: { cookie: `parley_session=${secret}` } });
async function newToken(client: Client) {
  return (
    await client.json<{ token: { id: string; token: string; expiresAt: number } }>("POST", "/api/tokens", {
      name: "ci",
    })
  ).token;
}

describe("API tokens", () => {
  it("expire after PARLEY_TOKEN_DAYS", async () => {
    const lee = await signIn(parley, LEE.email, LEE.password);
    const token = await newToken(lee);
    expect(token.expiresAt).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect(token.expiresAt).toBeLessThanOrEqual(Date.now() + 30 * 86_400_000);
    expect((await withBearer(token.token)).status).toBe(200);
    await parley.db.orm.update(parley.db.tables.apiTokens).set({ expiresAt: Date.now() - 1 });
    expect((await withBearer(token.token)).status).toBe(401);
  });

  it("an admin lists and revokes another user's tokens", async () => {
    const lee = await signIn(parley, LEE.email, LEE.password);
    const token = await newToken(lee);
    const listed = await admin.json<{ items: { id: string; expiresAt: number }[] }>(
      "GET",
      `/api/users/${userId}/tokens`,
    );
    expect(listed.items.map((item) => item.id)).toContain(token.id);
    expect((await lee.call("GET", `/api/users/${userId}/tokens`)).status).toBe(403);
    expect((await admin.call("DELETE", `/api/users/${userId}/tokens/${token.id}`)).status).toBe(200);
    expect((await withBearer(token.token)).status).toBe(401);
    expect((await admin.call("DELETE", `/api/users/${userId}/tokens/${token.id}`)).status).toBe(404);
  });

  it("a password reset revokes tokens made with a stolen cookie", async () => {
    const lee = await signIn(parley, LEE.email, LEE.password);
    const stolen = await newToken(lee);
    expect((await admin.call("PATCH", `/api/users/${userId}`, { password: "a brand new password" })).status).toBe(200);
    expect((await withBearer(stolen.token)).status).toBe(401);
    LEE.password = "a brand new password";
  });

  it("disabling revokes tokens, and re-enabling does not bring them back", async () => {
    const lee = await signIn(parley, LEE.email, LEE.password);
    const token = await newToken(lee);
    expect((await admin.call("PATCH", `/api/users/${userId}`, { disabled: true })).status).toBe(200);
    expect((await withBearer(token.token)).status).toBe(401);
    expect((await admin.call("PATCH", `/api/users/${userId}`, { disabled: false })).status).toBe(200);
    expect((await withBearer(token.token)).status).toBe(401);
  });

  it("a cookie secret is no bearer token, and a token is no cookie", async () => {
    const login = await parley.app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(LEE),
    });
    const secret = /parley_session=([^;]+)/.exec(login.headers.get("set-cookie") ?? "")?.[1] ?? "";
    expect((await withCookie(secret)).status).toBe(200);
    expect((await withBearer(secret)).status).toBe(401);
    const token = await newToken(await signIn(parley, LEE.email, LEE.password));
    expect((await withBearer(token.token)).status).toBe(200);
    expect((await withCookie(token.token)).status).toBe(401);
  });
});
