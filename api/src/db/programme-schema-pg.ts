import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  json,
  pgTable,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { sessions, teams, users } from "./schema-pg";

const ms = (name: string) => bigint(name, { mode: "number" });

// The PostgreSQL twin of programme-schema.ts (comments there; the types as in schema-pg.ts).

export const assignments = pgTable(
  "assignments",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    kind: text("kind", { enum: ["practice", "certification"] }).notNull(),
    steps: json("steps").notNull(),
    requiredScore: doublePrecision("required_score"),
    attemptsAllowed: integer("attempts_allowed").notNull(),
    dueAt: ms("due_at").notNull(),
    note: text("note"),
    skill: text("skill"),
    teamId: text("team_id").references(() => teams.id),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [index("assignments_created").on(t.createdAt)],
);

export const assignmentLearners = pgTable(
  "assignment_learners",
  {
    assignmentId: text("assignment_id")
      .notNull()
      .references(() => assignments.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    uniqueIndex("assignment_learners_pair").on(t.assignmentId, t.userId),
    index("assignment_learners_user").on(t.userId),
  ],
);

export const notifications = pgTable(
  "notifications",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind", { enum: ["assigned", "due_soon", "passed"] }).notNull(),
    assignmentId: text("assignment_id")
      .notNull()
      .references(() => assignments.id),
    message: text("message").notNull(),
    createdAt: ms("created_at").notNull(),
    readAt: ms("read_at"),
  },
  (t) => [
    uniqueIndex("notifications_once").on(t.userId, t.assignmentId, t.kind),
    index("notifications_user").on(t.userId, t.createdAt),
  ],
);

export const certificates = pgTable(
  "certificates",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    assignmentId: text("assignment_id")
      .notNull()
      .references(() => assignments.id),
    steps: json("steps").notNull(),
    issuedAt: ms("issued_at").notNull(),
  },
  (t) => [uniqueIndex("certificates_once").on(t.assignmentId, t.userId), index("certificates_user").on(t.userId)],
);

export const reviewComments = pgTable(
  "review_comments",
  {
    id: text("id").primaryKey(),
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    turnIndex: integer("turn_index"),
    text: text("text").notNull(),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [index("review_comments_session").on(t.sessionId, t.createdAt)],
);

export const scoreOverrides = pgTable(
  "score_overrides",
  {
    id: text("id").primaryKey(),
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id),
    criterionId: text("criterion_id").notNull(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    score: integer("score").notNull(),
    reason: text("reason").notNull(),
    createdAt: ms("created_at").notNull(),
    withdrawnAt: ms("withdrawn_at"),
    withdrawnBy: text("withdrawn_by").references(() => users.id),
  },
  (t) => [index("score_overrides_session").on(t.sessionId, t.createdAt)],
);

export const reviewNotices = pgTable(
  "review_notices",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id),
    message: text("message").notNull(),
    createdAt: ms("created_at").notNull(),
    readAt: ms("read_at"),
  },
  (t) => [index("review_notices_user").on(t.userId, t.createdAt)],
);

export const teamReviewSettings = pgTable("team_review_settings", {
  teamId: text("team_id")
    .primaryKey()
    .references(() => teams.id),
  exportAllowed: boolean("export_allowed").notNull().default(false),
  updatedBy: text("updated_by")
    .notNull()
    .references(() => users.id),
  updatedAt: ms("updated_at").notNull(),
});

export const xapiStatements = pgTable(
  "xapi_statements",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    sessionId: text("session_id").notNull(),
    verb: text("verb").notNull(),
    statement: json("statement").notNull(),
    timestamp: ms("timestamp").notNull(),
    createdAt: ms("created_at").notNull(),
    seq: integer("seq").notNull(),
    status: text("status", { enum: ["pending", "sent", "parked"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: ms("next_attempt_at").notNull(),
    lastError: text("last_error"),
    sentAt: ms("sent_at"),
  },
  (t) => [
    index("xapi_statements_outbox").on(t.status, t.createdAt, t.seq),
    index("xapi_statements_user").on(t.userId, t.timestamp),
  ],
);

export const sharedCalls = pgTable(
  "shared_calls",
  {
    sessionId: text("session_id")
      .primaryKey()
      .references(() => sessions.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    sharedAt: ms("shared_at").notNull(),
  },
  (t) => [index("shared_calls_user").on(t.userId)],
);

export const discussionPosts = pgTable(
  "discussion_posts",
  {
    id: text("id").primaryKey(),
    thread: text("thread").notNull(),
    kind: text("kind", { enum: ["scenario", "call"] }).notNull(),
    ref: text("ref").notNull(),
    teamId: text("team_id"),
    parentId: text("parent_id"),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    text: text("text").notNull(),
    createdAt: ms("created_at").notNull(),
    editedAt: ms("edited_at"),
    deletedAt: ms("deleted_at"),
    deletedBy: text("deleted_by"),
  },
  (t) => [index("discussion_posts_thread").on(t.thread, t.createdAt)],
);

export const discussionPins = pgTable("discussion_pins", {
  thread: text("thread").primaryKey(),
  postId: text("post_id")
    .notNull()
    .references(() => discussionPosts.id),
  pinnedBy: text("pinned_by")
    .notNull()
    .references(() => users.id),
  pinnedAt: ms("pinned_at").notNull(),
});

export const discussionNotices = pgTable(
  "discussion_notices",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    postId: text("post_id")
      .notNull()
      .references(() => discussionPosts.id),
    link: text("link").notNull(),
    message: text("message").notNull(),
    createdAt: ms("created_at").notNull(),
    readAt: ms("read_at"),
  },
  (t) => [
    uniqueIndex("discussion_notices_once").on(t.userId, t.postId),
    index("discussion_notices_user").on(t.userId, t.createdAt),
  ],
);

export const examples = pgTable(
  "examples",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    quality: text("quality", { enum: ["good", "poor"] }).notNull(),
    source: text("source", { enum: ["call", "written"] }).notNull(),
    personaId: text("persona_id").notNull(),
    personaVersion: integer("persona_version").notNull(),
    rubricId: text("rubric_id").notNull(),
    rubricVersion: integer("rubric_version").notNull(),
    summary: text("summary"),
    turns: json("turns").notNull(),
    scorecard: json("scorecard").notNull(),
    teamId: text("team_id").references(() => teams.id),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: ms("created_at").notNull(),
    updatedAt: ms("updated_at").notNull(),
  },
  (t) => [index("examples_persona").on(t.personaId, t.createdAt)],
);
