import { randomUUID } from "node:crypto";
import { and, desc, eq, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Scorecard } from "../grading/types";
import type { Db } from "./client";
import { once } from "./prepared";
import { feedback, scorecards, sessions, turns, users } from "./schema";
import type { StoredTurn } from "./turn-store";
import { STALE_LOCK_MS } from "./turn-locks";

export type SessionRow = typeof sessions.$inferSelect;
export type NewSession = Omit<typeof sessions.$inferInsert, "id" | "createdAt" | "status">;

/** Whose sessions a listing covers: one user's, one user's plus their team's, or everyone's. */
export type SessionScope =
  { kind: "own"; userId: string } | { kind: "team"; userId: string; teamId: string | null } | { kind: "all" };

/** Calls: created with their opening turns, read, listed, ended, forked. */
export function createSessionStore(db: Db) {
  const p = (name: string) => sql.placeholder(name);
  const q = {
    get: once(() =>
      db
        .select()
        .from(sessions)
        .where(eq(sessions.id, p("id")))
        .prepare(),
    ),
  };

  return {
    create(values: NewSession, openingTurns: Omit<StoredTurn, "index">[]): SessionRow {
      return db.transaction((tx) => {
        const row = tx
          .insert(sessions)
          .values({ ...values, id: randomUUID(), status: "active", createdAt: Date.now() })
          .returning()
          .get();
        openingTurns.forEach((turn, index) => {
          tx.insert(turns)
            .values({ ...turn, sessionId: row.id, index })
            .run();
        });
        return row;
      });
    },

    /** Who practised a call, and their team: what access rules are decided on. */
    owner(id: string): { userId: string; teamId: string | null } | undefined {
      return db
        .select({ userId: sessions.userId, teamId: users.teamId })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(eq(sessions.id, id))
        .get();
    },

    get(id: string): SessionRow | undefined {
      return q.get().get({ id });
    },

    /** Newest first, each with a summary of its scorecard (for history and progress charts); no sandbox or abandoned calls. */
    list(scope: SessionScope, limit = 200) {
      const visible = and(
        eq(sessions.sandbox, false),
        ne(sessions.status, "abandoned"),
        scope.kind === "all"
          ? undefined
          : scope.kind === "team" && scope.teamId !== null
            ? or(eq(sessions.userId, scope.userId), eq(users.teamId, scope.teamId))
            : eq(sessions.userId, scope.userId),
      );
      return db
        .select({ session: sessions, payload: scorecards.payload })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .leftJoin(scorecards, eq(scorecards.sessionId, sessions.id))
        .where(visible)
        .orderBy(desc(sessions.createdAt))
        .limit(limit)
        .all()
        .map(({ session, payload }) => {
          const card = payload as Scorecard | null;
          return {
            ...session,
            scorecard: card && {
              overall: card.overall,
              passed: card.passed,
              criteria: card.criteria.map(({ id, name, score }) => ({ id, name, score })),
            },
          };
        });
    },

    end(sessionId: string, outcome: string | null) {
      db.update(sessions)
        .set({ status: "ended", outcome, endedAt: Date.now() })
        .where(eq(sessions.id, sessionId))
        .run();
    },

    /** Ends an open call without a scorecard; false when it is not open or a turn is being answered. */
    abandon(sessionId: string): boolean {
      const now = Date.now();
      return (
        db
          .update(sessions)
          .set({ status: "abandoned", outcome: "abandoned", endedAt: now, turnLockedAt: null })
          .where(
            and(
              eq(sessions.id, sessionId),
              eq(sessions.status, "active"),
              or(isNull(sessions.turnLockedAt), lt(sessions.turnLockedAt, now - STALE_LOCK_MS)),
            ),
          )
          .run().changes > 0
      );
    },

    /** Copies a session's turns before `beforeIndex` (and their feedback) into a new session. */
    fork(source: SessionRow, beforeIndex: number): SessionRow {
      return db.transaction((tx) => {
        const row = tx
          .insert(sessions)
          .values({
            ...source,
            id: randomUUID(),
            status: "active",
            outcome: null,
            forkedFrom: source.id,
            forkedAtTurn: beforeIndex,
            turnLockedAt: null,
            createdAt: Date.now(),
            endedAt: null,
          })
          .returning()
          .get();
        const copied = tx
          .select()
          .from(turns)
          .where(and(eq(turns.sessionId, source.id), lt(turns.index, beforeIndex)))
          .all();
        for (const turn of copied)
          tx.insert(turns)
            .values({ ...turn, sessionId: row.id })
            .run();
        const notes = tx
          .select()
          .from(feedback)
          .where(and(eq(feedback.sessionId, source.id), lt(feedback.turnIndex, beforeIndex)))
          .all();
        for (const note of notes)
          tx.insert(feedback)
            .values({ ...note, sessionId: row.id })
            .run();
        return row;
      });
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
