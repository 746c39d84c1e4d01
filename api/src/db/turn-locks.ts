import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { and, eq, isNotNull, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { Db, Tables } from "./database";
import { once } from "./prepared";

/**
 * A lock written by a Parley that knew no leases (a timestamp only) is taken to belong to a crashed
 * process after this long; replicas of the old and new code can share a database while upgrading.
 */
export const STALE_LOCK_MS = 5 * 60_000;

export interface LeaseSettings {
  /** How long a lease lasts unless renewed; it is renewed every third of that while the turn runs. */
  ms: number;
  /** The owner written on the session row: this process. */
  replicaId: string;
}

/** A name for this process when none is configured: unique even for several runtimes in one process. */
export function makeReplicaId(): string {
  return `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;
}

export const DEFAULT_LEASE: LeaseSettings = { ms: 15_000, replicaId: makeReplicaId() };

/** A turn's hold on its call: renewed in the background until released. */
export interface TurnLease {
  sessionId: string;
  /** False once a renewal found the lease gone (it expired and another replica took the call). */
  held(): boolean;
  /** Stops the renewals and frees the call, unless another replica holds it by now. */
  release(): Promise<void>;
}

type LockColumns = Pick<Tables["sessions"]["$inferSelect"], "turnLockedAt" | "turnLockExpiresAt">;

/** SQL true when nobody holds the session's turn lease at `now` (`now` is a number or a placeholder). */
export function leaseIsFree(sessions: Tables["sessions"], now: number | SQL, staleBefore: number | SQL): SQL {
  return or(
    lt(sessions.turnLockExpiresAt, now),
    and(isNull(sessions.turnLockExpiresAt), or(isNull(sessions.turnLockedAt), lt(sessions.turnLockedAt, staleBefore))),
  )!;
}

/**
 * One turn at a time per call, across replicas: a lease on the session row with an owner and an
 * expiry, renewed while the turn runs. A replica that dies stops renewing, so its lease runs out
 * and the call can go on elsewhere.
 */
export function createTurnLocks(db: Db, lease: LeaseSettings = DEFAULT_LEASE, log: (line: string) => void = () => {}) {
  const { orm } = db;
  const { sessions } = db.tables;
  const p = (name: string) => sql.placeholder(name);
  const cleared = { turnLockedAt: null, turnLockOwner: null, turnLockExpiresAt: null };
  const ours = and(
    eq(sessions.id, p("id")),
    eq(sessions.turnLockOwner, p("owner")),
    eq(sessions.turnLockedAt, p("takenAt")),
  );
  const q = {
    lock: once(() =>
      orm
        .update(sessions)
        .set({
          turnLockedAt: sql`${p("now")}`,
          turnLockOwner: sql`${p("owner")}`,
          turnLockExpiresAt: sql`${p("expiresAt")}`,
        })
        .where(
          and(
            eq(sessions.id, p("id")),
            eq(sessions.status, "active"),
            leaseIsFree(sessions, sql`${p("now")}`, sql`${p("staleBefore")}`),
          ),
        )
        .returning({ id: sessions.id })
        .prepare("turn_lease_take"),
    ),
    renew: once(() =>
      orm
        .update(sessions)
        .set({ turnLockExpiresAt: sql`${p("expiresAt")}` })
        .where(ours)
        .returning({ id: sessions.id })
        .prepare("turn_lease_renew"),
    ),
    release: once(() => orm.update(sessions).set(cleared).where(ours).prepare("turn_lease_release")),
  };

  return {
    replicaId: lease.replicaId,

    /** Takes the session's turn lease; null when another turn is being answered (here or on another replica). */
    async lock(sessionId: string): Promise<TurnLease | null> {
      const takenAt = Date.now();
      const key = { id: sessionId, owner: lease.replicaId, takenAt };
      const taken = await q.lock().execute({
        ...key,
        now: takenAt,
        expiresAt: takenAt + lease.ms,
        staleBefore: takenAt - STALE_LOCK_MS,
      });
      if (taken.length !== 1) return null;
      let held = true;
      const renew = async () => {
        try {
          const renewed = await q.renew().execute({ ...key, expiresAt: Date.now() + lease.ms });
          if (renewed.length === 0 && held) {
            held = false;
            clearInterval(timer);
            log(`lost the turn lease on call ${sessionId} (it ran out; another replica may have taken the call)`);
          }
        } catch (error) {
          log(`could not renew the turn lease on call ${sessionId}: ${String(error)}`);
        }
      };
      const timer = setInterval(() => void renew(), Math.max(100, Math.floor(lease.ms / 3)));
      timer.unref();
      return {
        sessionId,
        held: () => held,
        async release() {
          clearInterval(timer);
          held = false;
          await q.release().execute(key);
        },
      };
    },

    /** SQLite only (one process): any lease left behind belongs to a process that died mid-turn. */
    async releaseAllLocks(): Promise<void> {
      await orm.update(sessions).set(cleared).where(isNotNull(sessions.turnLockedAt));
    },

    /** At start on a shared database: the leases a previous run under this replica id left behind. */
    async releaseOwnLocks(): Promise<number> {
      const freed = await orm
        .update(sessions)
        .set(cleared)
        .where(eq(sessions.turnLockOwner, lease.replicaId))
        .returning({ id: sessions.id });
      return freed.length;
    },

    isLocked(row: LockColumns, now = Date.now()): boolean {
      if (row.turnLockExpiresAt !== null) return row.turnLockExpiresAt >= now;
      return row.turnLockedAt !== null && row.turnLockedAt >= now - STALE_LOCK_MS;
    },
  };
}

export type TurnLocks = ReturnType<typeof createTurnLocks>;
