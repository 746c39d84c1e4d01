import { randomUUID } from "node:crypto";
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "./client";
import { assignments, certificates, notifications } from "./programme-schema";
import { users } from "./schema";

export type NotificationRow = typeof notifications.$inferSelect;
export type NotificationKind = NotificationRow["kind"];
export type CertificateRow = Omit<typeof certificates.$inferSelect, "steps"> & { steps: unknown };

/** In-app notifications (at most one per learner, assignment and kind) and issued certificates. Async (issue 20). */
export function createNotificationStore(db: Db) {
  return {
    /** Adds a notification unless this learner already has one of this kind for this assignment; the new row or null. */
    async add(values: { userId: string; assignmentId: string; kind: NotificationKind; message: string }) {
      const row = db
        .insert(notifications)
        .values({ ...values, id: randomUUID(), createdAt: Date.now(), readAt: null })
        .onConflictDoNothing()
        .returning()
        .get();
      return row ?? null;
    },

    async list(userId: string, limit = 100) {
      const items = db
        .select()
        .from(notifications)
        .where(eq(notifications.userId, userId))
        .orderBy(desc(notifications.createdAt))
        .limit(limit)
        .all();
      const unread =
        db
          .select({ n: count() })
          .from(notifications)
          .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
          .get()?.n ?? 0;
      return { items, unread };
    },

    /** Marks this user's notifications read (the given ones, or all); others' ids change nothing. */
    async markRead(userId: string, ids: string[] | "all"): Promise<number> {
      return db
        .update(notifications)
        .set({ readAt: Date.now() })
        .where(
          and(
            eq(notifications.userId, userId),
            isNull(notifications.readAt),
            ids === "all" ? undefined : inArray(notifications.id, ids),
          ),
        )
        .run().changes;
    },

    /** Records a certificate unless this learner already holds one for this assignment; the new row or null. */
    async issueCertificate(values: { userId: string; assignmentId: string; steps: unknown; issuedAt: number }) {
      return (
        db
          .insert(certificates)
          .values({ ...values, id: randomUUID() })
          .onConflictDoNothing()
          .returning()
          .get() ?? null
      );
    },

    async certificate(id: string) {
      return db
        .select({
          certificate: certificates,
          learner: { name: users.name, teamId: users.teamId },
          assignment: assignments,
        })
        .from(certificates)
        .innerJoin(users, eq(users.id, certificates.userId))
        .innerJoin(assignments, eq(assignments.id, certificates.assignmentId))
        .where(eq(certificates.id, id))
        .get();
    },

    /** Certificates of one learner, a team's learners, or everyone; newest first. */
    async certificates(
      scope: { kind: "learner"; userId: string } | { kind: "team"; teamId: string } | { kind: "all" },
    ) {
      return db
        .select({
          certificate: certificates,
          learner: { name: users.name, teamId: users.teamId },
          assignment: assignments,
        })
        .from(certificates)
        .innerJoin(users, eq(users.id, certificates.userId))
        .innerJoin(assignments, eq(assignments.id, certificates.assignmentId))
        .where(
          scope.kind === "learner"
            ? eq(certificates.userId, scope.userId)
            : scope.kind === "team"
              ? eq(users.teamId, scope.teamId)
              : undefined,
        )
        .orderBy(desc(certificates.issuedAt))
        .all();
    },
  };
}

export type NotificationStore = ReturnType<typeof createNotificationStore>;
