import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime } from "../testing/test-runtime";

type Runtime = Awaited<ReturnType<typeof startTestRuntime>>;
let parley: Runtime;
const ADMIN = { email: "admin@example.com", password: "correct horse battery" };

/** A signed-in client: remembers the session cookie like a browser would. */
function client(runtime: Runtime, cookie = "") {
  const call = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    runtime.app.request(url, {
      method,
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return {
    call,
    json: async (method: string, url: string, body?: unknown) =>
      (await call(method, url, body)).json() as Promise<Record<string, unknown>>,
  };
}

async function signIn(email: string, password: string) {
  const response = await client(parley).call("POST", "/api/auth/login", { email, password });
  expect(response.status).toBe(200);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return client(parley, cookie);
}

const errorCode = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

let admin: ReturnType<typeof client>;
let trainer: ReturnType<typeof client>;
let learner: ReturnType<typeof client>;
let rival: ReturnType<typeof client>;

beforeAll(async () => {
  parley = await startTestRuntime({
    PARLEY_AUTH: "accounts",
    PARLEY_ADMIN_EMAIL: ADMIN.email,
    PARLEY_ADMIN_PASSWORD: ADMIN.password,
  });
  admin = await signIn(ADMIN.email, ADMIN.password);
  const teamA = ((await admin.json("POST", "/api/teams", { name: "Team A" })) as { team: { id: string } }).team.id;
  const teamB = ((await admin.json("POST", "/api/teams", { name: "Team B" })) as { team: { id: string } }).team.id;
  const people = [
    { name: "Tess Trainer", email: "tess@example.com", role: "trainer", teamId: teamA },
    { name: "Lee Learner", email: "lee@example.com", role: "learner", teamId: teamA },
    { name: "Ray Rival", email: "ray@example.com", role: "learner", teamId: teamB },
  ];
  for (const person of people) {
    const response = await admin.call("POST", "/api/users", { ...person, password: "long enough password" });
    expect(response.status).toBe(201);
  }
  trainer = await signIn("tess@example.com", "long enough password");
  learner = await signIn("lee@example.com", "long enough password");
  rival = await signIn("ray@example.com", "long enough password");
});
afterAll(() => parley.close());

describe("signing in", () => {
  it("says which mode it is in, and refuses anonymous calls with accounts on", async () => {
    expect(await client(parley).json("GET", "/api/health")).toMatchObject({ ok: true, auth: "accounts" });
    const anonymous = await client(parley).call("GET", "/api/personas");
    expect(anonymous.status).toBe(401);
    expect(await errorCode(anonymous)).toBe("unauthenticated");
  });

  it("sets an HTTP-only, SameSite session cookie, and never returns a password hash", async () => {
    const response = await client(parley).call("POST", "/api/auth/login", ADMIN);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^parley_session=ps_/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Secure/);
    const body = JSON.stringify(await admin.json("GET", "/api/users"));
    expect(body).not.toMatch(/scrypt|password/i);
  });

  it.each([
    ["a wrong password", { email: ADMIN.email, password: "wrong password here" }],
    ["an unknown email", { email: "nobody@example.com", password: "whatever it is" }],
  ])("refuses %s with the same answer", async (_label, credentials) => {
    const response = await client(parley).call("POST", "/api/auth/login", credentials);
    expect(response.status).toBe(401);
    expect(await errorCode(response)).toBe("invalid_credentials");
  });

  it("signs out: the old cookie stops working", async () => {
    const session = await signIn("lee@example.com", "long enough password");
    expect((await session.call("GET", "/api/auth/me")).status).toBe(200);
    await session.call("POST", "/api/auth/logout");
    expect((await session.call("GET", "/api/auth/me")).status).toBe(401);
  });

  it("issues API tokens for scripts, shown once, revocable", async () => {
    const { token } = (await learner.json("POST", "/api/tokens", { name: "ci" })) as {
      token: { id: string; token: string };
    };
    const bearer = (url: string) => parley.app.request(url, { headers: { authorization: `Bearer ${token.token}` } });
    expect(((await (await bearer("/api/auth/me")).json()) as { user: { name: string } }).user.name).toBe("Lee Learner");
    expect(JSON.stringify(await learner.json("GET", "/api/tokens"))).not.toContain(token.token);
    await learner.call("DELETE", `/api/tokens/${token.id}`);
    expect((await bearer("/api/auth/me")).status).toBe(401);
  });

  it("refuses weak passwords and duplicate accounts", async () => {
    const weak = await admin.call("POST", "/api/users", {
      name: "W",
      email: "w@example.com",
      role: "learner",
      password: "short",
    });
    expect(weak.status).toBe(400);
    const twice = await admin.call("POST", "/api/users", {
      name: "L",
      email: "lee@example.com",
      role: "learner",
      password: "long enough password",
    });
    expect(twice.status).toBe(409);
  });

  it("locks out a disabled user at once", async () => {
    const { user } = (await admin.json("POST", "/api/users", {
      name: "Dee",
      email: "dee@example.com",
      role: "learner",
      password: "long enough password",
    })) as { user: { id: string } };
    const dee = await signIn("dee@example.com", "long enough password");
    await admin.call("PATCH", `/api/users/${user.id}`, { disabled: true });
    expect((await dee.call("GET", "/api/personas")).status).toBe(401);
  });
});

describe("isolation: each rule, tried and broken", () => {
  let sessionId: string;
  beforeAll(async () => {
    const started = (await learner.json("POST", "/api/sessions", { personaId: "cancel-after-outages" })) as {
      session: { id: string };
    };
    sessionId = started.session.id;
    await learner.call("POST", `/api/sessions/${sessionId}/turns`, { text: "I'm so sorry about the outages." });
  });

  it.each([
    ["read", "GET", ""],
    ["answer", "POST", "/turns"],
    ["end", "POST", "/end"],
    ["fork", "POST", "/fork"],
  ])("another learner cannot %s my call (it does not exist for them)", async (_label, method, suffix) => {
    const body = suffix === "/turns" ? { text: "hijack" } : suffix === "/fork" ? { fromTurn: 1 } : undefined;
    const response = await rival.call(method, `/api/sessions/${sessionId}${suffix}`, body);
    expect(response.status).toBe(404);
    const list = (await rival.json("GET", "/api/sessions")) as { items: { id: string }[] };
    expect(list.items.map((item) => item.id)).not.toContain(sessionId);
  });

  it("my team's trainer can read my call but not change it", async () => {
    expect((await trainer.call("GET", `/api/sessions/${sessionId}`)).status).toBe(200);
    const list = (await trainer.json("GET", "/api/sessions")) as { items: { id: string }[] };
    expect(list.items.map((item) => item.id)).toContain(sessionId);
    const answer = await trainer.call("POST", `/api/sessions/${sessionId}/turns`, { text: "I'll take it from here." });
    expect(answer.status).toBe(403);
  });

  it("a learner cannot grade someone else's stored call through /api/grade", async () => {
    expect((await rival.call("POST", "/api/grade", { sessionId })).status).toBe(404);
    expect((await learner.call("POST", "/api/grade", { sessionId })).status).toBe(200);
  });

  it("only trainers publish personas and rubrics", async () => {
    const current = (await trainer.json("GET", "/api/rubrics/retention-call")) as { source: string };
    const edited = current.source.replace(
      "name: Cancellation and retention call",
      "name: Cancellation and retention call (edited)",
    );
    const byLearner = await learner.call("PUT", "/api/rubrics/retention-call", { source: edited });
    expect(byLearner.status).toBe(403);
    expect(await errorCode(byLearner)).toBe("forbidden");
    expect((await trainer.call("PUT", "/api/rubrics/retention-call", { source: edited })).status).toBe(201);
  });

  it("only admins manage users", async () => {
    for (const who of [learner, trainer]) {
      expect((await who.call("GET", "/api/users")).status).toBe(403);
      expect(
        (
          await who.call("POST", "/api/users", {
            name: "X",
            email: "x@example.com",
            role: "admin",
            password: "long enough password",
          })
        ).status,
      ).toBe(403);
    }
  });
});

describe("first admin", () => {
  it("has no default account: with accounts on and no admin configured, nobody can sign in until one is created", async () => {
    const fresh = await startTestRuntime({ PARLEY_AUTH: "accounts" });
    expect(await fresh.needsAdmin()).toBe(true);
    for (const password of ["admin", "password", "parley", ""]) {
      const response = await fresh.app.request("/api/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "admin@localhost", password: password || "x" }),
      });
      expect(response.status).toBe(401);
    }
    await fresh.createAdmin({ email: "boss@example.com", password: "a long first password" });
    expect(await fresh.needsAdmin()).toBe(false);
    await fresh.close();
  });
});
