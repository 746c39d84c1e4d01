import { DomainError } from "./errors";

export interface FairQueueOptions {
  /** Tasks running at once (the worker threads behind the queue). */
  concurrency: number;
  /** Tasks one key may have waiting; one more is refused (`rate_limited`). */
  maxWaitingPerKey: number;
  /** What the refusal says, given how many are waiting. */
  busyMessage?: (waiting: number) => string;
}

/**
 * Runs tasks at most `concurrency` at a time, taking turns between keys (users): the next task to
 * start is the oldest waiting one of the key with the fewest running, so one user's pile of jobs
 * never keeps another user's single job waiting behind all of it. Per process by design: it shares
 * out this process's worker threads, so each replica has its own (the per-minute limits that must
 * hold across replicas are in the database: db/throttle-store.ts).
 */
export function createFairQueue(options: FairQueueOptions) {
  const waiting = new Map<string, Array<() => void>>();
  const running = new Map<string, number>();
  // When each key last started a task: among keys with as few running, the one served longest ago goes first.
  const lastStarted = new Map<string, number>();
  let active = 0;
  let started = 0;

  const before = (a: string, b: string) => {
    const load = (running.get(a) ?? 0) - (running.get(b) ?? 0);
    return load !== 0 ? load < 0 : (lastStarted.get(a) ?? -1) < (lastStarted.get(b) ?? -1);
  };

  function startNext() {
    while (active < options.concurrency && waiting.size > 0) {
      let chosen: string | null = null;
      for (const key of waiting.keys()) if (chosen === null || before(key, chosen)) chosen = key;
      const key = chosen!;
      const queue = waiting.get(key)!;
      const start = queue.shift()!;
      if (queue.length === 0) waiting.delete(key);
      active++;
      running.set(key, (running.get(key) ?? 0) + 1);
      lastStarted.set(key, started++);
      start();
    }
  }

  function finished(key: string) {
    active--;
    const left = (running.get(key) ?? 1) - 1;
    if (left > 0) running.set(key, left);
    else {
      running.delete(key);
      if (!waiting.has(key)) lastStarted.delete(key);
    }
    startNext();
  }

  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const queue = waiting.get(key) ?? [];
      if (queue.length >= options.maxWaitingPerKey) {
        throw new DomainError(
          "rate_limited",
          options.busyMessage?.(queue.length) ??
            `You already have ${queue.length} jobs waiting; wait for them to finish.`,
          { retryAfterSeconds: 5 },
        );
      }
      return new Promise<T>((resolve, reject) => {
        queue.push(() => {
          task()
            .then(resolve, reject)
            .finally(() => finished(key));
        });
        if (!waiting.has(key)) waiting.set(key, queue);
        startNext();
      });
    },
    /** Tasks running and waiting now. */
    size: () => ({ running: active, waiting: [...waiting.values()].reduce((sum, queue) => sum + queue.length, 0) }),
  };
}

export type FairQueue = ReturnType<typeof createFairQueue>;
