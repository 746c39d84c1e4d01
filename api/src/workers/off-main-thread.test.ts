import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServerProcess, startServerProcess } from "../testing/server-process";

/**
 * Issue 15, finding 2: grading a long transcript must not hold the event loop. The real server
 * from source (`node --import tsx api/src/server.ts`) grades heavy transcripts while a tiny
 * request arrives; the tiny one is answered before the heavy ones still being graded.
 * Ordering, not a stopwatch: the timing is in `npm run bench -- --only fairness`.
 */
let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess({ PARLEY_GRADING_THREADS: process.env.TEST_GRADING_THREADS ?? "1" });
}, 60_000);
afterAll(() => server?.stop());

const HEAVY = 6;
const sentence = "I am so sorry about the outages, let me check what I can do for you today and offer a credit. ";
/** Close to the size limit (60,000 characters): about as much CPU as one request may ask for. */
const heavyTranscript = (tag: string) =>
  Array.from({ length: 40 }, (_, index) => ({
    index,
    role: index % 2 === 0 ? "rep" : "customer",
    text: `${tag} ${sentence.repeat(16)}`.slice(0, 1490),
  }));

const grade = (transcript: unknown) =>
  fetch(`${server.base}/api/grade`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ transcript, rubricId: "retention-call" }),
  }).then(async (response) => ({ status: response.status, body: await response.text() }));

describe("heavy grading off the main thread", () => {
  it("answers GET /api/health while heavy grading requests are still being graded", async () => {
    // Warm-up: the first scorecard starts the worker thread.
    expect((await grade(heavyTranscript("warm-up"))).status).toBe(200);

    const finished: string[] = [];
    const heavy = Array.from({ length: HEAVY }, (_, i) =>
      grade(heavyTranscript(`H${i}`)).then((result) => {
        finished.push(`heavy ${i}`);
        return result;
      }),
    );
    // Once one heavy request is answered the others are queued or being graded: ask the tiny question now.
    await Promise.race(heavy);
    const pending = HEAVY - finished.length;
    const health = await fetch(`${server.base}/api/health`).then(async (response) => {
      finished.push("health");
      return { status: response.status, body: (await response.json()) as { ok?: boolean } };
    });
    const results = await Promise.all(heavy);

    expect(health.status).toBe(200);
    expect(results.map((result) => result.status)).toEqual(Array(HEAVY).fill(200));
    for (const result of results) expect(JSON.parse(result.body)).toHaveProperty("scorecard.overall");
    expect(pending).toBeGreaterThan(0);
    // Every heavy request still pending when it was asked finished after it.
    expect(finished.indexOf("health")).toBe(HEAVY - pending);
  }, 120_000);
});
