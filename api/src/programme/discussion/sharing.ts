import type { Principal } from "../../auth/principal";
import type { DiscussionStore } from "../../db/discussion-store";
import type { LibraryStore } from "../../db/library-store";
import { notFound } from "../../errors";
import type { CallStores } from "../../practice/call-stores";
import type { AuthKind } from "../assignees";
import type { DiscussionAccess } from "./access";
import { handleOf } from "./mentions";

/** Sharing a graded call with one's team, the team's list of shared calls, and a shared call read-only. */
export function createSharing(deps: {
  store: DiscussionStore;
  calls: Pick<CallStores, "sessions" | "turns" | "results">;
  library: LibraryStore;
  access: DiscussionAccess;
  mode: AuthKind;
}) {
  const { store, calls, library, access, mode } = deps;

  const personaName = async (id: string, version: number) =>
    library.get("persona", id, version).then(
      (found) => found.value.name,
      () => id,
    );

  return {
    /** Whether a call is shared, and whether this principal may share it (its owner, graded, in a team). */
    async status(principal: Principal, sessionId: string) {
      if (mode === "local") return { sessionId, shared: false, sharedAt: null, canShare: false, local: true };
      const [row, owner] = await Promise.all([calls.sessions.get(sessionId), calls.sessions.owner(sessionId)]);
      if (!row || !owner || row.sandbox || !access.canReadCall(principal, owner)) throw notFound("session", sessionId);
      const canShare =
        owner.userId === principal.id &&
        owner.teamId !== null &&
        row.status === "ended" &&
        (await calls.results.scorecard(sessionId)) !== null;
      const sharedAt = await store.sharedAt(sessionId);
      return { sessionId, shared: sharedAt !== null, sharedAt, canShare, local: false };
    },

    /**
     * Shares or unshares the learner's own graded call. Unsharing hides the call and its thread
     * from the whole team; the thread's posts are kept and come back if the call is shared again.
     */
    async set(principal: Principal, sessionId: string, shared: boolean) {
      await access.ownGradedCall(principal, sessionId);
      if (shared) await store.share(sessionId, principal.id);
      else await store.unshare(sessionId);
      const sharedAt = await store.sharedAt(sessionId);
      return { sessionId, shared: sharedAt !== null, sharedAt, canShare: true, local: false };
    },

    /** The ids of one's own calls that are shared now (History marks them); local mode: none. */
    async mine(principal: Principal) {
      if (mode === "local") return { sessionIds: [] as string[] };
      return { sessionIds: await store.sharedBy(principal.id) };
    },

    /** The calls a team's members shared, newest first (local mode: none, sharing needs accounts). */
    async list(principal: Principal, teamId?: string) {
      if (mode === "local") return { local: true, teamId: null, items: [] };
      const team = await access.teamOf(principal, teamId);
      const rows = await store.sharedCalls(team);
      const items = await Promise.all(
        rows.map(async ({ personaVersion, ...row }) => ({
          ...row,
          personaName: await personaName(row.personaId, personaVersion),
          mine: row.learner.id === principal.id,
        })),
      );
      return { local: false, teamId: team, items };
    },

    /** A shared call read-only: transcript and scorecard, for its team. */
    async read(principal: Principal, sessionId: string) {
      const { row, owner } = await access.sharedCall(principal, sessionId);
      const [summary, turns, scorecard] = await Promise.all([
        store.sharedCall(sessionId),
        calls.turns.turns(sessionId),
        calls.results.scorecard(sessionId),
      ]);
      return {
        sessionId,
        learner: summary?.learner ?? { id: owner.userId, name: "someone" },
        sharedAt: summary?.sharedAt ?? null,
        mine: owner.userId === principal.id,
        persona: { id: row.personaId, name: await personaName(row.personaId, row.personaVersion) },
        rubricId: row.rubricId,
        difficulty: row.difficulty,
        mode: row.mode,
        turns: turns.map(({ index, role, text }) => ({ index, role, text })),
        // A teammate may not have played this scenario yet: its hidden goal stays hidden from them.
        scorecard:
          scorecard && principal.role === "learner" && owner.userId !== principal.id
            ? { ...scorecard, reveal: null }
            : scorecard,
      };
    },

    /** Who can be mentioned in this principal's team's threads (handles: email local parts). */
    async members(principal: Principal, teamId?: string) {
      if (mode === "local") return { members: [] };
      const team = await access.teamOf(principal, teamId);
      if (team === null) return { members: [] };
      const members = await store.members(team);
      return {
        members: members.map(({ id, name, email, role }) => ({
          id,
          name,
          role,
          handle: handleOf({ email }),
        })),
      };
    },
  };
}

export type Sharing = ReturnType<typeof createSharing>;
