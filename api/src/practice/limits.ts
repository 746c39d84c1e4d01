import type { Principal } from "../auth/principal";
import type { BudgetStore } from "../db/budget-store";
import type { ThrottleStore } from "../db/throttle-store";
import type { TurnStore } from "../db/turn-store";
import { DomainError } from "../errors";
import { transcriptSizeProblem } from "../grading/transcript-limits";

export interface LimitSettings {
  turnsPerMinute: number;
  /** Voice requests that are not turns (transcribe for review, speak a sentence) per user per minute; default 120. */
  audioRequestsPerMinute?: number;
  /** `POST /api/grade` requests per user per minute; default 20. */
  gradesPerMinute?: number;
  /** 0: no daily budget. */
  dailyTokensPerUser: number;
  dailyTokensPerTeam: number;
}

/**
 * Per-user turn rate and per-user and per-team daily token budgets, each with a clear error. The
 * limits hold across replicas: turns and tokens are counted from stored rows, and grading and
 * voice requests (which leave no row of their own) in the throttle store's table.
 */
export function createLimits(
  settings: LimitSettings,
  turns: Pick<TurnStore, "repTurnsSince">,
  budgets: BudgetStore,
  throttle: Pick<ThrottleStore, "take">,
) {
  const audioPerMinute = settings.audioRequestsPerMinute ?? 120;
  const gradesPerMinute = settings.gradesPerMinute ?? 20;
  const perMinute = async (key: string, limit: number, message: string) => {
    const answer = await throttle.take(key, limit, 60_000);
    if (!answer.ok)
      throw new DomainError("rate_limited", message, {
        retryAfterSeconds: Math.max(1, Math.ceil(answer.retryAfterMs / 1000)),
      });
  };
  // Turns that passed the rate check and are not stored yet, per user, on this replica: the window
  // between the check and the stored row is one request long, so another replica's share of it is
  // not counted (at most one extra turn per replica per such moment).
  const claimed = new Map<string, number>();
  return {
    /** Grading a pasted transcript is CPU work on the shared server: a few a minute per user. */
    async checkGradeRate(principal: Principal) {
      await perMinute(
        `grade:${principal.id}`,
        gradesPerMinute,
        `You can grade ${gradesPerMinute} transcripts a minute; wait a moment.`,
      );
    },
    /** A transcript to grade is bounded in turns and characters, the same bounds as `parley grade`. */
    checkGradeSize(transcript: { text: string }[]) {
      const problem = transcriptSizeProblem(transcript);
      if (problem)
        throw new DomainError("transcript_too_large", problem.message, { limit: problem.limit, unit: problem.unit });
    },
    /** Transcribe-only and speech requests: a rep speaks a few sentences a turn, never hundreds a minute. */
    async checkAudioRate(principal: Principal) {
      await perMinute(
        `audio:${principal.id}`,
        audioPerMinute,
        `You can make ${audioPerMinute} voice requests a minute; wait a moment and try again.`,
      );
    },
    /**
     * Counts the user's stored rep turns of the last minute and the turns claimed but not stored
     * yet: a spoken turn is stored only after its recording is saved (an await), and 40 sent at once
     * all passed a count of stored rows (issue 15, finding 3). Returns the release of the claim,
     * called once the turn is stored (or refused).
     */
    async claimTurn(principal: Principal): Promise<() => void> {
      const recent = (await turns.repTurnsSince(principal.id, Date.now() - 60_000)) + (claimed.get(principal.id) ?? 0);
      if (recent >= settings.turnsPerMinute) {
        throw new DomainError(
          "rate_limited",
          `You can send ${settings.turnsPerMinute} turns a minute; wait a moment and send it again.`,
          { retryAfterSeconds: 60 },
        );
      }
      claimed.set(principal.id, (claimed.get(principal.id) ?? 0) + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (claimed.get(principal.id) ?? 1) - 1;
        if (left > 0) claimed.set(principal.id, left);
        else claimed.delete(principal.id);
      };
    },
    /** Before any model call: refuses when the user's or their team's tokens for today are spent. */
    async checkTokenBudget(principal: Principal): Promise<void> {
      if (
        settings.dailyTokensPerUser > 0 &&
        (await budgets.userTokensToday(principal.id)) >= settings.dailyTokensPerUser
      ) {
        throw new DomainError(
          "token_budget_exhausted",
          `Your daily model budget (${settings.dailyTokensPerUser} tokens) is used up; it resets at midnight UTC.`,
        );
      }
      if (
        principal.teamId &&
        settings.dailyTokensPerTeam > 0 &&
        (await budgets.teamTokensToday(principal.teamId)) >= settings.dailyTokensPerTeam
      ) {
        throw new DomainError(
          "token_budget_exhausted",
          `Your team's daily model budget (${settings.dailyTokensPerTeam} tokens) is used up; it resets at midnight UTC.`,
        );
      }
    },
  };
}

export type Limits = ReturnType<typeof createLimits>;
