import { eq } from "drizzle-orm";
import type { JudgementCache } from "../grading/grade-transcript";
import type { Db } from "./database";

export function createJudgementCache(db: Db): JudgementCache {
  const { orm } = db;
  const { judgements } = db.tables;
  return {
    async get(key) {
      const [row] = await orm.select({ payload: judgements.payload }).from(judgements).where(eq(judgements.key, key));
      return row?.payload ?? null;
    },
    async set(key, model, payload) {
      await orm.insert(judgements).values({ key, model, payload, createdAt: Date.now() }).onConflictDoNothing();
    },
  };
}
