import {
  bigint,
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  json,
  pgTable,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";

// The PostgreSQL twin of schema.ts: the same tables, columns, row types and indexes (schema-parity.test.ts
// checks it). Column comments live in schema.ts. Epoch-millisecond timestamps are bigint (read back as
// numbers); JSON columns are `json`, which keeps the text as written, like SQLite's text column.

const ms = (name: string) => bigint(name, { mode: "number" });
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

export const teams = pgTable("teams", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  createdAt: ms("created_at").notNull(),
});

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    role: text("role", { enum: ["learner", "trainer", "admin"] }).notNull(),
    email: text("email"),
    passwordHash: text("password_hash"),
    teamId: text("team_id").references(() => teams.id),
    disabled: boolean("disabled").notNull().default(false),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [uniqueIndex("users_email").on(t.email), index("users_team").on(t.teamId)],
);

export const authSessions = pgTable(
  "auth_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    expiresAt: ms("expires_at").notNull(),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [index("auth_sessions_user").on(t.userId)],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: ms("created_at").notNull(),
    lastUsedAt: ms("last_used_at"),
    revokedAt: ms("revoked_at"),
    expiresAt: ms("expires_at"),
  },
  (t) => [uniqueIndex("api_tokens_hash").on(t.tokenHash), index("api_tokens_user").on(t.userId)],
);

export const personaVersions = pgTable(
  "persona_versions",
  {
    personaId: text("persona_id").notNull(),
    version: integer("version").notNull(),
    source: text("source").notNull(),
    contentHash: text("content_hash").notNull(),
    origin: text("origin").notNull(),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [uniqueIndex("persona_versions_id_version").on(t.personaId, t.version)],
);

export const rubricVersions = pgTable(
  "rubric_versions",
  {
    rubricId: text("rubric_id").notNull(),
    version: integer("version").notNull(),
    source: text("source").notNull(),
    contentHash: text("content_hash").notNull(),
    origin: text("origin").notNull(),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [uniqueIndex("rubric_versions_id_version").on(t.rubricId, t.version)],
);

export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    personaId: text("persona_id").notNull(),
    personaVersion: integer("persona_version").notNull(),
    rubricId: text("rubric_id").notNull(),
    rubricVersion: integer("rubric_version").notNull(),
    mode: text("mode", { enum: ["coach", "exam"] }).notNull(),
    difficulty: text("difficulty", { enum: ["easy", "medium", "hard"] }).notNull(),
    status: text("status", { enum: ["active", "ended", "abandoned"] }).notNull(),
    outcome: text("outcome"),
    engine: text("engine", { enum: ["offline", "model"] }).notNull(),
    forkedFrom: text("forked_from"),
    forkedAtTurn: integer("forked_at_turn"),
    sandbox: boolean("sandbox").notNull().default(false),
    assignmentId: text("assignment_id"),
    certification: boolean("certification").notNull().default(false),
    turnLockedAt: ms("turn_locked_at"),
    /** The turn lease's holder (a replica id) and when it runs out unless renewed; see turn-locks.ts. */
    turnLockOwner: text("turn_lock_owner"),
    turnLockExpiresAt: ms("turn_lock_expires_at"),
    createdAt: ms("created_at").notNull(),
    endedAt: ms("ended_at"),
  },
  (t) => [index("sessions_user").on(t.userId, t.createdAt), index("sessions_user_ended").on(t.userId, t.endedAt)],
);

export const turns = pgTable(
  "turns",
  {
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id),
    index: integer("index").notNull(),
    role: text("role", { enum: ["customer", "rep"] }).notNull(),
    text: text("text").notNull(),
    at: ms("at").notNull(),
    engine: text("engine"),
    model: text("model"),
    state: json("state"),
    change: json("change"),
    quality: json("quality"),
    audioPath: text("audio_path"),
    voice: json("voice"),
  },
  (t) => [
    uniqueIndex("turns_session_index").on(t.sessionId, t.index),
    // The per-minute turn limit counts a user's rep turns since a time, per session: read from the index alone.
    index("turns_session_role_at").on(t.sessionId, t.role, t.at),
  ],
);

export const feedback = pgTable(
  "feedback",
  {
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id),
    turnIndex: integer("turn_index").notNull(),
    payload: json("payload").notNull(),
    engine: text("engine").notNull(),
    model: text("model"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [uniqueIndex("feedback_session_turn").on(t.sessionId, t.turnIndex)],
);

export const scorecards = pgTable("scorecards", {
  sessionId: text("session_id")
    .primaryKey()
    .references(() => sessions.id),
  overall: doublePrecision("overall"),
  passed: boolean("passed"),
  rubricId: text("rubric_id").notNull(),
  rubricVersion: integer("rubric_version").notNull(),
  engine: text("engine").notNull(),
  model: text("model"),
  payload: json("payload").notNull(),
  createdAt: ms("created_at").notNull(),
});

export const modelCalls = pgTable(
  "model_calls",
  {
    id: text("id").primaryKey(),
    sessionId: text("session_id"),
    userId: text("user_id"),
    purpose: text("purpose").notNull(),
    model: text("model").notNull(),
    promptTokens: integer("prompt_tokens"),
    completionTokens: integer("completion_tokens"),
    latencyMs: integer("latency_ms").notNull(),
    ok: boolean("ok").notNull(),
    error: text("error"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [index("model_calls_session").on(t.sessionId), index("model_calls_user").on(t.userId, t.createdAt)],
);

export const judgements = pgTable("judgements", {
  key: text("key").primaryKey(),
  payload: json("payload").notNull(),
  model: text("model").notNull(),
  createdAt: ms("created_at").notNull(),
});

export const evalRuns = pgTable(
  "eval_runs",
  {
    id: text("id").primaryKey(),
    userId: text("user_id").references(() => users.id),
    label: text("label"),
    engine: text("engine").notNull(),
    model: text("model"),
    passed: boolean("passed").notNull(),
    summary: json("summary").notNull(),
    report: json("report").notNull(),
    startedAt: ms("started_at").notNull(),
    finishedAt: ms("finished_at").notNull(),
  },
  (t) => [index("eval_runs_finished").on(t.finishedAt)],
);

export const rateWindows = pgTable("rate_windows", {
  key: text("key").primaryKey(),
  windowStart: ms("window_start").notNull(),
  count: integer("count").notNull(),
});

export const signInFailures = pgTable("sign_in_failures", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastAt: ms("last_at").notNull(),
});

export const recordings = pgTable(
  "recordings",
  {
    key: text("key").primaryKey(),
    sessionId: text("session_id").notNull(),
    bytes: bytea("bytes").notNull(),
    size: integer("size").notNull(),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [index("recordings_created").on(t.createdAt)],
);
