import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAIServer, startFakeOpenAI } from "./testing/fake-openai-server";
import { startServerProcess } from "./testing/server-process";

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
});
