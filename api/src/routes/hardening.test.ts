import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { stringify } from "yaml";
import { type FakeOpenAIServer, type FakeReply, startFakeOpenAI } from "../testing/fake-openai-server";
import { testPersona } from "../testing/fixtures";
import { readTurnEvents, startTestRuntime } from "../testing/test-runtime";

const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string; message: string } }).error;
let fake: FakeOpenAIServer;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());

async function startCall(parley: Awaited<ReturnType<typeof startTestRuntime>>) {
  const response = await parley.json("POST", "/api/sessions", { personaId: "cancel-after-outages", mode: "exam" });
  return ((await response.json()) as { session: { id: string } }).session.id;
}

describe("limits", () => {
  it("rate-limits turns per user per minute, without storing the refused turn", async () => {
    const parley = await startTestRuntime({ PARLEY_TURNS_PER_MINUTE: "3" });
    const id = await startCall(parley);
    for (let i = 0; i < 3; i++) {
      const response = await parley.json("POST", `/api/sessions/${id}/turns`, { text: "Hello?" });
      expect(response.status).toBe(200);
      await readTurnEvents(response);
    }
    const limited = await parley.json("POST", `/api/sessions/${id}/turns`, { text: "Hello again?" });
    expect(limited.status).toBe(429);
    expect(await errorOf(limited)).toMatchObject({
      code: "rate_limited",
      message: expect.stringMatching(/3 turns a minute/),
    });
    const session = (await (await parley.json("GET", `/api/sessions/${id}`)).json()) as { turns: unknown[] };
    expect(session.turns).toHaveLength(7);
    await parley.close();
  });

  it("stops model calls when the user's daily token budget is spent", async () => {
    fake.onChat(() => ({ kind: "text", content: "Fine.", usage: { prompt_tokens: 400, completion_tokens: 100 } }));
    const parley = await startTestRuntime({
      PARLEY_ENGINE: "model",
      OPENAI_BASE_URL: fake.url,
      PARLEY_DAILY_TOKENS_PER_USER: "1000",
    });
    const id = await startCall(parley);
    const first = await parley.json("POST", `/api/sessions/${id}/turns`, { text: "I'm so sorry." });
    expect(first.status).toBe(200);
    await readTurnEvents(first);
    const spent = await parley.json("POST", `/api/sessions/${id}/turns`, { text: "Are you there?" });
    expect(spent.status).toBe(429);
    expect(await errorOf(spent)).toMatchObject({
      code: "token_budget_exhausted",
      message: expect.stringMatching(/resets at midnight UTC/),
    });
    const calls = await parley.db.orm.select().from(parley.db.tables.modelCalls);
    expect(calls.every((call) => call.userId === "local")).toBe(true);
    await parley.close();
    fake.reset();
  });

  it("refuses request bodies over the limit", async () => {
    const parley = await startTestRuntime();
    const response = await parley.app.request("/api/grade", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ transcript: [{ index: 0, role: "rep", text: "x".repeat(2_000_000) }] }),
    });
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe("payload_too_large");
    await parley.close();
  });
});

