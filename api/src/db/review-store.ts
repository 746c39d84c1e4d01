import { randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, exists, inArray, isNull, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, Tables } from "./database";

export type ReviewCommentRow = Tables["reviewComments"]["$inferSelect"];
export type ScoreOverrideRow = Tables["scoreOverrides"]["$inferSelect"];
export type ReviewNoticeRow = Tables["reviewNotices"]["$inferSelect"];

/** Whose reviewed calls an export covers: one team's learners', or one user's own (local mode). */
export type ReviewedScope = { kind: "team"; teamId: string } | { kind: "user"; userId: string };

/** Review comments, score overrides, "your call was reviewed" notices and each team's review settings. */
export function createReviewStore(db: Db) {
  const { orm } = db;
  const { reviewComments, scoreOverrides, reviewNotices, teamReviewSettings, sessions, teams, users } = db.tables;
  const withdrawer = alias(users, "withdrawer");

  return {
    async addComment(values: { sessionId: string; authorId: string; turnIndex: number | null; text: string }) {
      const [row] = await orm
        .insert(reviewComments)
        .values({ ...values, id: randomUUID(), createdAt: Date.now() })
        .returning();
      return row as ReviewCommentRow;
    },

    async addOverride(values: {
      sessionId: string;
      authorId: string;
      criterionId: string;
      score: number;
      reason: string;
    }) {
      const [row] = await orm
        .insert(scoreOverrides)
        .values({ ...values, id: randomUUID(), createdAt: Date.now(), withdrawnAt: null, withdrawnBy: null })
        .returning();
      return row as ScoreOverrideRow;
    },

    async override(id: string): Promise<ScoreOverrideRow | undefined> {
      const [row] = await orm.select().from(scoreOverrides).where(eq(scoreOverrides.id, id));
      return row;
    },

    /** Stamps an override withdrawn, unless it already is; the changed row or null. */
    async withdraw(id: string, by: string): Promise<ScoreOverrideRow | null> {
      const [row] = await orm
        .update(scoreOverrides)
        .set({ withdrawnAt: Date.now(), withdrawnBy: by })
        .where(and(eq(scoreOverrides.id, id), isNull(scoreOverrides.withdrawnAt)))
        .returning();
      return row ?? null;
    },

    /** Every comment and override of these calls, oldest first, with their authors' names. */
    async entries(sessionIds: string[]) {
      if (sessionIds.length === 0) return { comments: [], overrides: [] };
      const comments = await orm
        .select({ comment: reviewComments, author: users.name })
        .from(reviewComments)
        .innerJoin(users, eq(users.id, reviewComments.authorId))
        .where(inArray(reviewComments.sessionId, sessionIds))
        .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id));
      const overrides = await orm
        .select({ override: scoreOverrides, author: users.name, withdrawnByName: withdrawer.name })
        .from(scoreOverrides)
        .innerJoin(users, eq(users.id, scoreOverrides.authorId))
        .leftJoin(withdrawer, eq(withdrawer.id, scoreOverrides.withdrawnBy))
        .where(inArray(scoreOverrides.sessionId, sessionIds))
        .orderBy(asc(scoreOverrides.createdAt), asc(scoreOverrides.id));
      return { comments, overrides };
    },

    /** Scored, non-sandbox calls in scope that carry at least one override, oldest first. */
    async reviewedCalls(scope: ReviewedScope) {
      const owner: SQL = scope.kind === "team" ? eq(users.teamId, scope.teamId) : eq(sessions.userId, scope.userId);
      return orm
        .select({
          id: sessions.id,
          userId: sessions.userId,
          personaId: sessions.personaId,
          rubricId: sessions.rubricId,
        })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(
          and(
            owner,
            eq(sessions.sandbox, false),
            exists(
              orm
                .select({ id: scoreOverrides.id })
                .from(scoreOverrides)
                .where(eq(scoreOverrides.sessionId, sessions.id)),
            ),
          ),
        )
        .orderBy(asc(sessions.createdAt), asc(sessions.id));
    },

    /** The learner's unread notice for this call brought up to date, or a new one. */
    async notify(userId: string, sessionId: string, message: string): Promise<void> {
      const now = Date.now();
      const updated = await orm
        .update(reviewNotices)
        .set({ message, createdAt: now })
        .where(
          and(eq(reviewNotices.userId, userId), eq(reviewNotices.sessionId, sessionId), isNull(reviewNotices.readAt)),
        )
        .returning({ id: reviewNotices.id });
      if (updated.length > 0) return;
      await orm
        .insert(reviewNotices)
        .values({ id: randomUUID(), userId, sessionId, message, createdAt: now, readAt: null });
    },

    async notices(userId: string, limit = 100) {
      const items = await orm
        .select()
        .from(reviewNotices)
        .where(eq(reviewNotices.userId, userId))
        .orderBy(desc(reviewNotices.createdAt))
        .limit(limit);
      const [unread] = await orm
        .select({ n: count() })
        .from(reviewNotices)
        .where(and(eq(reviewNotices.userId, userId), isNull(reviewNotices.readAt)));
      return { items, unread: unread?.n ?? 0 };
    },

    /** Marks this user's notices read (the given ones, or all); others' ids change nothing. */
    async markNoticesRead(userId: string, ids: string[] | "all"): Promise<number> {
      const changed = await orm
        .update(reviewNotices)
        .set({ readAt: Date.now() })
        .where(
          and(
            eq(reviewNotices.userId, userId),
            isNull(reviewNotices.readAt),
            ids === "all" ? undefined : inArray(reviewNotices.id, ids),
          ),
        )
        .returning({ id: reviewNotices.id });
      return changed.length;
    },

    async teamExists(teamId: string): Promise<boolean> {
      const [row] = await orm.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId));
      return row !== undefined;
    },

    async exportAllowed(teamId: string): Promise<boolean> {
      const [row] = await orm
        .select({ allowed: teamReviewSettings.exportAllowed })
        .from(teamReviewSettings)
        .where(eq(teamReviewSettings.teamId, teamId));
      return row?.allowed ?? false;
    },

    async setExportAllowed(teamId: string, allowed: boolean, by: string): Promise<void> {
      const values = { exportAllowed: allowed, updatedBy: by, updatedAt: Date.now() };
      await orm
        .insert(teamReviewSettings)
        .values({ teamId, ...values })
        .onConflictDoUpdate({ target: teamReviewSettings.teamId, set: values });
    },

    /** Names and emails of a team's people (or one user), for scrubbing them from exported notes. */
    async peopleOf(scope: ReviewedScope) {
      return orm
        .select({ name: users.name, email: users.email })
        .from(users)
        .where(scope.kind === "team" ? eq(users.teamId, scope.teamId) : eq(users.id, scope.userId));
    },
  };
}

export type ReviewStore = ReturnType<typeof createReviewStore>;
