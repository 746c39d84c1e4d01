import Piscina from "piscina";
import type { Scorecard } from "../grading/types";
import { createFairQueue } from "../fair-queue";
import { type ScoringJob, scoreOffline } from "./scoring-task";

export interface ScoringPoolOptions {
  /** Worker threads (PARLEY_GRADING_THREADS). */
  threads: number;
  /** Scorecards one user may have waiting; one more is refused `rate_limited`. */
  maxWaitingPerUser?: number;
  /** Transcripts shorter than this (characters) are graded on the calling thread: a few ms, no queue. */
  minChars?: number;
  /** Where a worker's failure is told (the server's log). */
  log?: (line: string) => void;
  /** The workers' entry point (tests give a broken one); default ./scoring-worker.mjs. */
  workerFile?: URL;
}

/** About 10 ms of offline grading: below it a worker's round trip and queue cost more than they save. */
export const OFFLOAD_FROM_CHARS = 4_000;

/** Worker failures after which every scorecard is made on the main thread (workers that cannot start). */
export const MAX_WORKER_FAILURES = 3;

/**
 * Offline scorecards on worker threads, so grading a long transcript never holds the event loop
 * that answers everyone else. Jobs wait in a queue that takes turns between users (fair-queue.ts);
 * piscina's own queue stays empty, since no more jobs are handed to it than it has threads.
 *
 * A worker that fails degrades the scorecard, never the process: piscina emits 'error' (which,
 * unheard, would crash Parley) when a worker dies with no task of its own, e.g. one that cannot
 * load, and the jobs waiting for it then never settle. So 'error' is heard, the jobs waiting are
 * aborted, and those and any job whose worker died are scored on this thread instead.
 */
export function createScoringPool(options: ScoringPoolOptions) {
  const log = options.log ?? (() => {});
  const pool = new Piscina<ScoringJob, Scorecard>({
    filename: (options.workerFile ?? new URL("./scoring-worker.mjs", import.meta.url)).href,
    minThreads: 0,
    maxThreads: options.threads,
    idleTimeout: 60_000,
  });
  let failures = 0;
  let waiting = new AbortController();
  pool.on("error", (error: unknown) => {
    failures++;
    log(
      `scoring pool: a worker failed (${describe(error)}); ${failures >= MAX_WORKER_FAILURES ? "scorecards are made on the main thread from now on" : "its scorecards are made on the main thread"}`,
    );
    waiting.abort(error);
    waiting = new AbortController();
  });
  const queue = createFairQueue({
    concurrency: options.threads,
    maxWaitingPerKey: options.maxWaitingPerUser ?? 8,
    busyMessage: (waiting) => `You already have ${waiting} transcripts waiting to be graded; wait for them to finish.`,
  });
  const minChars = options.minChars ?? OFFLOAD_FROM_CHARS;
  let scored = 0;
  let onMainThread = 0;
  const inThisThread = (job: ScoringJob) => {
    onMainThread++;
    return scoreOffline(job);
  };
  return {
    /** Whether a transcript is long enough to be worth a worker thread. */
    takes: (transcript: { text: string }[]) => transcript.reduce((sum, turn) => sum + turn.text.length, 0) >= minChars,
    /** The scorecard for `job`, computed on a worker thread when `userKey`'s turn comes (on this one if workers fail). */
    score: (userKey: string, job: ScoringJob): Promise<Scorecard> =>
      queue.run(userKey, async () => {
        if (failures >= MAX_WORKER_FAILURES) return inThisThread(job);
        let card: Scorecard;
        try {
          card = await pool.run(job, { signal: waiting.signal });
        } catch (error) {
          log(`scoring pool: a scorecard's worker failed (${describe(error)}); scoring it on the main thread`);
          return inThisThread(job);
        }
        scored++;
        return card;
      }),
    /** Jobs running and waiting now, scorecards made on worker threads, and on the main thread after a worker failed. */
    stats: () => ({ ...queue.size(), scored, onMainThread, workerFailures: failures }),
    close: () => pool.destroy(),
  };
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export type ScoringPool = ReturnType<typeof createScoringPool>;
