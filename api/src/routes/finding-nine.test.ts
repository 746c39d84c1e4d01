import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleRunReport } from "../testing/evals/sample-report";
import { errorOf, signIn } from "../testing/signed-in-client";
import { startTestRuntime, type TestRuntime } from "../testing/test-runtime";

/** Issue 15, finding 9's smaller items: each refused with a clear error, nothing stored. */
let parley: TestRuntime;
beforeAll(async () => {
  parley = await startTestRuntime();
});
afterAll(() => parley.close());

const nested = (levels: number) => `${"[".repeat(levels)}"bottom"${"]".repeat(levels)}`;
const raw = (method: string, url: string, body: string) =>
  parley.app.request(url, { method, headers: { "content-type": "application/json" }, body });

async function startCall() {
  const started = await parley.json("POST", "/api/sessions", {
    personaId: "cancel-after-outages",
    rubricId: "retention-call",
    mode: "coach",
  });
  expect(started.status).toBe(201);
  return ((await started.json()) as { session: { id: string } }).session.id;
}
const repTurnsOf = async (sessionId: string) =>
  (
    await parley.db.orm.select().from(parley.db.tables.turns).where(eq(parley.db.tables.turns.sessionId, sessionId))
  ).filter((turn) => turn.role === "rep");

describe("finding 9", () => {
  it("an eval report nested 5,000 levels deep is a 400 naming the limit, not a 500, and is not stored", async () => {
    // Written out by hand: JSON.stringify itself recurses.
    const report = JSON.stringify(await sampleRunReport()).replace(/}$/, `,"deep":${nested(5_000)}}`);
    const response = await raw("POST", "/api/evals/runs", `{"label":"deep","report":${report}}`);
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      code: "invalid_request",
      message: expect.stringMatching(/nested more than 64 levels deep/),
    });
    expect(await parley.db.orm.select().from(parley.db.tables.evalRuns)).toHaveLength(0);
  });

  it("deep YAML is a clear error, not 'Maximum call stack size exceeded', and saves nothing", async () => {
    for (const source of [`id: deep\nname: ${"[".repeat(5_000)}${"]".repeat(5_000)}`, deepBlockYaml(300)]) {
      const checked = await parley.json("POST", "/api/rubrics/validate", { source });
      const body = (await checked.json()) as { valid: boolean; message: string };
      expect(body.valid).toBe(false);
      expect(body.message).toMatch(/nested more than 64 levels deep/);
      expect(body.message).not.toMatch(/call stack/i);
      const saved = await parley.json("PUT", "/api/rubrics/deep", { source });
      expect(saved.status).toBe(400);
      expect((await errorOf(saved)).message).toMatch(/nested more than 64 levels deep/);
    }
    expect((await parley.json("GET", "/api/rubrics/deep")).status).toBe(404);
  });

  it("a turn of only zero-width characters is refused (empty_turn) and not stored", async () => {
    const id = await startCall();
    const response = await parley.json("POST", `/api/sessions/${id}/turns`, {
      text: "\u200b\u200c\u200d\u2060\ufeff \u200b",
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe("empty_turn");
    expect(await repTurnsOf(id)).toHaveLength(0);
  });

  it("a turn with a lone surrogate is refused, not silently rewritten", async () => {
    const id = await startCall();
    const response = await raw("POST", `/api/sessions/${id}/turns`, '{"text":"I am sorry \\ud800 about that."}');
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      code: "invalid_request",
      message: expect.stringMatching(/text: has a lone UTF-16 surrogate/),
    });
    expect(await repTurnsOf(id)).toHaveLength(0);
    // A paired surrogate (an emoji) is ordinary text.
    const emoji = await raw("POST", `/api/sessions/${id}/turns`, '{"text":"I am sorry \\ud83d\\ude42 about that."}');
    expect(emoji.status).toBe(200);
    await emoji.text();
    expect((await repTurnsOf(id)).map((turn) => turn.text)).toEqual(["I am sorry 🙂 about that."]);
  });
});

describe("finding 9 with accounts", () => {
  let accounts: TestRuntime;
  beforeAll(async () => {
    accounts = await startTestRuntime({
      PARLEY_AUTH: "accounts",
      PARLEY_ADMIN_EMAIL: "admin@example.com",
      PARLEY_ADMIN_PASSWORD: "correct horse battery",
    });
  });
  afterAll(() => accounts.close());

  it("unauthenticated /api/health says it is up, not the engine, models or version; signed in, it says all", async () => {
    const open = (await (await accounts.app.request("/api/health")).json()) as Record<string, unknown>;
    expect(open).toEqual({ ok: true, auth: "accounts" });
    const admin = await signIn(accounts, "admin@example.com", "correct horse battery");
    const full = await admin.json("GET", "/api/health");
    expect(full).toMatchObject({
      ok: true,
      engine: "offline",
      version: expect.any(String),
      models: expect.any(Object),
    });
  });

  it("a token's use writes last_used_at at most once a minute (so a full disk cannot fail every request)", async () => {
    const admin = await signIn(accounts, "admin@example.com", "correct horse battery");
    const { token } = await admin.json<{ token: { id: string; token: string } }>("POST", "/api/tokens", { name: "ci" });
    const use = () => accounts.app.request("/api/auth/me", { headers: { authorization: `Bearer ${token.token}` } });
    const apiTokens = () => accounts.db.tables.apiTokens;
    const lastUsed = async () =>
      (await accounts.db.orm.select().from(apiTokens()).where(eq(apiTokens().id, token.id)))[0]?.lastUsedAt ?? null;
    expect((await use()).status).toBe(200);
    const recent = Date.now() - 10_000;
    await accounts.db.orm.update(apiTokens()).set({ lastUsedAt: recent }).where(eq(apiTokens().id, token.id));
    expect((await use()).status).toBe(200);
    expect(await lastUsed()).toBe(recent);
    const old = Date.now() - 120_000;
    await accounts.db.orm.update(apiTokens()).set({ lastUsedAt: old }).where(eq(apiTokens().id, token.id));
    expect((await use()).status).toBe(200);
    expect(await lastUsed()).toBeGreaterThan(old);
  });
});

/** A rubric whose `name` is a block mapping nested `levels` deep (one space more per level). */
function deepBlockYaml(levels: number) {
  const lines = ["id: deep", "name:"];
  for (let i = 1; i <= levels; i++) lines.push(`${" ".repeat(i)}k${i}:`);
  return `${lines.join("\n")} x\n`;
}
