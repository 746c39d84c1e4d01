import type { Principal } from "../auth/principal";
import type { AssignmentScope } from "../db/assignment-store";

/**
 * Whose assignments, certificates and statuses a principal sees: a learner their own, a trainer
 * their team's learners' (none without a team), an admin everyone's.
 */
export function scopeOf(principal: Principal): AssignmentScope | null {
  if (principal.role === "admin") return { kind: "all" };
  if (principal.role === "trainer")
    return principal.teamId === null ? null : { kind: "team", teamId: principal.teamId };
  return { kind: "learner", userId: principal.id };
}
