import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, gt, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { Scorecard, TurnFeedback } from "../grading/types";
import type { PersonaState, TurnChange } from "../practice/director";
import type { ReplyQuality } from "../practice/speak-in-character";
import type { TurnVoice } from "../voice/turn-voice";
import type { Db } from "./client";
import { feedback, scorecards, sessions, turns, users } from "./schema";

export type SessionRow = typeof sessions.$inferSelect;
export type NewSession = Omit<typeof sessions.$inferInsert, "id" | "createdAt" | "status">;

export interface StoredTurn {
  index: number;
  role: "customer" | "rep";
  text: string;
  at: number;
  engine: string | null;
  model: string | null;
  state: PersonaState | null;
  change: TurnChange | null;
  quality: ReplyQuality | null;
  /** Spoken rep turns: the recording's key in the audio store, and what voice mode recorded. */
  audioPath?: string | null;
  voice?: TurnVoice | null;
}

/** A turn lock older than this is taken to belong to a crashed process and may be taken over. */
const STALE_LOCK_MS = 5 * 60_000;

export const LOCAL_USER_ID = "local";

/** Whose sessions a listing covers: one user's, one user's plus their team's, or everyone's. */
export type SessionScope = { kind: "own"; userId: string } | { kind: "team"; userId: string; teamId: string | null } | { kind: "all" };

