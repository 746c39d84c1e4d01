import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, gte, inArray, type SQL } from "drizzle-orm";
import type { Scorecard } from "../grading/types";
import type { AssignmentStep, LearnerCall } from "../programme/assignment-types";
import { type Db, exec, single, type Tables } from "./database";

type AssignmentsTable = Tables["assignments"];
export type AssignmentRow = Omit<AssignmentsTable["$inferSelect"], "steps"> & { steps: AssignmentStep[] };
export type NewAssignment = Omit<AssignmentsTable["$inferInsert"], "id" | "createdAt" | "steps"> & {
  steps: AssignmentStep[];
};

/** Whose assignments a listing covers: one learner's, a team's learners', or everyone's. */
export type AssignmentScope = { kind: "learner"; userId: string } | { kind: "team"; teamId: string } | { kind: "all" };

export interface Person {
  id: string;
  name: string;
  role: "learner" | "trainer" | "admin";
  teamId: string | null;
  disabled: boolean;
}

const asRow = (row: AssignmentsTable["$inferSelect"]): AssignmentRow => ({
  ...row,
  steps: row.steps as AssignmentStep[],
});

/** Assignments, who they are for, and the calls their status is derived from. */
export function createAssignmentStore(db: Db) {
  const { orm } = db;
  const { assignments, assignmentLearners, scorecards, sessions, users } = db.tables;
  const person = {
    id: users.id,
    name: users.name,
    role: users.role,
    teamId: users.teamId,
    disabled: users.disabled,
  };
  const scoped = (scope: AssignmentScope): SQL | undefined =>
    scope.kind === "learner"
      ? eq(assignmentLearners.userId, scope.userId)
      : scope.kind === "team"
        ? eq(users.teamId, scope.teamId)
        : undefined;

  return {
    /** The assignment and its learners, in one transaction. */
    async create(values: NewAssignment, learnerIds: string[]): Promise<AssignmentRow> {
      return db.transaction(function* (tx) {
        const rows = yield* exec(
          tx
            .insert(assignments)
            .values({ ...values, id: randomUUID(), createdAt: Date.now() })
            .returning(),
        );
        const row = single(rows, "inserting an assignment");
        for (const userId of learnerIds)
          yield* exec(tx.insert(assignmentLearners).values({ assignmentId: row.id, userId }));
        return asRow(row);
      });
    },

    async get(id: string): Promise<AssignmentRow | undefined> {
      const [row] = await orm.select().from(assignments).where(eq(assignments.id, id));
      return row && asRow(row);
    },

    /** Newest first: assignments with at least one learner in scope. */
    async list(scope: AssignmentScope, limit = 200): Promise<AssignmentRow[]> {
      // A subquery, not SELECT DISTINCT over the row: PostgreSQL has no equality for `json` columns.
      const inScope = orm
        .select({ id: assignmentLearners.assignmentId })
        .from(assignmentLearners)
        .innerJoin(users, eq(users.id, assignmentLearners.userId))
        .where(scoped(scope));
      const rows = await orm
        .select()
        .from(assignments)
        .where(inArray(assignments.id, inScope))
        .orderBy(desc(assignments.createdAt))
        .limit(limit);
      return rows.map(asRow);
    },

    /** An assignment's learners (in scope), by name. */
    async learners(assignmentId: string, scope: AssignmentScope = { kind: "all" }): Promise<Person[]> {
      return orm
        .select(person)
        .from(assignmentLearners)
        .innerJoin(users, eq(users.id, assignmentLearners.userId))
        .where(and(eq(assignmentLearners.assignmentId, assignmentId), scoped(scope)))
        .orderBy(asc(users.name));
    },

    /** Every open assignment (not yet due, or due within `since`): what the due-soon sweep looks at. */
    async dueAfter(since: number): Promise<AssignmentRow[]> {
      return (await orm.select().from(assignments).where(gte(assignments.dueAt, since))).map(asRow);
    },

    async people(ids: string[]): Promise<Person[]> {
      if (ids.length === 0) return [];
      return orm.select(person).from(users).where(inArray(users.id, ids));
    },

    /** Learners who can be assigned work: a team's, or everyone's; never disabled accounts. */
    async learnersOf(scope: { kind: "team"; teamId: string } | { kind: "all" }): Promise<Person[]> {
      return orm
        .select(person)
        .from(users)
        .where(
          and(
            eq(users.role, "learner"),
            eq(users.disabled, false),
            scope.kind === "team" ? eq(users.teamId, scope.teamId) : undefined,
          ),
        )
        .orderBy(asc(users.name));
    },

    /** These learners' calls (no sandbox calls) since a time, with their scorecards' verdicts. */
    async callsOf(userIds: string[], since: number): Promise<LearnerCall[]> {
      if (userIds.length === 0) return [];
      const rows = await orm
        .select({ session: sessions, card: scorecards })
        .from(sessions)
        .leftJoin(scorecards, eq(scorecards.sessionId, sessions.id))
        .where(and(inArray(sessions.userId, userIds), eq(sessions.sandbox, false), gte(sessions.createdAt, since)))
        .orderBy(asc(sessions.createdAt));
      return rows.map(({ session, card }) => ({
        sessionId: session.id,
        userId: session.userId,
        personaId: session.personaId,
        personaVersion: session.personaVersion,
        rubricId: session.rubricId,
        rubricVersion: session.rubricVersion,
        difficulty: session.difficulty,
        assignmentId: session.assignmentId,
        certification: session.certification,
        status: session.status,
        createdAt: session.createdAt,
        score: card && {
          overall: card.overall,
          passed: card.passed,
          criticalFailed: (card.payload as Scorecard).criteria.some(
            (criterion) => criterion.critical && criterion.passed === false,
          ),
          engine: card.engine,
          model: card.model,
          at: card.createdAt,
        },
      }));
    },
  };
}

export type AssignmentStore = ReturnType<typeof createAssignmentStore>;
