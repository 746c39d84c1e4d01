import { canPublish, type Principal } from "../auth/principal";
import type { TeamCalls } from "../db/team-calls";
import { DomainError } from "../errors";

/**
 * Every learner a trainer looks after (their own team's; an admin's: everyone's), whether or not
 * they have a scored call yet: the Team page's learner pickers (the xAPI download) read this, not
 * the summary, which knows only learners with scores.
 */
export function createTeamLearners({ calls }: { calls: Pick<TeamCalls, "learners"> }) {
  return async (principal: Principal) => {
    if (!canPublish(principal)) throw new DomainError("forbidden", "Only trainers and admins can see the team view.");
    if (principal.role === "admin") return { learners: await calls.learners({ kind: "all" }) };
    if (principal.teamId === null) return { learners: [] };
    return { learners: await calls.learners({ kind: "team-learners", teamId: principal.teamId }) };
  };
}

export type TeamLearners = ReturnType<typeof createTeamLearners>;
