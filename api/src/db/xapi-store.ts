import { and, asc, count, eq, exists, gt, gte, inArray, lte, not, or, type SQL } from "drizzle-orm";
import type { Db, Tables } from "./database";

type Row = Tables["xapiStatements"]["$inferSelect"];
export type XapiStatementRow = Omit<Row, "statement"> & { statement: unknown };

export interface NewStatement {
  id: string;
  userId: string;
  sessionId: string;
  verb: string;
  statement: unknown;
  timestamp: number;
  /** Why it must not be sent (it breaks the xAPI rules): recorded parked. */
  invalid: string | null;
}

/** Whose statements a download may read: one learner's, a team's learners', or everyone's. */
export type StatementScope = { kind: "learner"; userId: string } | { kind: "team"; teamId: string } | { kind: "all" };

/** xAPI statements: recorded once per id, read for download, and the outbox the LRS is fed from. */
export function createXapiStore(db: Db) {
  const { orm } = db;
  const { xapiStatements, users, sessions, scorecards } = db.tables;
  const hasStatement = (verb: string) =>
    exists(
      orm
        .select({ id: xapiStatements.id })
        .from(xapiStatements)
        .where(and(eq(xapiStatements.sessionId, sessions.id), eq(xapiStatements.verb, verb))),
    );
  return {
    /** Records statements (in this order) unless one with the same id exists; the ids newly added. */
    async add(statements: NewStatement[]) {
      if (statements.length === 0) return [];
      const now = Date.now();
      const added = await orm
        .insert(xapiStatements)
        .values(
          statements.map(({ invalid, ...entry }, seq) => ({
            ...entry,
            seq,
            createdAt: now,
            status: invalid ? ("parked" as const) : ("pending" as const),
            lastError: invalid,
            attempts: 0,
            nextAttemptAt: now,
          })),
        )
        .onConflictDoNothing()
        .returning({ id: xapiStatements.id });
      return added.map((row) => row.id);
    },

    /** The oldest statements not yet sent or parked, in the order they were recorded. */
    async outboxHead(limit: number): Promise<XapiStatementRow[]> {
      return orm
        .select()
        .from(xapiStatements)
        .where(eq(xapiStatements.status, "pending"))
        .orderBy(asc(xapiStatements.createdAt), asc(xapiStatements.seq), asc(xapiStatements.id))
        .limit(limit);
    },

    async markSent(id: string, at: number) {
      await orm
        .update(xapiStatements)
        .set({ status: "sent", sentAt: at, lastError: null })
        .where(and(eq(xapiStatements.id, id), eq(xapiStatements.status, "pending")));
    },

    /** Refused for good (a 4xx other than 409 and 429): kept, with why, and never tried again. */
    async park(id: string, reason: string) {
      await orm
        .update(xapiStatements)
        .set({ status: "parked", lastError: reason })
        .where(and(eq(xapiStatements.id, id), eq(xapiStatements.status, "pending")));
    },

    async retryLater(id: string, attempts: number, nextAttemptAt: number, reason: string) {
      await orm
        .update(xapiStatements)
        .set({ attempts, nextAttemptAt, lastError: reason })
        .where(and(eq(xapiStatements.id, id), eq(xapiStatements.status, "pending")));
    },

    /** Statements of the scope, by statement timestamp: after `since` (exclusive), up to `until`, then by id. */
    async list(
      scope: StatementScope,
      range: {
        since?: number | undefined;
        until?: number | undefined;
        after?: { timestamp: number; id: string } | undefined;
      },
      limit: number,
    ): Promise<XapiStatementRow[]> {
      const conditions: (SQL | undefined)[] = [
        scope.kind === "learner" ? eq(xapiStatements.userId, scope.userId) : undefined,
        scope.kind === "team" ? eq(users.teamId, scope.teamId) : undefined,
        range.since === undefined ? undefined : gt(xapiStatements.timestamp, range.since),
        range.until === undefined ? undefined : lte(xapiStatements.timestamp, range.until),
        range.after === undefined
          ? undefined
          : or(
              gt(xapiStatements.timestamp, range.after.timestamp),
              and(eq(xapiStatements.timestamp, range.after.timestamp), gt(xapiStatements.id, range.after.id)),
            ),
      ];
      const rows = await orm
        .select({ row: xapiStatements })
        .from(xapiStatements)
        .innerJoin(users, eq(users.id, xapiStatements.userId))
        .where(and(...conditions))
        .orderBy(asc(xapiStatements.timestamp), asc(xapiStatements.id))
        .limit(limit);
      return rows.map((entry) => entry.row);
    },

    /** Parked statements, oldest first (an admin re-queues those that pass the rules). */
    async parked(limit: number): Promise<XapiStatementRow[]> {
      return orm
        .select()
        .from(xapiStatements)
        .where(eq(xapiStatements.status, "parked"))
        .orderBy(asc(xapiStatements.createdAt), asc(xapiStatements.seq), asc(xapiStatements.id))
        .limit(limit);
    },

    /** Parked statements back in the outbox, due now with no failures counted; how many moved. */
    async requeue(ids: string[], at: number) {
      if (ids.length === 0) return 0;
      const moved = await orm
        .update(xapiStatements)
        .set({ status: "pending", attempts: 0, nextAttemptAt: at, lastError: null })
        .where(and(inArray(xapiStatements.id, ids), eq(xapiStatements.status, "parked")))
        .returning({ id: xapiStatements.id });
      return moved.length;
    },

    /** Outbox rows by id (tests and the status line). */
    async byIds(ids: string[]): Promise<XapiStatementRow[]> {
      if (ids.length === 0) return [];
      return orm.select().from(xapiStatements).where(inArray(xapiStatements.id, ids));
    },

    /** How many statements are pending, sent and parked. */
    async counts() {
      const rows = await orm
        .select({ status: xapiStatements.status, n: count() })
        .from(xapiStatements)
        .groupBy(xapiStatements.status);
      const counts = { pending: 0, sent: 0, parked: 0 };
      for (const row of rows) counts[row.status] = row.n;
      return counts;
    },

    /**
     * Calls (not sandbox ones) started or ended since `since` whose statements are missing: no
     * `attempted`, or graded with no `completed` (the process stopped before recording them).
     */
    async callsMissingStatements(since: number, limit = 500): Promise<string[]> {
      const graded = exists(
        orm.select({ id: scorecards.sessionId }).from(scorecards).where(eq(scorecards.sessionId, sessions.id)),
      );
      const rows = await orm
        .select({ id: sessions.id })
        .from(sessions)
        .where(
          and(
            eq(sessions.sandbox, false),
            or(gte(sessions.createdAt, since), gte(sessions.endedAt, since)),
            or(not(hasStatement("attempted")), and(graded, not(hasStatement("completed")))),
          ),
        )
        .orderBy(asc(sessions.createdAt))
        .limit(limit);
      return rows.map((row) => row.id);
    },

    /** A learner as a statement's actor: name, email (null for the local user) and team. */
    async learner(userId: string) {
      const [row] = await orm
        .select({ id: users.id, name: users.name, email: users.email, teamId: users.teamId })
        .from(users)
        .where(eq(users.id, userId));
      return row;
    },
  };
}

export type XapiStore = ReturnType<typeof createXapiStore>;
