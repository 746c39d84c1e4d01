import { randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Db, Tables } from "./database";

export type PostRow = Tables["discussionPosts"]["$inferSelect"];
export type NewPost = Pick<PostRow, "thread" | "kind" | "ref" | "teamId" | "parentId" | "authorId" | "text">;

/** Discussion posts, pinned answers, mention notices and shared calls (programme/discussion/). */
export function createDiscussionStore(db: Db) {
  const { orm } = db;
  const { discussionPosts: posts, discussionPins: pins, discussionNotices: notices, sharedCalls } = db.tables;
  const { sessions, users, scorecards, teams } = db.tables;
  const sharedRows = () =>
    orm
      .select({
        sessionId: sharedCalls.sessionId,
        sharedAt: sharedCalls.sharedAt,
        learner: { id: users.id, name: users.name },
        personaId: sessions.personaId,
        personaVersion: sessions.personaVersion,
        rubricId: sessions.rubricId,
        difficulty: sessions.difficulty,
        createdAt: sessions.createdAt,
        overall: scorecards.overall,
        passed: scorecards.passed,
      })
      .from(sharedCalls)
      .innerJoin(sessions, eq(sessions.id, sharedCalls.sessionId))
      .innerJoin(users, eq(users.id, sharedCalls.userId))
      .leftJoin(scorecards, eq(scorecards.sessionId, sharedCalls.sessionId))
      .$dynamic();

  return {
    async addPost(values: NewPost): Promise<PostRow> {
      const [row] = await orm
        .insert(posts)
        .values({
          ...values,
          id: randomUUID(),
          createdAt: Date.now(),
          editedAt: null,
          deletedAt: null,
          deletedBy: null,
        })
        .returning();
      return row as PostRow;
    },

    async post(id: string): Promise<PostRow | undefined> {
      const [row] = await orm.select().from(posts).where(eq(posts.id, id));
      return row;
    },

    async editPost(id: string, text: string): Promise<void> {
      await orm.update(posts).set({ text, editedAt: Date.now() }).where(eq(posts.id, id));
    },

    /** Blanks and stamps a post (its replies keep their place); unpins it if it was the answer. */
    async deletePost(id: string, by: string): Promise<void> {
      await orm.update(posts).set({ text: "", deletedAt: Date.now(), deletedBy: by }).where(eq(posts.id, id));
      await orm.delete(pins).where(eq(pins.postId, id));
    },

    /** A thread's posts, oldest first, with their authors' names, and its pinned post. */
    async thread(thread: string) {
      const rows = await orm
        .select({ post: posts, author: users.name })
        .from(posts)
        .innerJoin(users, eq(users.id, posts.authorId))
        .where(eq(posts.thread, thread))
        .orderBy(asc(posts.createdAt), asc(posts.id));
      const [pin] = await orm.select().from(pins).where(eq(pins.thread, thread));
      return { rows, pin: pin ?? null };
    },

    async pin(thread: string, postId: string | null, by: string): Promise<void> {
      if (postId === null) {
        await orm.delete(pins).where(eq(pins.thread, thread));
        return;
      }
      const values = { postId, pinnedBy: by, pinnedAt: Date.now() };
      await orm
        .insert(pins)
        .values({ thread, ...values })
        .onConflictDoUpdate({ target: pins.thread, set: values });
    },

    /** Live members of a team (who may be mentioned), by name. */
    async members(teamId: string) {
      return orm
        .select({ id: users.id, name: users.name, email: users.email, role: users.role })
        .from(users)
        .where(and(eq(users.teamId, teamId), eq(users.disabled, false)))
        .orderBy(asc(users.name));
    },

    /** Adds a mention notice unless this person already has one for this post. */
    async notify(values: { userId: string; postId: string; link: string; message: string }): Promise<void> {
      await orm
        .insert(notices)
        .values({ ...values, id: randomUUID(), createdAt: Date.now(), readAt: null })
        .onConflictDoNothing();
    },

    async notices(userId: string, limit = 100) {
      const items = await orm
        .select()
        .from(notices)
        .where(eq(notices.userId, userId))
        .orderBy(desc(notices.createdAt))
        .limit(limit);
      const [unread] = await orm
        .select({ n: count() })
        .from(notices)
        .where(and(eq(notices.userId, userId), isNull(notices.readAt)));
      return { items, unread: unread?.n ?? 0 };
    },

    async markNoticesRead(userId: string, ids: string[] | "all"): Promise<number> {
      const changed = await orm
        .update(notices)
        .set({ readAt: Date.now() })
        .where(
          and(eq(notices.userId, userId), isNull(notices.readAt), ids === "all" ? undefined : inArray(notices.id, ids)),
        )
        .returning({ id: notices.id });
      return changed.length;
    },

    async sharedAt(sessionId: string): Promise<number | null> {
      const [row] = await orm.select().from(sharedCalls).where(eq(sharedCalls.sessionId, sessionId));
      return row?.sharedAt ?? null;
    },

    async share(sessionId: string, userId: string): Promise<void> {
      await orm.insert(sharedCalls).values({ sessionId, userId, sharedAt: Date.now() }).onConflictDoNothing();
    },

    /** The calls one user has shared (ids), whichever team they are in. */
    async sharedBy(userId: string): Promise<string[]> {
      const rows = await orm
        .select({ sessionId: sharedCalls.sessionId })
        .from(sharedCalls)
        .where(eq(sharedCalls.userId, userId));
      return rows.map((row) => row.sessionId);
    },

    async unshare(sessionId: string): Promise<void> {
      await orm.delete(sharedCalls).where(eq(sharedCalls.sessionId, sessionId));
    },

    /** Calls shared by a team's members (or anyone's: null), newest first, with their scores. */
    sharedCalls: (teamId: string | null) =>
      sharedRows()
        .where(teamId === null ? undefined : eq(users.teamId, teamId))
        .orderBy(desc(sharedCalls.sharedAt))
        .limit(200),

    async sharedCall(sessionId: string) {
      const [row] = await sharedRows().where(eq(sharedCalls.sessionId, sessionId));
      return row;
    },

    async teamExists(teamId: string): Promise<boolean> {
      const [row] = await orm.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId));
      return row !== undefined;
    },
  };
}

export type DiscussionStore = ReturnType<typeof createDiscussionStore>;
