import { eq, sql } from "drizzle-orm";
import { type Db, single } from "./database";

/** What a per-minute limit answered: let through, or refused with how long until a slot frees. */
export type RateAnswer = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * Limits and sign-in backoff that every replica sees alike: kept in the database, not in a
 * process's memory (a replica's memory would let a user send the limit to each replica).
 */
export function createThrottleStore(db: Db) {
  const { orm } = db;
  const { rateWindows, signInFailures } = db.tables;

  return {
    /**
     * One request against `limit` per `windowMs` under `key`: one upsert that starts a new window
     * when the last one has ended, or counts one more in it, and returns the count. It is atomic on
     * both databases (PostgreSQL locks the row, SQLite has one writer), so replicas answering at
     * once never both take the last slot. Refused requests count too; they change nothing, since
     * the window ends at the same time. (A fixed window: up to twice the limit may pass across the
     * moment one window ends and the next starts.)
     */
    async take(key: string, limit: number, windowMs: number, now = Date.now()): Promise<RateAnswer> {
      const ended = sql`${rateWindows.windowStart} <= ${now - windowMs}`;
      const rows = await orm
        .insert(rateWindows)
        .values({ key, windowStart: now, count: 1 })
        .onConflictDoUpdate({
          target: rateWindows.key,
          set: {
            count: sql`case when ${ended} then 1 else ${rateWindows.count} + 1 end`,
            windowStart: sql`case when ${ended} then ${now} else ${rateWindows.windowStart} end`,
          },
        })
        .returning({ count: rateWindows.count, windowStart: rateWindows.windowStart });
      const { count: taken, windowStart } = single(rows, "counting a request");
      if (taken <= limit) return { ok: true };
      return { ok: false, retryAfterMs: Math.max(0, Number(windowStart) + windowMs - now) };
    },

    /** Wrong passwords per key, for the sign-in throttle (auth/login-throttle.ts). */
    signInFailures: {
      async get(key: string): Promise<{ failures: number; lastAt: number } | undefined> {
        const [row] = await orm
          .select({ failures: signInFailures.failures, lastAt: signInFailures.lastAt })
          .from(signInFailures)
          .where(eq(signInFailures.key, key));
        return row;
      },
      async fail(key: string, at: number): Promise<void> {
        await orm
          .insert(signInFailures)
          .values({ key, failures: 1, lastAt: at })
          .onConflictDoUpdate({
            target: signInFailures.key,
            set: { failures: sql`${signInFailures.failures} + 1`, lastAt: at },
          });
      },
      async clear(key: string): Promise<void> {
        await orm.delete(signInFailures).where(eq(signInFailures.key, key));
      },
    },
  };
}

export type ThrottleStore = ReturnType<typeof createThrottleStore>;
