import { eq, sql } from "drizzle-orm";
import type { JudgementCache } from "../grading/grade-transcript";
import type { Db } from "./database";
import { once } from "./prepared";

export function createJudgementCache(db: Db): JudgementCache {
  const { orm } = db;
  const { judgements } = db.tables;
  const p = (name: string) => sql.placeholder(name);
  // Both run on every graded turn: prepared once (see turn-store.ts for why).
  const q = {
    get: once(() =>
      orm
        .select({ payload: judgements.payload })
        .from(judgements)
        .where(eq(judgements.key, p("key")))
        .prepare("judgement_get"),
    ),
    set: once(() =>
      orm
        .insert(judgements)
        .values({ key: p("key"), model: p("model"), payload: p("payload"), createdAt: p("createdAt") })
        .onConflictDoNothing()
        .prepare("judgement_set"),
    ),
  };
  return {
    async get(key) {
      const [row] = await q.get().execute({ key });
      return row?.payload ?? null;
    },
    async set(key, model, payload) {
      await q.set().execute({ key, model, payload, createdAt: Date.now() });
    },
  };
}
