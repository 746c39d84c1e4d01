import type { LrsConfig } from "../config-xapi";
import type { XapiStore } from "../db/xapi-store";
import type { DeliveryOutcome } from "./lrs-client";

export interface OutboxDeps {
  store: Pick<XapiStore, "outboxHead" | "markSent" | "park" | "retryLater">;
  lrs: Pick<LrsConfig, "backoffMs" | "maxBackoffMs">;
  send: (statement: { id: string }) => Promise<DeliveryOutcome>;
  /** Runs a pass while no other process runs one (a PostgreSQL advisory lock), so replicas keep the order. */
  exclusive: (work: () => Promise<void>) => Promise<void>;
  log: (line: string) => void;
  now?: () => number;
  /** How often to look for statements other processes recorded. */
  pollMs?: number;
}

const BATCH = 50;

/** The wait after the n-th failure in a row: backoff, doubling, capped. */
export const backoffAfter = (failures: number, lrs: OutboxDeps["lrs"]) =>
  Math.min(lrs.maxBackoffMs, lrs.backoffMs * 2 ** Math.max(0, failures - 1));

/**
 * Feeds the LRS from the outbox, oldest first and one at a time, so statements arrive in the order
 * they were recorded. The first statement the LRS cannot take now holds the rest back until its
 * backoff has passed (a refused one is parked and the queue moves on). Passes run in the
 * background; `flush` runs one and waits for it. Nothing here ever throws into a caller.
 */
export function createOutbox(deps: OutboxDeps) {
  const { store, lrs, send, log, now = Date.now } = deps;
  let current: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let stopped = false;

  function retryIn(ms: number) {
    if (stopped) return;
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void run(), ms).unref();
  }

  async function pass() {
    for (;;) {
      const head = await store.outboxHead(BATCH);
      if (head.length === 0) return;
      for (const row of head) {
        const wait = row.nextAttemptAt - now();
        if (wait > 0) return retryIn(wait);
        const outcome = await send(row.statement as { id: string });
        if (outcome.kind === "sent") await store.markSent(row.id, now());
        else if (outcome.kind === "park") {
          await store.park(row.id, outcome.reason);
          log(`xapi: statement ${row.id} (${row.verb}) parked: ${outcome.reason}`);
        } else {
          const failures = row.attempts + 1;
          const delay = backoffAfter(failures, lrs);
          await store.retryLater(row.id, failures, now() + delay, outcome.reason);
          log(`xapi: ${outcome.reason}; ${row.id} and the statements after it wait ${Math.round(delay / 1000)} s`);
          return retryIn(delay);
        }
      }
    }
  }

  /** One pass now, or right after the one running (a pass that started earlier may miss new rows). */
  function run(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (!current) {
      current = deps
        .exclusive(pass)
        .catch((error: unknown) => log(`xapi: outbox pass failed: ${String(error)}`))
        .finally(() => {
          current = null;
        });
      return current;
    }
    queued ??= current.then(() => {
      queued = null;
      return run();
    });
    return queued;
  }

  const poll = setInterval(() => void run(), deps.pollMs ?? 30_000).unref();

  return {
    /** Something was recorded: deliver it soon. Returns at once. */
    kick: () => void run(),
    /** Runs a pass and waits for it (tests; shutdown). */
    flush: run,
    stop() {
      stopped = true;
      clearInterval(poll);
      if (retryTimer) clearTimeout(retryTimer);
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
