import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf, signIn } from "../testing/signed-in-client";
import { startTestRuntime } from "../testing/test-runtime";
import { createLoginThrottle, DEFAULT_THROTTLE, memoryAttemptStore } from "./login-throttle";

/** Issue 15, finding 8: sign-in throttling per account and per address; a flood cannot stall sign-in. */
type Runtime = Awaited<ReturnType<typeof startTestRuntime>>;
let parley: Runtime;
const ADMIN = { email: "admin@example.com", password: "correct horse battery" };

beforeAll(async () => {
  parley = await startTestRuntime({
    PARLEY_AUTH: "accounts",
    PARLEY_ADMIN_EMAIL: ADMIN.email,
    PARLEY_ADMIN_PASSWORD: ADMIN.password,
  });
  const admin = await signIn(parley, ADMIN.email, ADMIN.password);
  for (const name of ["lee", "kim", "sam"]) {
    const email = `${name}@example.com`;
    expect(
      (await admin.call("POST", "/api/users", { name, email, role: "learner", password: "long enough password" }))
        .status,
    ).toBe(201);
  }
});
afterAll(() => parley.close());

/** A sign-in from a given client address (the socket's address, as @hono/node-server reports it). */
const login = (email: string, password: string, address: string) =>
  parley.app.request(
    "/api/auth/login",
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) },
    { incoming: { socket: { remoteAddress: address } } },
  );

describe("POST /api/auth/login throttling", () => {
  it("after five wrong passwords for an account, even the right one waits (429 with retryAfterSeconds)", async () => {
    for (let i = 0; i < 5; i++) expect((await login("lee@example.com", `wrong ${i}`, "10.0.0.1")).status).toBe(401);
    const limited = await login("lee@example.com", "long enough password", "10.0.0.2");
    expect(limited.status).toBe(429);
    const error = await errorOf(limited);
    expect(error.code).toBe("rate_limited");
    expect((error as { details?: { retryAfterSeconds?: number } }).details?.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.headers.get("set-cookie")).toBeNull();
    // Another account is not affected.
    expect((await login("kim@example.com", "long enough password", "10.0.0.2")).status).toBe(200);
  });

  it("throttles an address trying many accounts, not other addresses", async () => {
    for (let i = 0; i < 20; i++) expect((await login(`nobody${i}@example.com`, "guess", "10.0.0.9")).status).toBe(401);
    expect((await login("sam@example.com", "long enough password", "10.0.0.9")).status).toBe(429);
    expect((await login("sam@example.com", "long enough password", "10.0.0.10")).status).toBe(200);
  });

  it("keeps sign-in answering during a flood: the flood gets 429s, a real user signs in", async () => {
    const flood = Array.from({ length: 12 }, (_, i) => login(`flood${i}@example.com`, "guess", "10.0.0.66"));
    const real = login("kim@example.com", "long enough password", "10.0.0.77");
    const [realResponse, ...floodResponses] = await Promise.all([real, ...flood]);
    expect(realResponse?.status).toBe(200);
    const statuses = floodResponses.map((response) => response.status);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(8);
  });
});

describe("createLoginThrottle", () => {
  it("backs off exponentially after the free failures and forgets an account on success", async () => {
    let clock = 0;
    const throttle = createLoginThrottle(DEFAULT_THROTTLE, memoryAttemptStore(), () => clock);
    const fail = () => throttle.attempt("a@x", "1.1.1.1", () => Promise.resolve({ ok: false }));
    for (let i = 0; i < 5; i++) await fail();
    await expect(fail()).rejects.toMatchObject({ code: "rate_limited", details: { retryAfterSeconds: 1 } });
    clock += 1_000;
    await fail(); // the sixth failure: the next wait is 2 s
    await expect(fail()).rejects.toMatchObject({ details: { retryAfterSeconds: 2 } });
    clock += 2_000;
    await throttle.attempt("a@x", "1.1.1.1", () => Promise.resolve({ ok: true }));
    await expect(fail()).resolves.toEqual({ ok: false });
  });
});
