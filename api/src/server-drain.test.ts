import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAIServer, startFakeOpenAI } from "./testing/fake-openai-server";
import { startServerProcess } from "./testing/server-process";
import { startTestRuntime } from "./testing/test-runtime";

/** Issue 20: SIGTERM stops taking new turns, lets the one streaming finish, then exits. */
let fake: FakeOpenAIServer;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  // Move readings and judgements answer at once; the customer's reply streams for about 3 s.
  fake.onChat((body) =>
    body.response_format
      ? { kind: "json", value: { moves: [] } }
      : {
          kind: "text",
          content: "Well, I have been waiting on this line for a very long time now, you know that?",
          chunkDelayMs: 150,
        },
  );
});
afterAll(() => fake?.close());

describe("the server process on SIGTERM", () => {
  it("refuses new turns with 503 shutting_down, finishes the turn in flight, then exits 0", async () => {
    const server = await startServerProcess({
      PARLEY_ENGINE: "model",
      OPENAI_BASE_URL: fake.url,
      OPENAI_API_KEY: "sk-test",
      PARLEY_MODEL_RETRIES: "0",
    });
    const post = (path: string, body: unknown) =>
      fetch(`${server.base}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const start = async () => {
      const response = await post("/api/sessions", { personaId: "cancel-after-outages", mode: "exam" });
      expect(response.status).toBe(201);
      return ((await response.json()) as { session: { id: string } }).session.id;
    };
    const [first, second] = [await start(), await start()];

    const turn = await post(`/api/sessions/${first}/turns`, { text: "I'm so sorry about the outages." });
    const reader = turn.body!.getReader();
    let stream = "";
    while (!stream.includes("event: delta")) {
      const chunk = await reader.read();
      if (chunk.done) break;
      stream += new TextDecoder().decode(chunk.value);
    }
    expect(stream).toContain("event: delta");

    server.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    // A new turn, on a fresh connection: refused, or not even accepted (the server stopped listening).
    const refused = await post(`/api/sessions/${second}/turns`, { text: "Hello?" }).then(
      async (response) => ({ status: response.status, body: await response.text() }),
      () => ({ status: 0, body: "connection refused" }),
    );
    expect([0, 503]).toContain(refused.status);
    if (refused.status === 503) expect(refused.body).toContain("shutting_down");

    // The turn in flight streams to its end.
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      stream += new TextDecoder().decode(chunk.value);
    }
    expect(stream).toContain("event: persona");
    expect(stream).toContain("a very long time now");

    await server.stop();
    expect(server.child.exitCode).toBe(0);
  }, 60_000);

  it("with a drain notice, says draining on /api/ready (503) while /api/health stays live, then exits 0", async () => {
    const server = await startServerProcess({ PARLEY_DRAIN_NOTICE_MS: "3000" });
    const get = async (path: string) => {
      const response = await fetch(`${server.base}${path}`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    expect(await get("/api/ready")).toEqual({ status: 200, body: { status: "ready" } });
    const started = await fetch(`${server.base}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ personaId: "cancel-after-outages", mode: "exam" }),
    });
    const { session } = (await started.json()) as { session: { id: string } };

    server.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Still listening during the notice: readiness says draining, liveness says the process is fine.
    expect(await get("/api/ready")).toEqual({ status: 503, body: { status: "draining" } });
    expect((await get("/api/health")).status).toBe(200);
    const turn = await fetch(`${server.base}/api/sessions/${session.id}/turns`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "Hello?" }),
    });
    expect(turn.status).toBe(503);
    expect(await turn.text()).toContain("shutting_down");

    await server.stop();
    expect(server.child.exitCode).toBe(0);
    expect(server.output()).toMatch(/Draining: \/api\/ready answers 503 for 3000 ms/);
  }, 60_000);
});

describe("GET /api/ready", () => {
  it("is open to anyone (no sign-in) and turns 503 draining when the runtime drains", async () => {
    const parley = await startTestRuntime({
      PARLEY_AUTH: "accounts",
      PARLEY_ADMIN_EMAIL: "admin@example.com",
      PARLEY_ADMIN_PASSWORD: "correct horse battery",
    });
    try {
      const ready = await parley.app.request("/api/ready");
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: "ready" });
      parley.drain();
      const draining = await parley.app.request("/api/ready");
      expect(draining.status).toBe(503);
      expect(await draining.json()).toEqual({ status: "draining" });
      expect((await parley.app.request("/api/health")).status).toBe(200);
    } finally {
      await parley.close();
    }
  });
});
