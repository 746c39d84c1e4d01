import { afterEach, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../testing/test-runtime";
import { MAX_WORKER_FAILURES } from "./scoring-pool";

/**
 * Issue 20: a scoring worker that fails degrades the scorecard (made on the main thread instead),
 * never the process. Unheard, piscina's 'error' event would crash Parley (and fail this file).
 */
const padding = " I will check the line, credit this month and call you back tomorrow to confirm.".repeat(60);
const transcript = [
  { index: 0, role: "customer", text: "This is the third outage this month. I want to cancel." },
  { index: 1, role: "rep", text: `I'm so sorry, three outages in a month is not acceptable.${padding}` },
];

let runtimes: TestRuntime[] = [];
afterEach(async () => {
  await Promise.all(runtimes.map((runtime) => runtime.close()));
  runtimes = [];
});

async function start(worker: string | null) {
  const lines: string[] = [];
  const runtime = await startTestRuntime(
    { PARLEY_GRADING_THREADS: worker ? "1" : "0" },
    {
      log: (line) => lines.push(line),
      ...(worker ? { scoringWorker: new URL(`../testing/workers/${worker}`, import.meta.url) } : {}),
    },
  );
  runtimes.push(runtime);
  return { runtime, lines };
}

const grade = async (runtime: TestRuntime) => {
  const response = await runtime.json("POST", "/api/grade", { transcript, rubricId: "retention-call" });
  expect(response.status).toBe(200);
  return ((await response.json()) as { scorecard: Record<string, unknown> }).scorecard;
};

describe("a scoring worker that fails", () => {
  it("cannot load: POST /api/grade still answers the main thread's scorecard, the failure is logged", async () => {
    const [{ runtime, lines }, { runtime: inThread }] = await Promise.all([start("cannot-load.mjs"), start(null)]);
    const [card, expected] = await Promise.all([grade(runtime), grade(inThread)]);
    expect({ ...card, createdAt: 0 }).toEqual({ ...expected, createdAt: 0 });
    expect(runtime.scoringPool?.stats()).toMatchObject({ scored: 0, onMainThread: 1 });
    expect(lines.join("\n")).toMatch(/scoring pool: a worker failed \(this scoring worker cannot load\)/);
    // It keeps answering; after a few failures the pool is no longer tried.
    for (let i = 0; i < MAX_WORKER_FAILURES; i++) await grade(runtime);
    expect(runtime.scoringPool?.stats().onMainThread).toBe(MAX_WORKER_FAILURES + 1);
    expect(runtime.scoringPool?.stats().workerFailures).toBeGreaterThanOrEqual(MAX_WORKER_FAILURES);
    expect((await runtime.app.request("/api/health")).status).toBe(200);
  });

  it("dies mid-task: that scorecard is made on the main thread and the next one too", async () => {
    const { runtime, lines } = await start("dies-mid-task.mjs");
    const first = await grade(runtime);
    expect(first).toMatchObject({ engine: "offline", rubric: { id: "retention-call" } });
    await grade(runtime);
    expect(runtime.scoringPool?.stats()).toMatchObject({ scored: 0, onMainThread: 2 });
    expect(lines.join("\n")).toMatch(/worker exited with code: 3/);
  });
});
