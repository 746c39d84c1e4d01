import { and, asc, eq, ne } from "drizzle-orm";
import type { Scorecard } from "../grading/types";
import type { Db } from "./database";

/** The scored calls the team view is built from. */
export function createTeamCalls(db: Db) {
  const { orm } = db;
  const { scorecards, sessions, users } = db.tables;
  return {
    /**
     * Every scored call (no sandbox calls) of a team's learners, or of everyone: what the team
     * view is built from; or one user's own (their history in skills). Oldest first.
     */
    async scoredCalls(
      scope: { kind: "all" } | { kind: "team-learners"; teamId: string } | { kind: "user"; userId: string },
    ) {
      const rows = await orm
        .select({
          sessionId: sessions.id,
          userId: sessions.userId,
          userName: users.name,
          personaId: sessions.personaId,
          rubricId: sessions.rubricId,
          createdAt: sessions.createdAt,
          payload: scorecards.payload,
        })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .innerJoin(scorecards, eq(scorecards.sessionId, sessions.id))
        .where(
          and(
            eq(sessions.sandbox, false),
            ne(sessions.status, "abandoned"),
            scope.kind === "all"
              ? undefined
              : scope.kind === "user"
                ? eq(sessions.userId, scope.userId)
                : and(eq(users.teamId, scope.teamId), eq(users.role, "learner")),
          ),
        )
        .orderBy(asc(sessions.createdAt));
      return rows.map(({ payload, ...call }) => ({
        ...call,
        criteria: (payload as Scorecard).criteria.map(({ id, name, score }) => ({ id, name, score })),
      }));
    },

    /** Every learner of a team, or everyone's, by name, scored calls or not (disabled accounts too: their calls stay). */
    async learners(scope: { kind: "all" } | { kind: "team-learners"; teamId: string }) {
      return orm
        .select({ id: users.id, name: users.name, disabled: users.disabled })
        .from(users)
        .where(and(eq(users.role, "learner"), scope.kind === "all" ? undefined : eq(users.teamId, scope.teamId)))
        .orderBy(asc(users.name), asc(users.id));
    },
  };
}

export type TeamCalls = ReturnType<typeof createTeamCalls>;
