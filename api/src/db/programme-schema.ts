import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { sessions, teams, users } from "./schema";

// The training programme's tables (api/src/programme/). Timestamps are epoch milliseconds.

/** A trainer's assignment: one scenario or a path of them (steps, easy to hard), with its rules. */
export const assignments = sqliteTable(
  "assignments",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    kind: text("kind", { enum: ["practice", "certification"] }).notNull(),
    /** Steps in order: `{ personaId, rubricId, difficulty }[]` (programme/assignment-types.ts). */
    steps: text("steps", { mode: "json" }).notNull(),
    /** Overall score an attempt needs; null: the rubric's own pass mark. */
    requiredScore: real("required_score"),
    attemptsAllowed: integer("attempts_allowed").notNull(),
    dueAt: integer("due_at").notNull(),
    note: text("note"),
    skill: text("skill"), // the skill it was made for; null: every skill its rubrics score
    /** The team it was assigned to as a whole; null: to named learners. */
    teamId: text("team_id").references(() => teams.id),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("assignments_created").on(t.createdAt)],
);

/** Who an assignment is for: one row per learner (a team assignment lists the team's learners when made). */
export const assignmentLearners = sqliteTable(
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

/** In-app notifications; at most one of each kind per learner and assignment. */
export const notifications = sqliteTable(
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
    createdAt: integer("created_at").notNull(),
    readAt: integer("read_at"),
  },
  (t) => [
    uniqueIndex("notifications_once").on(t.userId, t.assignmentId, t.kind),
    index("notifications_user").on(t.userId, t.createdAt),
  ],
);

/** A passed certification: what was passed, with which versions, score and grader. Never changes. */
export const certificates = sqliteTable(
  "certificates",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    assignmentId: text("assignment_id")
      .notNull()
      .references(() => assignments.id),
    /** Per step: session, persona and rubric versions, score, engine and model (programme/certificate.ts). */
    steps: text("steps", { mode: "json" }).notNull(),
    issuedAt: integer("issued_at").notNull(),
  },
  (t) => [uniqueIndex("certificates_once").on(t.assignmentId, t.userId), index("certificates_user").on(t.userId)],
);

// Human review of graded calls (programme/review/). Entries are only ever added; an override is
// withdrawn by stamping it, so who did what and when stays readable.

/** A reviewer's comment on one turn of a graded call (turn null: on the call as a whole). */
export const reviewComments = sqliteTable(
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
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("review_comments_session").on(t.sessionId, t.createdAt)],
);

/** A reviewer's score for one criterion, with the reason; the latest per criterion, unless withdrawn, stands. */
export const scoreOverrides = sqliteTable(
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
    createdAt: integer("created_at").notNull(),
    withdrawnAt: integer("withdrawn_at"),
    withdrawnBy: text("withdrawn_by").references(() => users.id),
  },
  (t) => [index("score_overrides_session").on(t.sessionId, t.createdAt)],
);

/** "Your call was reviewed": one unread notice per learner and call, brought up to date by each new entry. */
export const reviewNotices = sqliteTable(
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
    createdAt: integer("created_at").notNull(),
    readAt: integer("read_at"),
  },
  (t) => [index("review_notices_user").on(t.userId, t.createdAt)],
);

/** A team's review settings; no row: the defaults (reviews are not exported). */
export const teamReviewSettings = sqliteTable("team_review_settings", {
  teamId: text("team_id")
    .primaryKey()
    .references(() => teams.id),
  /** May this team's reviews be exported, anonymised, as a grading eval suite? */
  exportAllowed: integer("export_allowed", { mode: "boolean" }).notNull().default(false),
  updatedBy: text("updated_by")
    .notNull()
    .references(() => users.id),
  updatedAt: integer("updated_at").notNull(),
});

/**
 * xAPI statements (api/src/xapi/): every statement Parley made, kept for download, and the outbox
 * that delivers them to the LRS in order. `id` is the statement's own UUID (stable per call and
 * verb), so recording or sending one twice changes nothing.
 */
