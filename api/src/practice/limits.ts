import type { Principal } from "../auth/principal";
import type { BudgetStore } from "../db/budget-store";
import type { SessionStore } from "../db/session-store";
import { ApiError } from "../errors";

export interface LimitSettings {
  turnsPerMinute: number;
  /** 0: no daily budget. */
  dailyTokensPerUser: number;
  dailyTokensPerTeam: number;
}

/** Per-user turn rate and per-user and per-team daily token budgets, each with a clear error. */
export function createLimits(settings: LimitSettings, sessions: SessionStore, budgets: BudgetStore) {
  return {
    checkTurnRate(principal: Principal) {
      const recent = sessions.repTurnsSince(principal.id, Date.now() - 60_000);
      if (recent >= settings.turnsPerMinute) {
        throw new ApiError(
          429,
          "rate_limited",
          `You can send ${settings.turnsPerMinute} turns a minute; wait a moment and send it again.`,
          { retryAfterSeconds: 60 },
        );
      }
    },
    /** Before any model call: refuses when the user's or their team's tokens for today are spent. */
    checkTokenBudget(principal: Principal) {
      if (settings.dailyTokensPerUser > 0 && budgets.userTokensToday(principal.id) >= settings.dailyTokensPerUser) {
        throw new ApiError(
          429,
          "token_budget_exhausted",
          `Your daily model budget (${settings.dailyTokensPerUser} tokens) is used up; it resets at midnight UTC.`,
        );
      }
      if (principal.teamId && settings.dailyTokensPerTeam > 0 && budgets.teamTokensToday(principal.teamId) >= settings.dailyTokensPerTeam) {
        throw new ApiError(
          429,
          "token_budget_exhausted",
          `Your team's daily model budget (${settings.dailyTokensPerTeam} tokens) is used up; it resets at midnight UTC.`,
        );
      }
    },
  };
}

export type Limits = ReturnType<typeof createLimits>;
