import { canChange, canRead, type Owner, type Principal } from "../../auth/principal";
import type { DiscussionStore } from "../../db/discussion-store";
import type { SessionRow } from "../../db/session-store";
import { DomainError, notFound } from "../../errors";
import type { CallStores } from "../../practice/call-stores";
import type { AuthKind } from "../assignees";

/** A thread: its key, kind, what it is about (a persona id or a session id) and whose team it is. */
export interface Thread {
  key: string;
  kind: "scenario" | "call";
  ref: string;
  /** null: local mode (one user, no team). */
  teamId: string | null;
}

export const scenarioThread = (personaId: string, teamId: string | null): Thread => ({
  key: `${teamId ?? "local"}:scenario:${personaId}`,
  kind: "scenario",
  ref: personaId,
  teamId,
});

export const callThread = (sessionId: string, teamId: string | null): Thread => ({
  key: `call:${sessionId}`,
  kind: "call",
  ref: sessionId,
  teamId,
});

export const localOnly = () =>
  new DomainError("local_mode", "Sharing calls needs accounts: in local mode there is no team to share with.");

const noTeam = () =>
  new DomainError("no_team", "Discussion happens within a team, and you are not in one: ask an admin to add you.");

/** Who sees what in discussion: isolation rules in one place (see README). */
export function createDiscussionAccess(deps: {
  store: DiscussionStore;
  calls: Pick<CallStores, "sessions" | "results">;
  mode: AuthKind;
}) {
  const { store, calls, mode } = deps;

  /** Whose team's discussion a principal reads: their own; an admin may name any team. */
  async function teamOf(principal: Principal, requested: string | undefined): Promise<string | null> {
    if (mode === "local") return null;
    if (requested !== undefined && requested !== principal.teamId) {
      if (principal.role !== "admin" || !(await store.teamExists(requested)))
        throw new DomainError("team_not_found", `No team with id "${requested}".`);
      return requested;
    }
    if (principal.teamId === null) throw noTeam();
    return principal.teamId;
  }

  /** Trainers of the thread's team and admins moderate (pin, delete others' posts); locally, the one user. */
  const moderates = (principal: Principal, thread: Pick<Thread, "teamId">) =>
    mode === "local" ||
    principal.role === "admin" ||
    (principal.role === "trainer" && principal.teamId !== null && principal.teamId === thread.teamId);

  /** A call's owner's team sees it when shared; an admin any shared call. */
  const seesTeamOf = (principal: Principal, owner: Owner) =>
    principal.role === "admin" ||
    owner.userId === principal.id ||
    (principal.teamId !== null && principal.teamId === owner.teamId);

  /**
   * A shared call, for someone of its team. Someone who could not read the call anyway gets
   * `session_not_found` (whether or not it exists, or was ever shared); its owner, trainer or an
   * admin learns that it is not shared.
   */
  async function sharedCall(principal: Principal, sessionId: string) {
    if (mode === "local") throw localOnly();
    const [row, owner] = await Promise.all([calls.sessions.get(sessionId), calls.sessions.owner(sessionId)]);
    if (!row || !owner || row.sandbox || !seesTeamOf(principal, owner)) throw notFound("session", sessionId);
    const sharedAt = await store.sharedAt(sessionId);
    if (sharedAt === null) {
      if (!canRead(principal, owner)) throw notFound("session", sessionId);
      throw new DomainError(
        "call_not_shared",
        "This call is not shared with the team; its discussion is hidden until it is shared again.",
      );
    }
    return { row, owner, sharedAt, thread: callThread(sessionId, owner.teamId) };
  }

  /** The learner's own graded call, to share or unshare. */
  async function ownGradedCall(principal: Principal, sessionId: string): Promise<{ row: SessionRow; owner: Owner }> {
    if (mode === "local") throw localOnly();
    const [row, owner] = await Promise.all([calls.sessions.get(sessionId), calls.sessions.owner(sessionId)]);
    if (!row || !owner || row.sandbox || row.status === "abandoned" || !canRead(principal, owner))
      throw notFound("session", sessionId);
    if (!canChange(principal, owner))
      throw new DomainError("forbidden", "Only the learner who made a call can share it with their team.");
    if (owner.teamId === null) throw noTeam();
    if (!(await calls.results.scorecard(sessionId)))
      throw new DomainError("call_not_graded", "This call has no scorecard yet: end it before sharing it.");
    return { row, owner };
  }

  return { teamOf, moderates, sharedCall, ownGradedCall, canReadCall: canRead };
}

export type DiscussionAccess = ReturnType<typeof createDiscussionAccess>;
