import { eq } from "drizzle-orm";
import type { JudgementCache } from "../grading/grade-transcript";
import type { Db } from "./client";
import { judgements } from "./schema";

export function createJudgementCache(db: Db): JudgementCache {
  return {
    get(key) {
      return (
        db.select({ payload: judgements.payload }).from(judgements).where(eq(judgements.key, key)).get()?.payload ??
        null
      );
    },
    set(key, model, payload) {
      db.insert(judgements).values({ key, model, payload, createdAt: Date.now() }).onConflictDoNothing().run();
    },
  };
}
