import type { Principal } from "../../auth/principal";
import type { ExampleScope } from "../../db/example-store";
import { DomainError } from "../../errors";
import type { AuthKind } from "../assignees";
import type { Example } from "./example-types";

/**
 * Who sees and who changes examples. Everyone reads the shipped library and examples of no team;
 * a learner or trainer also their own team's; an admin (and the local user) all. Trainers and
 * admins create; a trainer changes only their own team's, an admin any (shipped ones are files:
 * nobody changes them here). Learners never create, change or delete.
 */
export function readScope(principal: Principal, mode: AuthKind): ExampleScope {
  if (mode === "local" || principal.role === "admin") return "all";
  return { teamIds: principal.teamId === null ? [] : [principal.teamId] };
}

export function canSee(principal: Principal, mode: AuthKind, example: Pick<Example, "teamId">): boolean {
  const scope = readScope(principal, mode);
  return scope === "all" || example.teamId === null || scope.teamIds.includes(example.teamId);
}

export function requireAuthor(principal: Principal): void {
  if (principal.role === "learner")
    throw new DomainError("forbidden", "Only trainers and admins mark or write examples.");
}

/** Whether this principal may change the example (what `editable` tells the web app; `requireEditor` enforces it). */
export function mayEdit(principal: Principal, mode: AuthKind, example: Pick<Example, "teamId" | "source">): boolean {
  if (example.source === "shipped" || principal.role === "learner") return false;
  if (mode === "local" || principal.role === "admin") return true;
  return example.teamId !== null && example.teamId === principal.teamId;
}

export function requireEditor(principal: Principal, mode: AuthKind, example: Pick<Example, "teamId" | "source">) {
  if (example.source === "shipped")
    throw new DomainError(
      "example_read_only",
      "A shipped example is a file in examples/: change it there (and `parley lint` it).",
    );
  requireAuthor(principal);
  if (mode === "local" || principal.role === "admin") return;
  if (example.teamId === null || example.teamId !== principal.teamId)
    throw new DomainError("forbidden", "A trainer changes only their own team's examples.");
}
