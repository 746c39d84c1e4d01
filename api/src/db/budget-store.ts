import { and, eq, gte, sql } from "drizzle-orm";
import type { Db } from "./database";

const startOfUtcDay = (now: number) => now - (now % 86_400_000);

/** Tokens spent on model calls today (UTC), per user and per team, for the daily budgets. */
export function createBudgetStore(db: Db) {
  const { orm } = db;
  const { modelCalls, users } = db.tables;
  // PostgreSQL sums to numeric, which node-postgres reads as a string.
  const total =
    sql<number>`coalesce(sum(coalesce(${modelCalls.promptTokens}, 0) + coalesce(${modelCalls.completionTokens}, 0)), 0)`.mapWith(
      Number,
    );
  return {
    async userTokensToday(userId: string, now = Date.now()): Promise<number> {
      const [row] = await orm
        .select({ total })
        .from(modelCalls)
        .where(and(eq(modelCalls.userId, userId), gte(modelCalls.createdAt, startOfUtcDay(now))));
      return row?.total ?? 0;
    },
    async teamTokensToday(teamId: string, now = Date.now()): Promise<number> {
      const [row] = await orm
        .select({ total })
        .from(modelCalls)
        .innerJoin(users, eq(users.id, modelCalls.userId))
        .where(and(eq(users.teamId, teamId), gte(modelCalls.createdAt, startOfUtcDay(now))));
      return row?.total ?? 0;
    },
  };
}

export type BudgetStore = ReturnType<typeof createBudgetStore>;
