import Piscina from "piscina";
import type { Scorecard } from "../grading/types";
import { createFairQueue } from "../fair-queue";
import type { ScoringJob } from "./scoring-task";

export interface ScoringPoolOptions {
  /** Worker threads (PARLEY_GRADING_THREADS). */
  threads: number;
  /** Scorecards one user may have waiting; one more is refused `rate_limited`. */
  maxWaitingPerUser?: number;
  /** Transcripts shorter than this (characters) are graded on the calling thread: a few ms, no queue. */
  minChars?: number;
}

/** About 10 ms of offline grading: below it a worker's round trip and queue cost more than they save. */
export const OFFLOAD_FROM_CHARS = 4_000;

/**
 * Offline scorecards on worker threads, so grading a long transcript never holds the event loop
 * that answers everyone else. Jobs wait in a queue that takes turns between users (fair-queue.ts);
 * piscina's own queue stays empty, since no more jobs are handed to it than it has threads.
 */
export function createScoringPool(options: ScoringPoolOptions) {
  const pool = new Piscina<ScoringJob, Scorecard>({
    filename: new URL("./scoring-worker.mjs", import.meta.url).href,
    minThreads: 0,
    maxThreads: options.threads,
    idleTimeout: 60_000,
  });
  const queue = createFairQueue({
    concurrency: options.threads,
    maxWaitingPerKey: options.maxWaitingPerUser ?? 8,
    busyMessage: (waiting) => `You already have ${waiting} transcripts waiting to be graded; wait for them to finish.`,
  });
  const minChars = options.minChars ?? OFFLOAD_FROM_CHARS;
  let scored = 0;
  return {
    /** Whether a transcript is long enough to be worth a worker thread. */
    takes: (transcript: { text: string }[]) => transcript.reduce((sum, turn) => sum + turn.text.length, 0) >= minChars,
    /** The scorecard for `job`, computed on a worker thread when `userKey`'s turn comes. */
    score: (userKey: string, job: ScoringJob): Promise<Scorecard> =>
      queue.run(userKey, async () => {
        const card = await pool.run(job);
        scored++;
        return card;
      }),
    /** Jobs running and waiting now, and scorecards made on worker threads so far. */
    stats: () => ({ ...queue.size(), scored }),
    close: () => pool.destroy(),
  };
}

export type ScoringPool = ReturnType<typeof createScoringPool>;
