import { and, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "./client";
import { once } from "./prepared";
import { sessions } from "./schema";

/** A turn lock older than this is taken to belong to a crashed process and may be taken over. */
export const STALE_LOCK_MS = 5 * 60_000;

/** One turn at a time per call: the lock is a timestamp on the session row. */
export function createTurnLocks(db: Db) {
  const p = (name: string) => sql.placeholder(name);
  const q = {
    lock: once(() =>
      db
        .update(sessions)
        .set({ turnLockedAt: sql`${p("now")}` })
        .where(
          and(
            eq(sessions.id, p("id")),
            eq(sessions.status, "active"),
            or(isNull(sessions.turnLockedAt), lt(sessions.turnLockedAt, p("staleBefore"))),
          ),
        )
        .prepare(),
    ),
    unlock: once(() =>
      db
        .update(sessions)
        .set({ turnLockedAt: null })
        .where(eq(sessions.id, p("id")))
        .prepare(),
    ),
  };

  return {
    /** Takes the session's turn lock; false when another turn is being answered. */
    lock(sessionId: string): boolean {
      const now = Date.now();
      return q.lock().run({ id: sessionId, now, staleBefore: now - STALE_LOCK_MS }).changes === 1;
    },

    releaseAllLocks() {
      db.update(sessions).set({ turnLockedAt: null }).where(isNotNull(sessions.turnLockedAt)).run();
    },

    unlock(sessionId: string) {
      q.unlock().run({ id: sessionId });
    },

    isLocked(row: { turnLockedAt: number | null }): boolean {
      return row.turnLockedAt !== null && row.turnLockedAt >= Date.now() - STALE_LOCK_MS;
    },
  };
}

export type TurnLocks = ReturnType<typeof createTurnLocks>;
