import { asc, eq, sql } from "drizzle-orm";
import type { Scorecard, TurnFeedback } from "../grading/types";
import type { Db } from "./database";
import { once } from "./prepared";

/** What grading left on a call: per-turn feedback (coach mode) and the end-of-call scorecard. */
export function createResultStore(db: Db) {
  const { orm } = db;
  const { feedback, scorecards } = db.tables;
  const p = (name: string) => sql.placeholder(name);
  const q = {
    saveFeedback: once(() =>
      orm
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
        .prepare("feedback_save"),
    ),
  };

  return {
    async saveFeedback(sessionId: string, item: TurnFeedback): Promise<void> {
      await q.saveFeedback().execute({
        sessionId,
        turnIndex: item.turn,
        payload: item,
        engine: item.engine,
        model: item.model,
        createdAt: Date.now(),
      });
    },

    async feedback(sessionId: string): Promise<TurnFeedback[]> {
      const rows = await orm
        .select({ payload: feedback.payload })
        .from(feedback)
        .where(eq(feedback.sessionId, sessionId))
        .orderBy(asc(feedback.turnIndex));
      return rows.map((row) => row.payload as TurnFeedback);
    },

    async saveScorecard(sessionId: string, card: Scorecard): Promise<void> {
      await orm
        .insert(scorecards)
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
        .onConflictDoNothing();
    },

    async scorecard(sessionId: string): Promise<Scorecard | null> {
      const [row] = await orm
        .select({ payload: scorecards.payload })
        .from(scorecards)
        .where(eq(scorecards.sessionId, sessionId));
      return row ? (row.payload as Scorecard) : null;
    },
  };
}

export type ResultStore = ReturnType<typeof createResultStore>;
