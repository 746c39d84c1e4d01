import { randomUUID } from "node:crypto";
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Db, Tables } from "./database";

export type NotificationRow = Tables["notifications"]["$inferSelect"];
export type NotificationKind = NotificationRow["kind"];
export type CertificateRow = Omit<Tables["certificates"]["$inferSelect"], "steps"> & { steps: unknown };

/** In-app notifications (at most one per learner, assignment and kind) and issued certificates. */
export function createNotificationStore(db: Db) {
  const { orm } = db;
  const { assignments, certificates, notifications, users } = db.tables;
  /** A certificate with its learner and assignment, as the certificate page and lists show it. */
  const certificateRows = () =>
    orm
      .select({
        certificate: certificates,
        learner: { name: users.name, teamId: users.teamId },
        assignment: assignments,
      })
      .from(certificates)
      .innerJoin(users, eq(users.id, certificates.userId))
      .innerJoin(assignments, eq(assignments.id, certificates.assignmentId))
      .$dynamic();
  return {
    /** Adds a notification unless this learner already has one of this kind for this assignment; the new row or null. */
    async add(values: { userId: string; assignmentId: string; kind: NotificationKind; message: string }) {
      const [row] = await orm
        .insert(notifications)
        .values({ ...values, id: randomUUID(), createdAt: Date.now(), readAt: null })
        .onConflictDoNothing()
        .returning();
      return row ?? null;
    },

    async list(userId: string, limit = 100) {
      const items = await orm
        .select()
        .from(notifications)
        .where(eq(notifications.userId, userId))
        .orderBy(desc(notifications.createdAt))
        .limit(limit);
      const [unread] = await orm
        .select({ n: count() })
        .from(notifications)
        .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
      return { items, unread: unread?.n ?? 0 };
    },

    /** Marks this user's notifications read (the given ones, or all); others' ids change nothing. */
    async markRead(userId: string, ids: string[] | "all"): Promise<number> {
      const changed = await orm
        .update(notifications)
        .set({ readAt: Date.now() })
        .where(
          and(
            eq(notifications.userId, userId),
            isNull(notifications.readAt),
            ids === "all" ? undefined : inArray(notifications.id, ids),
          ),
        )
        .returning({ id: notifications.id });
      return changed.length;
    },

    /** Records a certificate unless this learner already holds one for this assignment; the new row or null. */
    async issueCertificate(values: { userId: string; assignmentId: string; steps: unknown; issuedAt: number }) {
      const [row] = await orm
        .insert(certificates)
        .values({ ...values, id: randomUUID() })
        .onConflictDoNothing()
        .returning();
      return row ?? null;
    },

    async certificate(id: string) {
      const [row] = await certificateRows().where(eq(certificates.id, id));
      return row;
    },

    /** Certificates of one learner, a team's learners, or everyone; newest first. */
    async certificates(
      scope: { kind: "learner"; userId: string } | { kind: "team"; teamId: string } | { kind: "all" },
    ) {
      return certificateRows()
        .where(
          scope.kind === "learner"
            ? eq(certificates.userId, scope.userId)
            : scope.kind === "team"
              ? eq(users.teamId, scope.teamId)
              : undefined,
        )
        .orderBy(desc(certificates.issuedAt));
    },
  };
}

export type NotificationStore = ReturnType<typeof createNotificationStore>;
