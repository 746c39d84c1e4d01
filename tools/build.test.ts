import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staleReason } from "../api/bin/build-state.js";
import { readTurnEvents, REPO_ROOT } from "../api/src/testing/test-runtime";
import { type ServerProcess, startServerProcess } from "../api/src/testing/server-process";
import { OFFLOAD_FROM_CHARS } from "../api/src/workers/scoring-pool";

const run = promisify(execFile);
const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string };

/**
 * Issue 20 item 6: the built API runs on its own. It is built into a folder that holds only the
 * build, the repo's package.json and node_modules (as an image would): no api/src beside it, so a
 * file the bundle still reads from the source tree fails here. Offline, one worker thread for grading.
 */
let dir: string;
let server: ServerProcess;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "parley-build-"));
  await run(process.execPath, ["--import", "tsx", "tools/build.ts", "--out", path.join(dir, "dist"), "--only", "api"], {
    cwd: REPO_ROOT,
  });
  symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(dir, "node_modules"));
  symlinkSync(path.join(REPO_ROOT, "package.json"), path.join(dir, "package.json"));
  server = await startServerProcess({ PARLEY_GRADING_THREADS: "1" }, 60_000, {
    nodeArgs: ["dist/api/server.js"],
    cwd: dir,
  });
}, 180_000);
afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const post = (url: string, body?: unknown) =>
  fetch(`${server.base}${url}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe("the built server (dist/api/server.js)", () => {
  it("answers /api/health with the package's version (read from ../../package.json)", async () => {
    const response = await fetch(`${server.base}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, engine: "offline", version });
  });

  it("holds an offline call on its migrated database and scores it", async () => {
    const started = await post("/api/sessions", { personaId: "cancel-after-outages", mode: "coach" });
    expect(started.status).toBe(201);
    const { session } = (await started.json()) as { session: { id: string } };
    const turn = await post(`/api/sessions/${session.id}/turns`, {
      text: "I am so sorry, three outages in a month is not acceptable.",
    });
    expect(turn.status).toBe(200);
    const events = await readTurnEvents(turn);
    expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(["rep", "persona", "feedback"]));
    const ended = await post(`/api/sessions/${session.id}/end`);
    expect(ended.status).toBe(200);
    const { scorecard } = (await ended.json()) as { scorecard: { criteria: unknown[] } };
    expect(scorecard.criteria.length).toBeGreaterThan(0);
  });

  it("grades a long transcript on a worker thread (the built dist/api/scoring-worker.mjs)", async () => {
    const line = "I am so sorry about the outages; let me look at your account and sort this out today.";
    const transcript = Array.from({ length: Math.ceil(OFFLOAD_FROM_CHARS / line.length) + 1 }, (_, index) => ({
      role: index % 2 ? "rep" : "customer",
      text: line,
    }));
    const response = await post("/api/grade", { transcript, rubricId: "retention-call" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ scorecard: { engine: "offline", rubric: { id: "retention-call" } } });
  });

  it("ships the CLI beside it (dist/api/cli.js)", async () => {
    const { stdout } = await run(process.execPath, ["dist/api/cli.js", "--version"], { cwd: dir });
    expect(stdout.trim()).toBe(version);
  });
});

describe("which parts of a build are stale (api/bin/build-state.js)", () => {
  it("a part with no stamp is not built; one stamped before its sources changed is stale; after, current", () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "parley-stamp-"));
    try {
      expect(staleReason("api", out)).toBe("not built yet");
      const stamp = path.join(out, "build-api.json");
      writeFileSync(stamp, "{}\n");
      utimesSync(stamp, new Date(0), new Date(0));
      expect(staleReason("api", out)).toMatch(/changed since the last build$/);
      const future = new Date(Date.now() + 3_600_000);
      utimesSync(stamp, future, future);
      expect(staleReason("api", out)).toBeNull();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
