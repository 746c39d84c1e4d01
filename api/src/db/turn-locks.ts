import { and, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "./database";
import { once } from "./prepared";

/** A turn lock older than this is taken to belong to a crashed process and may be taken over. */
export const STALE_LOCK_MS = 5 * 60_000;

/** One turn at a time per call: the lock is a timestamp on the session row. */
export function createTurnLocks(db: Db) {
  const { orm } = db;
  const { sessions } = db.tables;
  const p = (name: string) => sql.placeholder(name);
  const q = {
    lock: once(() =>
      orm
        .update(sessions)
        .set({ turnLockedAt: sql`${p("now")}` })
        .where(
          and(
            eq(sessions.id, p("id")),
            eq(sessions.status, "active"),
            or(isNull(sessions.turnLockedAt), lt(sessions.turnLockedAt, p("staleBefore"))),
          ),
        )
        .returning({ id: sessions.id })
        .prepare("turn_lock"),
    ),
    unlock: once(() =>
      orm
        .update(sessions)
        .set({ turnLockedAt: null })
        .where(eq(sessions.id, p("id")))
        .prepare("turn_unlock"),
    ),
  };

  return {
    /** Takes the session's turn lock; false when another turn is being answered. */
    async lock(sessionId: string): Promise<boolean> {
      const now = Date.now();
      return (await q.lock().execute({ id: sessionId, now, staleBefore: now - STALE_LOCK_MS })).length === 1;
    },

    async releaseAllLocks(): Promise<void> {
      await orm.update(sessions).set({ turnLockedAt: null }).where(isNotNull(sessions.turnLockedAt));
    },

    async unlock(sessionId: string): Promise<void> {
      await q.unlock().execute({ id: sessionId });
    },

    isLocked(row: { turnLockedAt: number | null }): boolean {
      return row.turnLockedAt !== null && row.turnLockedAt >= Date.now() - STALE_LOCK_MS;
    },
  };
}

export type TurnLocks = ReturnType<typeof createTurnLocks>;
