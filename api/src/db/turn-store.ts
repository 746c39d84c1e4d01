import { and, asc, desc, eq, gt, isNull, ne, or, sql } from "drizzle-orm";
import type { PersonaState, TurnChange } from "../practice/director";
import type { ReplyQuality } from "../practice/speak-in-character";
import type { TurnVoice } from "../voice/turn-voice";
import type { Db } from "./client";
import { once } from "./prepared";
import { sessions, turns } from "./schema";

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

export const turnRow = (row: typeof turns.$inferSelect): StoredTurn => ({
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

/** The turns of calls: read in order, appended at the next index, filled in (spoken) or cut (barge-in). */
export function createTurnStore(db: Db) {
  // The queries every turn runs, prepared once. Building a query with drizzle's builder costs
  // about 0.2 ms each time (SQL generation + sqlite prepare), 20 times the query itself; a turn
  // runs about ten of them on the (synchronous) event loop. Measured by `npm run bench`.
  const p = (name: string) => sql.placeholder(name);
  const q = {
    turns: once(() =>
      db
        .select()
        .from(turns)
        .where(eq(turns.sessionId, p("sessionId")))
        .orderBy(asc(turns.index))
        .prepare(),
    ),
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
  };

  return {
    turns(sessionId: string): StoredTurn[] {
      return q.turns().all({ sessionId }).map(turnRow);
    },

    /** Appends a turn at the next index. */
    appendTurn(sessionId: string, turn: Omit<StoredTurn, "index">): StoredTurn {
      return db.transaction(() => {
        const last = q.lastIndex().get({ sessionId });
        const row = q
          .insertTurn()
          .get({ audioPath: null, voice: null, ...turn, sessionId, index: (last?.index ?? -1) + 1 });
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
              // An abandoned call no longer counts (as a sandbox call never shows in history).
              ne(sessions.status, "abandoned"),
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
  };
}

export type TurnStore = ReturnType<typeof createTurnStore>;
