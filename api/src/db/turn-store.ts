import { and, asc, count, eq, gt, isNull, ne, or, sql } from "drizzle-orm";
import type { PersonaState, TurnChange } from "../practice/director";
import type { ReplyQuality } from "../practice/speak-in-character";
import type { TurnVoice } from "../voice/turn-voice";
import { type Db, single, type Tables } from "./database";
import { once } from "./prepared";

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

export const turnRow = (row: Tables["turns"]["$inferSelect"]): StoredTurn => ({
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
  const { orm } = db;
  const { sessions, turns } = db.tables;
  // The queries every turn runs, prepared once. Building a query with drizzle's builder costs
  // about 0.2 ms each time (SQL generation + sqlite prepare), 20 times the query itself; a turn
  // runs about ten of them on the event loop. Measured by `npm run bench`.
  const p = (name: string) => sql.placeholder(name);
  const q = {
    turns: once(() =>
      orm
        .select()
        .from(turns)
        .where(eq(turns.sessionId, p("sessionId")))
        .orderBy(asc(turns.index))
        .prepare("turns_of_session"),
    ),
    // One statement takes the next index and inserts, so no transaction is needed (and the
    // unique (session, index) index refuses a second turn at the same index).
    appendTurn: once(() =>
      orm
        .insert(turns)
        .values({
          sessionId: p("sessionId"),
          index: sql`(select coalesce(max(${sql.identifier("index")}), -1) + 1 from ${turns} where ${sql.identifier("session_id")} = ${p("sessionId")})`,
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
        .prepare("turns_append"),
    ),
    repTurnsSince: once(() =>
      orm
        .select({ count: count() })
        .from(turns)
        .innerJoin(sessions, eq(sessions.id, turns.sessionId))
        .where(
          and(
            eq(sessions.userId, p("userId")),
            // An abandoned call no longer counts (as a sandbox call never shows in history).
            ne(sessions.status, "abandoned"),
            // A turn is stored before its call ends, so ended calls older than the window have none
            // in it; with the (user_id, ended_at) index this skips a long history.
            or(isNull(sessions.endedAt), gt(sessions.endedAt, p("since"))),
            eq(turns.role, "rep"),
            gt(turns.at, p("since")),
          ),
        )
        .prepare("turns_rep_since"),
    ),
  };

  return {
    async turns(sessionId: string): Promise<StoredTurn[]> {
      return (await q.turns().execute({ sessionId })).map(turnRow);
    },

    /** Appends a turn at the next index. */
    async appendTurn(sessionId: string, turn: Omit<StoredTurn, "index">): Promise<StoredTurn> {
      const rows = await q.appendTurn().execute({ audioPath: null, voice: null, ...turn, sessionId });
      return turnRow(single(rows, `appending a turn to session ${sessionId}`));
    },

    /** A spoken turn's words once transcribed (or why not), and its voice record. */
    async updateSpokenTurn(
      sessionId: string,
      index: number,
      change: { text: string; voice: TurnVoice },
    ): Promise<StoredTurn> {
      const [row] = await orm
        .update(turns)
        .set({ text: change.text, voice: change.voice })
        .where(and(eq(turns.sessionId, sessionId), eq(turns.index, index)))
        .returning();
      if (!row) throw new Error(`session ${sessionId} has no turn ${index}`);
      return turnRow(row);
    },

    /** A customer turn cut short by the rep (barge-in): the words heard, and the reply kept in its quality record. */
    async cutTurn(sessionId: string, index: number, change: { text: string; quality: ReplyQuality }): Promise<void> {
      await orm
        .update(turns)
        .set({ text: change.text, quality: change.quality })
        .where(and(eq(turns.sessionId, sessionId), eq(turns.index, index), eq(turns.role, "customer")));
    },

    /** Rep turns this user sent since `since` (for the per-user turn rate limit). */
    async repTurnsSince(userId: string, since: number): Promise<number> {
      const [row] = await q.repTurnsSince().execute({ userId, since });
      return row?.count ?? 0;
    },
  };
}

export type TurnStore = ReturnType<typeof createTurnStore>;
