import { randomUUID } from "node:crypto";
import { and, desc, eq, lt, ne, or, sql } from "drizzle-orm";
import type { Scorecard } from "../grading/types";
import { type Db, exec, single, type Tables } from "./database";
import { once } from "./prepared";
import type { StoredTurn } from "./turn-store";
import { leaseIsFree, STALE_LOCK_MS } from "./turn-locks";

export type SessionRow = Tables["sessions"]["$inferSelect"];
export type NewSession = Omit<Tables["sessions"]["$inferInsert"], "id" | "createdAt" | "status">;

/** Whose sessions a listing covers: one user's, one user's plus their team's, or everyone's. */
export type SessionScope =
  { kind: "own"; userId: string } | { kind: "team"; userId: string; teamId: string | null } | { kind: "all" };

/** Calls: created with their opening turns, read, listed, ended, forked. */
export function createSessionStore(db: Db) {
  const { orm } = db;
  const { feedback, scorecards, sessions, turns, users } = db.tables;
  const p = (name: string) => sql.placeholder(name);
  const q = {
    get: once(() =>
      orm
        .select()
        .from(sessions)
        .where(eq(sessions.id, p("id")))
        .prepare("session_get"),
    ),
    // Asked on every turn (access check) and for every model call's record (who is charged).
    owner: once(() =>
      orm
        .select({ userId: sessions.userId, teamId: users.teamId })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(eq(sessions.id, p("id")))
        .prepare("session_owner"),
    ),
  };

  return {
    create(values: NewSession, openingTurns: Omit<StoredTurn, "index">[]): Promise<SessionRow> {
      return db.transaction(function* (tx) {
        const rows = yield* exec(
          tx
            .insert(sessions)
            .values({ ...values, id: randomUUID(), status: "active", createdAt: Date.now() })
            .returning(),
        );
        const row = single(rows, "creating a session");
        for (const [index, turn] of openingTurns.entries())
          yield* exec(tx.insert(turns).values({ ...turn, sessionId: row.id, index }));
        return row;
      });
    },

    /** Who practised a call, and their team: what access rules are decided on. */
    async owner(id: string): Promise<{ userId: string; teamId: string | null } | undefined> {
      return (await q.owner().execute({ id }))[0];
    },

    async get(id: string): Promise<SessionRow | undefined> {
      return (await q.get().execute({ id }))[0];
    },

    /** Newest first, each with a summary of its scorecard (for history and progress charts); no sandbox or abandoned calls. */
    async list(scope: SessionScope, limit = 200) {
      const visible = and(
        eq(sessions.sandbox, false),
        ne(sessions.status, "abandoned"),
        scope.kind === "all"
          ? undefined
          : scope.kind === "team" && scope.teamId !== null
            ? or(eq(sessions.userId, scope.userId), eq(users.teamId, scope.teamId))
            : eq(sessions.userId, scope.userId),
      );
      const rows = await orm
        .select({ session: sessions, payload: scorecards.payload })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .leftJoin(scorecards, eq(scorecards.sessionId, sessions.id))
        .where(visible)
        .orderBy(desc(sessions.createdAt))
        .limit(limit);
      return rows.map(({ session, payload }) => {
        const card = payload as Scorecard | null;
        return {
          ...withoutLease(session),
          scorecard: card && {
            overall: card.overall,
            passed: card.passed,
            criteria: card.criteria.map(({ id, name, score }) => ({ id, name, score })),
          },
        };
      });
    },

    async end(sessionId: string, outcome: string | null): Promise<void> {
      await orm
        .update(sessions)
        .set({ status: "ended", outcome, endedAt: Date.now() })
        .where(eq(sessions.id, sessionId));
    },

    /** Ends an open call without a scorecard; false when it is not open or a turn is being answered. */
    async abandon(sessionId: string): Promise<boolean> {
      const now = Date.now();
      const ended = await orm
        .update(sessions)
        .set({
          status: "abandoned",
          outcome: "abandoned",
          endedAt: now,
          turnLockedAt: null,
          turnLockOwner: null,
          turnLockExpiresAt: null,
        })
        .where(
          and(
            eq(sessions.id, sessionId),
            eq(sessions.status, "active"),
            leaseIsFree(sessions, now, now - STALE_LOCK_MS),
          ),
        )
        .returning({ id: sessions.id });
      return ended.length > 0;
    },

    /** Copies a session's turns before `beforeIndex` (and their feedback) into a new session. */
    fork(source: SessionRow, beforeIndex: number): Promise<SessionRow> {
      return db.transaction(function* (tx) {
        const rows = yield* exec(
          tx
            .insert(sessions)
            .values({
              ...source,
              id: randomUUID(),
              status: "active",
              outcome: null,
              forkedFrom: source.id,
              forkedAtTurn: beforeIndex,
              turnLockedAt: null,
              turnLockOwner: null,
              turnLockExpiresAt: null,
              createdAt: Date.now(),
              endedAt: null,
            })
            .returning(),
        );
        const row = single(rows, "forking a session");
        const copied = yield* exec(
          tx
            .select()
            .from(turns)
            .where(and(eq(turns.sessionId, source.id), lt(turns.index, beforeIndex))),
        );
        for (const turn of copied) yield* exec(tx.insert(turns).values({ ...turn, sessionId: row.id }));
        const notes = yield* exec(
          tx
            .select()
            .from(feedback)
            .where(and(eq(feedback.sessionId, source.id), lt(feedback.turnIndex, beforeIndex))),
        );
        for (const note of notes) yield* exec(tx.insert(feedback).values({ ...note, sessionId: row.id }));
        return row;
      });
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;

/** A session as clients see it: which replica holds the turn lease (its host name) is Parley's own business. */
export function withoutLease<T extends { turnLockOwner: string | null }>(row: T): Omit<T, "turnLockOwner"> {
  const { turnLockOwner: _owner, ...rest } = row;
  return rest;
}