/** Builds a value on first use: statements are prepared once, after the migrations have run. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function createSessionStore(db: Db) {
  // The queries every turn runs, prepared once. Building a query with drizzle's builder costs
  // about 0.2 ms each time (SQL generation + sqlite prepare), 20 times the query itself; a turn
  // runs about ten of them on the (synchronous) event loop. Measured by `npm run bench`.
  const p = (name: string) => sql.placeholder(name);
  const q = {
    get: once(() => db.select().from(sessions).where(eq(sessions.id, p("id"))).prepare()),
    turns: once(() => db.select().from(turns).where(eq(turns.sessionId, p("sessionId"))).orderBy(asc(turns.index)).prepare()),
    lastIndex: once(() =>
      db
        .select({ index: turns.index })
        .from(turns)
        .where(eq(turns.sessionId, p("sessionId")))
        .orderBy(desc(turns.index))
        .limit(1)
        .prepare(),
    ),
    insertTurn: once(() =>
      db
        .insert(turns)
        .values({
          sessionId: p("sessionId"),
          index: p("index"),
          role: p("role"),
          text: p("text"),
          at: p("at"),
          engine: p("engine"),
          model: p("model"),
          state: p("state"),
          change: p("change"),
          quality: p("quality"),
          audioPath: p("audioPath"),
          voice: p("voice"),
        })
        .returning()
        .prepare(),
    ),
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
    unlock: once(() => db.update(sessions).set({ turnLockedAt: null }).where(eq(sessions.id, p("id"))).prepare()),
    saveFeedback: once(() =>
      db
        .insert(feedback)
        .values({
          sessionId: p("sessionId"),
          turnIndex: p("turnIndex"),
          payload: p("payload"),
          engine: p("engine"),
          model: p("model"),
          createdAt: p("createdAt"),
        })
        .onConflictDoNothing()
        .prepare(),
    ),
  };

  const turnRow = (row: typeof turns.$inferSelect): StoredTurn => ({
    index: row.index,
    role: row.role,
    text: row.text,
    at: row.at,
    engine: row.engine,
    model: row.model,
    state: row.state as PersonaState | null,
    change: row.change as TurnChange | null,
    quality: row.quality as ReplyQuality | null,
    audioPath: row.audioPath,
    voice: row.voice as TurnVoice | null,
  });

  return {
    ensureLocalUser() {
      db.insert(users)
        .values({ id: LOCAL_USER_ID, name: "Local user", role: "admin", createdAt: Date.now() })
        .onConflictDoNothing()
        .run();
    },

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

    /** Rep turns this user sent since `since` (for the per-user turn rate limit). */
    repTurnsSince(userId: string, since: number): number {
      return (
        db
          .select({ count: sql<number>`count(*)` })
          .from(turns)
          .innerJoin(sessions, eq(sessions.id, turns.sessionId))
          .where(
            and(
              eq(sessions.userId, userId),
              // A turn is stored before its call ends, so ended calls older than the window have none
              // in it; with the (user_id, ended_at) index this skips a long history.
              or(isNull(sessions.endedAt), gt(sessions.endedAt, since)),
              eq(turns.role, "rep"),
              gt(turns.at, since),
            ),
          )
          .get()?.count ?? 0
      );
    },

    get(id: string): SessionRow | undefined {
      return q.get().get({ id });
    },

    /** Newest first, each with a summary of its scorecard (for history and progress charts); no sandbox calls. */
    list(scope: SessionScope, limit = 200) {
      const visible = and(
        eq(sessions.sandbox, false),
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

    /**
     * Every scored call (no sandbox calls) of a team's learners, or of everyone: what the team
     * view is built from. Oldest first.
     */
    scoredCalls(scope: { kind: "all" } | { kind: "team-learners"; teamId: string }) {
      return db
        .select({
          userId: sessions.userId,
          userName: users.name,
          personaId: sessions.personaId,
          rubricId: sessions.rubricId,
          createdAt: sessions.createdAt,
          payload: scorecards.payload,
        })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .innerJoin(scorecards, eq(scorecards.sessionId, sessions.id))
        .where(
          and(eq(sessions.sandbox, false), scope.kind === "all" ? undefined : and(eq(users.teamId, scope.teamId), eq(users.role, "learner"))),
        )
        .orderBy(asc(sessions.createdAt))
        .all()
        .map(({ payload, ...call }) => ({
          ...call,
          criteria: (payload as Scorecard).criteria.map(({ id, name, score }) => ({ id, name, score })),
        }));
    },

    turns(sessionId: string): StoredTurn[] {
      return q.turns().all({ sessionId }).map(turnRow);
    },

    /** Appends a turn at the next index. */
    appendTurn(sessionId: string, turn: Omit<StoredTurn, "index">): StoredTurn {
      return db.transaction(() => {
        const last = q.lastIndex().get({ sessionId });
        const row = q.insertTurn().get({ audioPath: null, voice: null, ...turn, sessionId, index: (last?.index ?? -1) + 1 });
        if (!row) throw new Error(`appending a turn to session ${sessionId} returned no row`);
        return turnRow(row);
      });
    },

    /** A spoken turn's words once transcribed (or why not), and its voice record. */
    updateSpokenTurn(sessionId: string, index: number, change: { text: string; voice: TurnVoice }): StoredTurn {
      const row = db
        .update(turns)
        .set({ text: change.text, voice: change.voice })
        .where(and(eq(turns.sessionId, sessionId), eq(turns.index, index)))
        .returning()
        .get();
      if (!row) throw new Error(`session ${sessionId} has no turn ${index}`);
      return turnRow(row);
    },

    /** A customer turn cut short by the rep (barge-in): the words heard, and the reply kept in its quality record. */
    cutTurn(sessionId: string, index: number, change: { text: string; quality: ReplyQuality }): void {
      db.update(turns)
        .set({ text: change.text, quality: change.quality })
        .where(and(eq(turns.sessionId, sessionId), eq(turns.index, index), eq(turns.role, "customer")))
        .run();
    },

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

    isLocked(row: SessionRow): boolean {
      return row.turnLockedAt !== null && row.turnLockedAt >= Date.now() - STALE_LOCK_MS;
    },

    end(sessionId: string, outcome: string | null) {
      db.update(sessions)
        .set({ status: "ended", outcome, endedAt: Date.now(), turnLockedAt: null })
        .where(eq(sessions.id, sessionId))
        .run();
    },

    saveFeedback(sessionId: string, item: TurnFeedback) {
      q.saveFeedback().run({
        sessionId,
        turnIndex: item.turn,
        payload: item,
        engine: item.engine,
        model: item.model,
        createdAt: Date.now(),
      });
    },

    feedback(sessionId: string): TurnFeedback[] {
      return db
        .select({ payload: feedback.payload })
        .from(feedback)
        .where(eq(feedback.sessionId, sessionId))
        .orderBy(asc(feedback.turnIndex))
        .all()
        .map((row) => row.payload as TurnFeedback);
    },

    saveScorecard(sessionId: string, card: Scorecard) {
      db.insert(scorecards)
        .values({
          sessionId,
          overall: card.overall,
          passed: card.passed,
          rubricId: card.rubric.id,
          rubricVersion: card.rubric.version,
          engine: card.engine,
          model: card.model,
          payload: card,
          createdAt: card.createdAt,
        })
        .onConflictDoNothing()
        .run();
    },

    scorecard(sessionId: string): Scorecard | null {
      const row = db.select({ payload: scorecards.payload }).from(scorecards).where(eq(scorecards.sessionId, sessionId)).get();
      return row ? (row.payload as Scorecard) : null;
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
