import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAIServer, type FakeReply, startFakeOpenAI } from "../testing/fake-openai-server";
import { readTurnEvents, REPO_ROOT, startTestRuntime } from "../testing/test-runtime";

let fake: FakeOpenAIServer;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());

describe("soak: many sessions while the model fails in every way", () => {
  it("loses no turn, leaves no session stuck, and keeps serving", async () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const faults: (() => FakeReply)[] = [
      () => ({ kind: "error", status: 429, retryAfterSeconds: 0.01 }),
      () => ({ kind: "error", status: 500 }),
      () => ({ kind: "hang" }),
      () => ({ kind: "cut", content: "Well I was going to say something", afterChunks: 2 }),
      () => ({ kind: "text", content: "{not json" }),
    ];
    fake.onChat((body) => {
      if (next() < 0.45)
        return (faults[Math.floor(next() * faults.length)] ?? faults[0])?.() ?? { kind: "error", status: 500 };
      return body.response_format ? { kind: "json", value: { moves: [] } } : { kind: "text", content: "Go on." };
    });
    const parley = await startTestRuntime({
      PARLEY_ENGINE: "model",
      OPENAI_BASE_URL: fake.url,
      PARLEY_MODEL_RETRIES: "0",
      // Long enough that a loaded CI machine still answers the calls that do not hang.
      PARLEY_MODEL_TIMEOUT_MS: "1500",
    });
    const SESSIONS = 16;
    const TURNS = 4;
    const ids = await Promise.all(
      Array.from({ length: SESSIONS }, async () => {
        const response = await parley.json("POST", "/api/sessions", {
          personaId: "business-line-down",
          mode: "coach",
          difficulty: "easy",
        });
        return ((await response.json()) as { session: { id: string } }).session.id;
      }),
    );
    const outcomes = await Promise.all(
      ids.map(async (id) => {
        const kinds: string[] = [];
        for (let turn = 0; turn < TURNS; turn++) {
          const response = await parley.json("POST", `/api/sessions/${id}/turns`, {
            text: `Turn ${turn}: let me look into that.`,
          });
          if (response.status === 409) {
            kinds.push("ended");
            continue;
          }
          expect(response.status).toBe(200);
          const events = await readTurnEvents(response);
          kinds.push(events.some((event) => event.type === "persona") ? "answered" : "error");
        }
        return kinds;
      }),
    );
    expect(outcomes.flat()).toContain("error");
    expect(outcomes.flat()).toContain("answered");

    for (const [i, id] of ids.entries()) {
      const session = (await (await parley.json("GET", `/api/sessions/${id}`)).json()) as {
        turns: { role: string; text: string }[];
      };
      const sent = (outcomes[i] ?? []).filter((kind) => kind !== "ended").length;
      expect(session.turns.filter((turn) => turn.role === "rep")).toHaveLength(sent);
    }
    const locked = (await parley.db.orm.select().from(parley.db.tables.sessions)).filter(
      (row) => row.turnLockedAt !== null,
    );
    expect(locked).toEqual([]);
    expect((await parley.json("GET", "/api/health")).status).toBe(200);
    await parley.close();
    fake.reset();
  });
});

describe("killed mid-turn", () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill("SIGKILL");
  });

  async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
    const child = spawn(process.execPath, ["--import", "tsx", "api/src/server.ts"], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: "0", PARLEY_TURNS_PER_MINUTE: "1000", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    const url = await new Promise<string>((resolve, reject) => {
      let output = "";
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const found = /listening on (http:\/\/[\d.:]+)/.exec(output);
        if (found?.[1]) resolve(found[1]);
      };
      child.stdout?.on("data", onData);
      child.stderr?.on("data", onData);
      child.once("exit", (code) => reject(new Error(`server exited (${code}): ${output}`)));
    });
    return { child, url };
  }

  it("leaves a consistent database with the rep's turn saved, and the call continues after a restart", async () => {
    const db = path.join(await mkdtemp(path.join(tmpdir(), "parley-kill-")), "parley.db");
    const env = { PARLEY_DB: db, PARLEY_ENGINE: "model", OPENAI_BASE_URL: fake.url, PARLEY_MODEL_RETRIES: "0" };
    fake.onChat((body) =>
      body.response_format
        ? { kind: "json", value: { moves: [] } }
        : {
            kind: "text",
            content: "Well, I have been waiting on this line for a very long time now, you know.",
            chunkDelayMs: 150,
          },
    );
    const first = await startServer(env);
    const started = await fetch(`${first.url}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ personaId: "cancel-after-outages", mode: "exam" }),
    });
    const { session } = (await started.json()) as { session: { id: string } };
    const turn = await fetch(`${first.url}/api/sessions/${session.id}/turns`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "Before the crash: I'm so sorry." }),
    });
    const reader = turn.body?.getReader();
    let seen = "";
    while (!seen.includes("event: delta")) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) break;
      seen += new TextDecoder().decode(chunk.value);
    }
    expect(seen).toContain("event: delta");
    first.child.kill("SIGKILL");
    await new Promise((resolve) => first.child.once("exit", resolve));

    const raw = new Database(db);
    expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
    const stored = raw
      .prepare("select role, text from turns where session_id = ? order by `index`")
      .all(session.id) as { role: string; text: string }[];
    expect(stored).toEqual([
      { role: "customer", text: expect.any(String) },
      { role: "rep", text: "Before the crash: I'm so sorry." },
    ]);
    raw.close();

    fake.onChat((body) =>
      body.response_format
        ? { kind: "json", value: { moves: [] } }
        : { kind: "text", content: "Sorry, the line went. Go on." },
    );
    const second = await startServer(env);
    const again = await fetch(`${second.url}/api/sessions/${session.id}/turns`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "Are you still there?" }),
    });
    expect(again.status).toBe(200);
    const events = await readTurnEvents(again);
    expect(events.find((event) => event.type === "persona")).toMatchObject({
      turn: { text: "Sorry, the line went. Go on." },
    });
    second.child.kill("SIGTERM");
    // Two server processes start in this test; CI saw 20 s run out while other suites ran beside it.
  }, 60_000);
});