export const xapiStatements = sqliteTable(
  "xapi_statements",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    /** The call it is about (its registration). */
    sessionId: text("session_id").notNull(),
    verb: text("verb").notNull(),
    /** The statement as sent, xAPI 1.0.3 JSON (xapi/statements.ts). */
    statement: text("statement", { mode: "json" }).notNull(),
    /** The statement's `timestamp`, what downloads filter on. */
    timestamp: integer("timestamp").notNull(),
    createdAt: integer("created_at").notNull(),
    /** Order among the statements recorded together (attempted < completed < scored < passed). */
    seq: integer("seq").notNull(),
    /** `pending`: waiting for the LRS (or for one to be configured); `parked`: refused with a 4xx, see `lastError`. */
    status: text("status", { enum: ["pending", "sent", "parked"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    /** No try before this (exponential backoff after a failure). */
    nextAttemptAt: integer("next_attempt_at").notNull(),
    lastError: text("last_error"),
    sentAt: integer("sent_at"),
  },
  (t) => [
    index("xapi_statements_outbox").on(t.status, t.createdAt, t.seq),
    index("xapi_statements_user").on(t.userId, t.timestamp),
  ],
);

/** A learner's graded call shared with their team; unsharing deletes the row (programme/discussion/). */
export const sharedCalls = sqliteTable(
  "shared_calls",
  {
    sessionId: text("session_id")
      .primaryKey()
      .references(() => sessions.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    sharedAt: integer("shared_at").notNull(),
  },
  (t) => [index("shared_calls_user").on(t.userId)],
);

/** A post (`thread`: "<team>:scenario:<persona>" or "call:<session>"); a deleted one is blanked, so replies keep their place. */
export const discussionPosts = sqliteTable(
  "discussion_posts",
  {
    id: text("id").primaryKey(),
    thread: text("thread").notNull(),
    kind: text("kind", { enum: ["scenario", "call"] }).notNull(),
    /** The persona id (scenario) or session id (call). */
    ref: text("ref").notNull(),
    /** The team whose discussion it is; null: local mode. */
    teamId: text("team_id"),
    /** The top-level post this replies to; null: a post of its own. */
    parentId: text("parent_id"),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    text: text("text").notNull(),
    createdAt: integer("created_at").notNull(),
    editedAt: integer("edited_at"),
    deletedAt: integer("deleted_at"),
    deletedBy: text("deleted_by"),
  },
  (t) => [index("discussion_posts_thread").on(t.thread, t.createdAt)],
);

/** The answer a trainer pinned in a thread; one per thread. */
export const discussionPins = sqliteTable("discussion_pins", {
  thread: text("thread").primaryKey(),
  postId: text("post_id")
    .notNull()
    .references(() => discussionPosts.id),
  pinnedBy: text("pinned_by")
    .notNull()
    .references(() => users.id),
  pinnedAt: integer("pinned_at").notNull(),
});

/** "You were mentioned": at most one per person and post. */
export const discussionNotices = sqliteTable(
  "discussion_notices",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    postId: text("post_id")
      .notNull()
      .references(() => discussionPosts.id),
    /** Where the thread is, for the notification's link. */
    link: text("link").notNull(),
    message: text("message").notNull(),
    createdAt: integer("created_at").notNull(),
    readAt: integer("read_at"),
  },
  (t) => [
    uniqueIndex("discussion_notices_once").on(t.userId, t.postId),
    index("discussion_notices_user").on(t.userId, t.createdAt),
  ],
);

/**
 * Examples library (programme/examples/): a call marked, or written, as an example, good or poor.
 * A copy: its turns (with a note per turn) and scorecard live here, with no learner named, so the
 * learner deleting their call leaves the example whole. `teamId` null: every team sees it.
 */
export const examples = sqliteTable(
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
    /** `{ index, role, text, note }[]` (programme/examples/example-types.ts). */
    turns: text("turns", { mode: "json" }).notNull(),
    scorecard: text("scorecard", { mode: "json" }).notNull(),
    teamId: text("team_id").references(() => teams.id),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [index("examples_persona").on(t.personaId, t.createdAt)],
);
