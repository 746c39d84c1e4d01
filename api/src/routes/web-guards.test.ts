import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf, signIn } from "../testing/signed-in-client";
import { startTestRuntime } from "../testing/test-runtime";

/** Issue 15, findings 6 and 7: Host allow-list, same-origin writes, security headers, no-store. */
type Runtime = Awaited<ReturnType<typeof startTestRuntime>>;
const START = { personaId: "cancel-after-outages", mode: "exam" };
const send = (
  parley: Runtime,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown },
) =>
  parley.app.request(url, {
    method: init.method ?? "GET",
    headers: { "content-type": "application/json", ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
const sessionCount = async (parley: Runtime) =>
  ((await (await send(parley, "/api/sessions", {})).json()) as { items: unknown[] }).items.length;

describe("local mode", () => {
  let parley: Runtime;
  beforeAll(async () => {
    parley = await startTestRuntime();
  });
  afterAll(() => parley.close());

  it("answers only to loopback names and the configured HOST (DNS rebinding gets 421)", async () => {
    for (const url of ["http://rebind.attacker.example:8787/api/personas", "http://evil.test/api/health"]) {
      const response = await send(parley, url, {});
      expect(response.status).toBe(421);
      expect((await errorOf(response)).code).toBe("host_not_allowed");
    }
    const write = await send(parley, "http://rebind.attacker.example:8787/api/sessions", {
      method: "POST",
      body: START,
    });
    expect(write.status).toBe(421);
    for (const url of [
      "http://localhost:8787/api/personas",
      "http://127.0.0.1:8787/api/personas",
      "http://[::1]/api/personas",
    ])
      expect((await send(parley, url, {})).status).toBe(200);
  });

  it("refuses a write from another origin (another localhost port), storing nothing", async () => {
    const before = await sessionCount(parley);
    const url = "http://127.0.0.1:8787/api/sessions";
    for (const headers of <Record<string, string>[]>[
      { origin: "http://127.0.0.1:5555" },
      { origin: "http://localhost:8787" },
      { origin: "null" },
      { "sec-fetch-site": "same-site" },
    ]) {
      const response = await send(parley, url, { method: "POST", headers, body: START });
      expect(response.status).toBe(403);
      expect((await errorOf(response)).code).toBe("origin_not_allowed");
    }
    expect(await sessionCount(parley)).toBe(before);
    expect(
      (await send(parley, url, { method: "POST", headers: { origin: "http://127.0.0.1:8787" }, body: START })).status,
    ).toBe(201);
    expect((await send(parley, url, { method: "POST", body: START })).status).toBe(201); // curl: no Origin
    expect(await sessionCount(parley)).toBe(before + 2);
  });

  it("sends security headers on the app and the API, no-store on the API, no HSTS over plain HTTP", async () => {
    for (const url of ["/", "/api/personas", "/api/no-such-route"]) {
      const response = await send(parley, url, {});
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      expect(response.headers.get("strict-transport-security")).toBeNull();
    }
    expect((await send(parley, "/api/personas", {})).headers.get("cache-control")).toBe("no-store");
    // A turn's stream says no-store itself (so it is not rebuilt to say it): the same header, with the security ones.
    const started = (await (await send(parley, "/api/sessions", { method: "POST", body: START })).json()) as {
      session: { id: string };
    };
    const turn = await send(parley, `/api/sessions/${started.session.id}/turns`, {
      method: "POST",
      body: { text: "I'm sorry about the outages." },
    });
    expect(turn.headers.get("content-type")).toBe("text/event-stream");
    expect(turn.headers.get("cache-control")).toBe("no-store");
    expect(turn.headers.get("x-frame-options")).toBe("DENY");
    expect(await turn.text()).toContain("event: persona");
    expect((await send(parley, "http://evil.test/api/personas", {})).headers.get("x-content-type-options")).toBe(
      "nosniff",
    );
  });
});

describe("accounts mode", () => {
  const ADMIN = { email: "admin@example.com", password: "correct horse battery" };
  let parley: Runtime;
  beforeAll(async () => {
    parley = await startTestRuntime({
      PARLEY_AUTH: "accounts",
      PARLEY_ADMIN_EMAIL: ADMIN.email,
      PARLEY_ADMIN_PASSWORD: ADMIN.password,
      PARLEY_SECURE_COOKIES: "true",
    });
  });
  afterAll(() => parley.close());

  it("refuses a same-site page on another port ending a signed-in user's call", async () => {
    const admin = await signIn(parley, ADMIN.email, ADMIN.password);
    const id = (await admin.json<{ session: { id: string } }>("POST", "/api/sessions", START)).session.id;
    const cookie = await parley.app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    });
    const session = (cookie.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const ended = await send(parley, `http://parley.example:8443/api/sessions/${id}/end`, {
      method: "POST",
      headers: { cookie: session, origin: "http://parley.example:9000" },
    });
    expect(ended.status).toBe(403);
    expect((await admin.json<{ session: { status: string } }>("GET", `/api/sessions/${id}`)).session.status).toBe(
      "active",
    );
  });

  it("answers any Host (a server for a network) and sends HSTS when cookies are Secure", async () => {
    const response = await send(parley, "http://parley.example/api/health", {});
    expect(response.status).toBe(200);
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });
});

describe("draining (SIGTERM)", () => {
  it("refuses writes with 503 shutting_down and keeps answering reads", async () => {
    const parley = await startTestRuntime();
    try {
      const start = () => parley.json("POST", "/api/sessions", { personaId: "cancel-after-outages", mode: "exam" });
      expect((await start()).status).toBe(201);
      parley.drain();
      const refused = await start();
      expect(refused.status).toBe(503);
      expect(await errorOf(refused)).toMatchObject({ code: "shutting_down", details: { retryAfterSeconds: 5 } });
      expect((await parley.app.request("/api/sessions")).status).toBe(200);
    } finally {
      await parley.close();
    }
  });
});
