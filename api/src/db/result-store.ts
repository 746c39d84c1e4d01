import { asc, eq, sql } from "drizzle-orm";
import type { Scorecard, TurnFeedback } from "../grading/types";
import type { Db } from "./client";
import { once } from "./prepared";
import { feedback, scorecards } from "./schema";

/** What grading left on a call: per-turn feedback (coach mode) and the end-of-call scorecard. */
export function createResultStore(db: Db) {
  const p = (name: string) => sql.placeholder(name);
  const q = {
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

  return {
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
      const row = db
        .select({ payload: scorecards.payload })
        .from(scorecards)
        .where(eq(scorecards.sessionId, sessionId))
        .get();
      return row ? (row.payload as Scorecard) : null;
    },
  };
}

export type ResultStore = ReturnType<typeof createResultStore>;
