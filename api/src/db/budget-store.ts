import { and, eq, gte, sql } from "drizzle-orm";
import type { Db } from "./client";
import { modelCalls, users } from "./schema";

const startOfUtcDay = (now: number) => now - (now % 86_400_000);

/** Tokens spent on model calls today (UTC), per user and per team, for the daily budgets. */
export function createBudgetStore(db: Db) {
  const total = sql<number>`coalesce(sum(coalesce(${modelCalls.promptTokens}, 0) + coalesce(${modelCalls.completionTokens}, 0)), 0)`;
  return {
    userTokensToday(userId: string, now = Date.now()): number {
      return (
        db
          .select({ total })
          .from(modelCalls)
          .where(and(eq(modelCalls.userId, userId), gte(modelCalls.createdAt, startOfUtcDay(now))))
          .get()?.total ?? 0
      );
    },
    teamTokensToday(teamId: string, now = Date.now()): number {
      return (
        db
          .select({ total })
          .from(modelCalls)
          .innerJoin(users, eq(users.id, modelCalls.userId))
          .where(and(eq(users.teamId, teamId), gte(modelCalls.createdAt, startOfUtcDay(now))))
          .get()?.total ?? 0
      );
    },
  };
}

export type BudgetStore = ReturnType<typeof createBudgetStore>;