describe("bad input is refused with a clear error", () => {
  let parley: Awaited<ReturnType<typeof startTestRuntime>>;
  beforeAll(async () => {
    parley = await startTestRuntime();
  });
  afterAll(() => parley.close());

  const post = (body: RequestInit["body"], contentType: string) =>
    parley.app.request("/api/sessions", { method: "POST", headers: { "content-type": contentType }, body });

  it.each([
    [
      "a wrong content type",
      () => post("personaId=cancel-after-outages", "application/x-www-form-urlencoded"),
      415,
      "unsupported_media_type",
    ],
    ["plain text", () => post('{"personaId":"cancel-after-outages"}', "text/plain"), 415, "unsupported_media_type"],
    [
      "invalid UTF-8",
      () => post(new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), "application/json"),
      400,
      "invalid_utf8",
    ],
    ["malformed JSON", () => post("{nope", "application/json"), 400, "invalid_json"],
    [
      "an unknown field",
      () => post(JSON.stringify({ personaId: "cancel-after-outages", isAdmin: true }), "application/json"),
      400,
      "invalid_request",
    ],
  ])("%s", async (_label, send, status, code) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect((await errorOf(response)).code).toBe(code);
  });

  const validate = async (source: string) =>
    (await (await parley.json("POST", "/api/personas/validate", { source })).json()) as {
      valid: boolean;
      issues: { message: string }[];
    };

  it("a persona with a very long string", async () => {
    const result = await validate(stringify({ ...testPersona(), background: "a".repeat(20_000) }));
    expect(result.valid).toBe(false);
    expect(result.issues[0]?.message).toMatch(/at most 4000 characters/);
  });

  it("deeply nested YAML", async () => {
    const deep = `${"a: ".repeat(1)}${"[".repeat(5000)}${"]".repeat(5000)}\n`;
    const result = await validate(deep);
    expect(result.valid).toBe(false);
  });

  it("an alias bomb", async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `l${i}: &l${i} [${Array(9)
          .fill(i === 1 ? "*a" : `*l${i - 1}`)
          .join(",")}]`,
      );
    const result = await validate(lines.join("\n"));
    expect(result.valid).toBe(false);
    expect(result.issues[0]?.message).toMatch(/alias|YAML/i);
  });
});

describe("secrets", () => {
  it("never sends the model API key to a client or writes it to a log", async () => {
    const key = "sk-live-very-secret-key-123456";
    const logged: string[] = [];
    const spies = (["log", "warn", "error", "info"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map((arg) => (arg instanceof Error ? `${arg.message}\n${arg.stack}` : String(arg))).join(" "));
      }),
    );
    const replies: FakeReply[] = [
      { kind: "error", status: 401, message: "bad key" },
      { kind: "error", status: 500 },
    ];
    fake.onChat(() => replies.shift() ?? { kind: "text", content: "Fine." });
    const parley = await startTestRuntime({
      PARLEY_ENGINE: "model",
      OPENAI_BASE_URL: fake.url,
      OPENAI_API_KEY: key,
      PARLEY_MODEL_RETRIES: "0",
    });
    const bodies: string[] = [await (await parley.json("GET", "/api/health")).text()];
    const id = await startCall(parley);
    for (const text of ["Hello?", "Still there?", "Hi."]) {
      bodies.push(
        JSON.stringify(await readTurnEvents(await parley.json("POST", `/api/sessions/${id}/turns`, { text }))),
      );
    }
    bodies.push(await (await parley.json("POST", `/api/sessions/${id}/end`)).text());
    bodies.push(await (await parley.json("GET", `/api/sessions/${id}`)).text());
    for (const spy of spies) spy.mockRestore();
    // The key was really in use: it went to the model endpoint, and nowhere else.
    expect(fake.requests.some((request) => String(request.headers.authorization).includes(key))).toBe(true);
    await parley.close();
    fake.reset();
    for (const text of [...bodies, ...logged]) expect(text).not.toContain(key);
  });
});

describe("no stuck sessions", () => {
  it("releases turn locks left by a process that died, when the next one starts", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "parley-locks-"));
    const file = path.join(dir, "parley.db");
    const first = await startTestRuntime({ PARLEY_DB: file });
    const id = await startCall(first);
    await first.db.orm.update(first.db.tables.sessions).set({ turnLockedAt: Date.now() });
    expect((await first.json("POST", `/api/sessions/${id}/turns`, { text: "Hello?" })).status).toBe(409);
    await first.close();
    const second = await startTestRuntime({ PARLEY_DB: file });
    const response = await second.json("POST", `/api/sessions/${id}/turns`, { text: "Hello?" });
    expect(response.status).toBe(200);
    expect((await readTurnEvents(response)).some((event) => event.type === "persona")).toBe(true);
    await second.close();
  });
});
