import type { Principal } from "../auth/principal";
import type { AssignmentStore, Person } from "../db/assignment-store";
import { DomainError } from "../errors";
import type { AssignmentInput } from "./assignment-input";

export type AuthKind = "local" | "accounts";

/**
 * Who an assignment goes to. Local mode has one user, so a plan is assigned to oneself. With
 * accounts: named learners and/or a whole team (its learners now); a trainer only within their own
 * team, an admin anyone. Ids outside that are refused without saying whether they exist.
 */
export async function resolveAssignees(
  store: AssignmentStore,
  mode: AuthKind,
  principal: Principal,
  input: Pick<AssignmentInput, "learnerIds" | "teamId">,
): Promise<{ learnerIds: string[]; teamId: string | null }> {
  if (mode === "local") return { learnerIds: [principal.id], teamId: null };
  const ownTeam = principal.role === "trainer" ? principal.teamId : null;
  if (principal.role === "trainer" && ownTeam === null)
    throw new DomainError("forbidden", "You are not in a team, so there is nobody you can assign work to.");
  if (input.teamId !== undefined && ownTeam !== null && input.teamId !== ownTeam)
    throw new DomainError("forbidden", "You can assign work only to your own team.");

  const chosen = new Map<string, Person>();
  if (input.teamId !== undefined) {
    const team = await store.learnersOf({ kind: "team", teamId: input.teamId });
    if (team.length === 0)
      throw new DomainError("invalid_assignees", "That team has no learners to assign work to.", {
        issues: [{ field: "teamId", message: "has no learners" }],
      });
    for (const learner of team) chosen.set(learner.id, learner);
  }
  const named = [...new Set(input.learnerIds ?? [])];
  const found = await store.people(named);
  const allowed = (person: Person) =>
    person.role === "learner" && !person.disabled && (ownTeam === null || person.teamId === ownTeam);
  const refused = named.filter((id) => !found.some((person) => person.id === id && allowed(person)));
  if (refused.length > 0)
    throw new DomainError(
      "invalid_assignees",
      `${refused.length} of the learners given ${refused.length === 1 ? "is" : "are"} not ${ownTeam === null ? "an active learner" : "an active learner in your team"}.`,
      {
        issues: [
          { field: "learnerIds", message: "must be active learners" + (ownTeam === null ? "" : " in your team") },
        ],
      },
    );
  for (const learner of found) chosen.set(learner.id, learner);
  if (chosen.size === 0)
    throw new DomainError("invalid_assignees", "Choose learners or a team to assign this to.", {
      issues: [{ field: "learnerIds", message: "give learnerIds or a teamId" }],
    });
  return { learnerIds: [...chosen.keys()], teamId: input.teamId ?? null };
}
