/**
 * Fairness: how long GET /api/health and a one-line grade take while heavy grading requests (near
 * the size limit) keep the server busy, with offline scorecards on the main thread
 * (PARLEY_GRADING_THREADS=0, how Parley graded before issue 15) and on worker threads (the default).
 */
import { grade } from "../client";
import type { Context } from "../context";
import { startParley } from "../processes";
import { fmt } from "../report";
import { RUBRIC_ID } from "../script";
import { summarize } from "../stats";

const SENTENCE = "I am so sorry about the outages, let me check what I can do for you today and offer a credit. ";

/** 40 lines of 1,490 characters: just under the 60,000-character limit of POST /api/grade. */
function heavyTranscript(tag: string) {
  return Array.from({ length: 40 }, (_, index) => ({
    index,
    role: index % 2 === 0 ? ("rep" as const) : ("customer" as const),
    text: `${tag} ${SENTENCE.repeat(16)}`.slice(0, 1490),
  }));
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

export async function fairnessPhase(ctx: Context) {
  const heavyAtOnce = 4;
  const probes = ctx.options.quick ? 5 : 20;
  const rows: string[][] = [];
  let unique = 0;
  for (const threads of ["0", "default"]) {
    const parley = await startParley({
      engine: "offline",
      dbPath: ctx.newDbPath(`fairness-${threads}`),
      nodeFlags: ctx.nodeFlags(`fairness-${threads}`),
      env: threads === "default" ? {} : { PARLEY_GRADING_THREADS: threads },
    });
    try {
      await grade(parley.base, { transcript: heavyTranscript("warm-up"), rubricId: RUBRIC_ID });
      const alone = summarize(
        await Promise.all(
          Array.from({ length: 3 }, () =>
            timed(() => grade(parley.base, { transcript: heavyTranscript(`A${++unique}`), rubricId: RUBRIC_ID })),
          ),
        ),
      );
      const health: number[] = [];
      const small: number[] = [];
      const heavy: number[] = [];
      let busy = true;
      // Keep `heavyAtOnce` heavy requests in flight until the probes are done.
      const load = Array.from({ length: heavyAtOnce }, async () => {
        while (busy)
          heavy.push(
            await timed(() => grade(parley.base, { transcript: heavyTranscript(`H${++unique}`), rubricId: RUBRIC_ID })),
          );
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (let i = 0; i < probes; i++) {
        health.push(await timed(() => fetch(`${parley.base}/api/health`).then((response) => response.text())));
        small.push(
          await timed(() =>
            grade(parley.base, {
              transcript: [{ index: 0, role: "rep", text: `I'm so sorry about that (${++unique}).` }],
              rubricId: RUBRIC_ID,
            }),
          ),
        );
      }
      busy = false;
      await Promise.all(load);
      const label = threads === "0" ? "main thread (before)" : "worker threads (after)";
      const healthStats = summarize(health);
      const smallStats = summarize(small);
      const heavyStats = summarize(heavy);
      rows.push([
        label,
        fmt(healthStats.median),
        fmt(healthStats.p95),
        fmt(smallStats.median),
        fmt(smallStats.p95),
        fmt(heavyStats.median),
        fmt(alone.median),
      ]);
      ctx.report.row(`GET /api/health under ${heavyAtOnce} heavy grades, ${label}`, "ms", healthStats, null);
      ctx.report.row(`one-line grade under ${heavyAtOnce} heavy grades, ${label}`, "ms", smallStats, null);
      ctx.report.raw[`fairness_${threads}`] = { health, small, heavy, alone: alone.median };
    } finally {
      await parley.stop();
    }
  }
  ctx.report.section(
    `Fairness: tiny requests while ${heavyAtOnce} heavy grades (40 lines, ~60,000 characters) run`,
    [
      "offline scorecards on",
      "health median",
      "health p95",
      "1-line grade median",
      "1-line grade p95",
      "heavy grade median",
      "heavy grade, 3 at once, no load",
    ],
    rows,
    [
      "ms, wall time from the client. Main thread: PARLEY_GRADING_THREADS=0; worker threads: the default (one per core but one, at most 4).",
      "A 1-line grade queues behind the heavy ones on the worker threads but takes turns with them only per user: the bench is one local user, so it waits its turn.",
    ],
  );
}
