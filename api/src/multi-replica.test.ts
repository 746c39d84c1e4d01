import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POSTGRES_URL, freshDatabase } from "./testing/databases";
import { type FakeOpenAIServer, startFakeOpenAI } from "./testing/fake-openai-server";
import { type ServerProcess, startServerProcess } from "./testing/server-process";

// Issue 20, item 3: API processes sharing one PostgreSQL database. Each case starts real servers
// (`node --import tsx api/src/server.ts`) against the fake OpenAI-compatible server, whose customer
// replies stream slowly enough that a turn is still in flight when the test acts.

const REPLY = "Well, I have been waiting on this line for a very long time now, you know that?";
type Turn = { index: number; role: "rep" | "customer"; text: string };

let fake: FakeOpenAIServer;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake?.close());
beforeEach(() =>
  fake.onChat((body) =>
    body.response_format ? { kind: "json", value: { moves: [] } } : { kind: "text", content: REPLY, chunkDelayMs: 120 },
  ),
);

async function replicas(count: number, env: Record<string, string> = {}) {
  const { location, drop } = await freshDatabase("postgres");
  const shared = {
    DATABASE_URL: location,
    PARLEY_ENGINE: "model",
    OPENAI_BASE_URL: fake.url,
    OPENAI_API_KEY: "sk-test",
    PARLEY_MODEL_RETRIES: "0",
    ...env,
  };
  const servers: ServerProcess[] = [];
  // One after another: starting together is tested in startup-together.test.ts.
  for (let i = 0; i < count; i++)
    servers.push(await startServerProcess({ ...shared, PARLEY_REPLICA_ID: `replica-${i}` }));
  return {
    servers,
    async close() {
      for (const server of servers) {
        if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill("SIGKILL");
      }
      await Promise.all(servers.map((server) => server.stop()));
      await drop();
    },
  };
}

const post = (server: ServerProcess, path: string, body: unknown) =>
  fetch(`${server.base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

async function startCall(server: ServerProcess): Promise<string> {
  const response = await post(server, "/api/sessions", { personaId: "cancel-after-outages", mode: "exam" });
  expect(response.status).toBe(201);
  return ((await response.json()) as { session: { id: string } }).session.id;
}

async function transcript(server: ServerProcess, id: string): Promise<Turn[]> {
  const response = await fetch(`${server.base}/api/sessions/${id}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { turns: Turn[] }).turns;
}

/** Reads a turn's event stream until `until` appears in it (or to its end). */
async function readStream(response: Response, until?: string): Promise<string> {
  const reader = response.body!.getReader();
  let stream = "";
  while (!until || !stream.includes(until)) {
    const chunk = await reader.read();
    if (chunk.done) break;
    stream += new TextDecoder().decode(chunk.value);
  }
  if (until) void reader.cancel().catch(() => {});
  return stream;
}

const rounds = 3;
const describeOnPostgres = POSTGRES_URL ? describe : describe.skip;
if (!POSTGRES_URL) {
  console.log("PARLEY_TEST_POSTGRES_URL is not set: skipping the multi-replica tests (.ci/run starts one)");
}

describeOnPostgres("replicas sharing one PostgreSQL database", () => {
  it("takes exactly one of two turns sent at once to different replicas (the other gets 409), losing or doubling none", async () => {
    const { servers, close } = await replicas(2);
    try {
      const [a, b] = servers as [ServerProcess, ServerProcess];
      const id = await startCall(a);
      const opening = await transcript(b, id);
      for (let round = 0; round < rounds; round++) {
        const sent = await Promise.all([
          post(a, `/api/sessions/${id}/turns`, { text: `Round ${round}, sent to the first replica.` }),
          post(b, `/api/sessions/${id}/turns`, { text: `Round ${round}, sent to the second replica.` }),
        ]);
        expect(sent.map((response) => response.status).sort()).toEqual([200, 409]);
        const refused = sent.find((response) => response.status === 409)!;
        expect(await refused.json()).toMatchObject({ error: { code: "turn_in_progress" } });
        expect(await readStream(sent.find((response) => response.status === 200)!)).toContain("event: persona");
      }
      const turns = await transcript(a, id);
      const added = turns.slice(opening.length);
      expect(added.map((turn) => turn.role)).toEqual(Array.from({ length: rounds }, () => ["rep", "customer"]).flat());
      added
        .filter((turn) => turn.role === "rep")
        .forEach((turn, round) =>
          expect(turn.text).toMatch(new RegExp(`^Round ${round}, sent to the (first|second) replica\\.$`)),
        );
      expect(turns.map((turn) => turn.index)).toEqual(turns.map((_, index) => index));
    } finally {
      await close();
    }
  }, 120_000);

  it("keeps the rep's turn when a replica is killed mid-turn; its lease runs out and the call goes on on another", async () => {
    const { servers, close } = await replicas(2, { PARLEY_TURN_LEASE_MS: "3000" });
    try {
      const [a, b] = servers as [ServerProcess, ServerProcess];
      const id = await startCall(a);
      const opening = await transcript(b, id);
      const inFlight = await post(a, `/api/sessions/${id}/turns`, { text: "I'm so sorry about the outages." });
      expect(await readStream(inFlight, "event: delta")).toContain("event: delta");
      a.child.kill("SIGKILL");
      await a.stop();

      // The dead replica's lease still holds the call for a moment, and the rep's turn is stored.
      const early = await post(b, `/api/sessions/${id}/turns`, { text: "Hello, are you still there?" });
      expect(early.status).toBe(409);
      expect(await early.json()).toMatchObject({ error: { code: "turn_in_progress" } });
      const kept = await transcript(b, id);
      expect(kept.slice(opening.length)).toMatchObject([{ role: "rep", text: "I'm so sorry about the outages." }]);

      // Then it runs out, and the same call goes on on the other replica.
      let next: Response | null = null;
      for (let attempt = 0; attempt < 60 && !next; attempt++) {
        const response = await post(b, `/api/sessions/${id}/turns`, { text: "Hello, are you still there?" });
        if (response.status === 200) next = response;
        else {
          expect(response.status).toBe(409);
          await response.body?.cancel();
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      }
      expect(next, "the lease never ran out").not.toBeNull();
      expect(await readStream(next!)).toContain(REPLY.slice(0, 20));
      const turns = await transcript(b, id);
      expect(turns.slice(opening.length).map((turn) => [turn.role, turn.text])).toEqual([
        ["rep", "I'm so sorry about the outages."],
        ["rep", "Hello, are you still there?"],
        ["customer", REPLY],
      ]);
    } finally {
      await close();
    }
  }, 120_000);
});
