import { blob, index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

// Timestamps are epoch milliseconds; JSON columns hold shapes typed in the modules that own them.

export const teams = sqliteTable("teams", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  createdAt: integer("created_at").notNull(),
});

export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    role: text("role", { enum: ["learner", "trainer", "admin"] }).notNull(),
    /** Sign-in name; null only for the single local user of local mode. */
    email: text("email"),
    /** scrypt hash (see auth/passwords.ts); null: cannot sign in with a password. */
    passwordHash: text("password_hash"),
    teamId: text("team_id").references(() => teams.id),
    disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("users_email").on(t.email), index("users_team").on(t.teamId)],
);

/** Signed-in browsers. The cookie holds a random token; only its hash is stored. */
export const authSessions = sqliteTable(
  "auth_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    expiresAt: integer("expires_at").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("auth_sessions_user").on(t.userId)],
);

/** Tokens for scripts and CI (`Authorization: Bearer ...`); only the hash is stored. */
export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: integer("created_at").notNull(),
    lastUsedAt: integer("last_used_at"),
    revokedAt: integer("revoked_at"),
    /** After this the token no longer works (PARLEY_TOKEN_DAYS after creation). */
    expiresAt: integer("expires_at"),
  },
  (t) => [uniqueIndex("api_tokens_hash").on(t.tokenHash), index("api_tokens_user").on(t.userId)],
);

/** Every saved version of a persona file. Versions are numbered 1, 2, 3 ... per persona id. */
export const personaVersions = sqliteTable(
  "persona_versions",
  {
    personaId: text("persona_id").notNull(),
    version: integer("version").notNull(),
    source: text("source").notNull(),
    contentHash: text("content_hash").notNull(),
    origin: text("origin").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("persona_versions_id_version").on(t.personaId, t.version)],
);

export const rubricVersions = sqliteTable(
  "rubric_versions",
  {
    rubricId: text("rubric_id").notNull(),
    version: integer("version").notNull(),
    source: text("source").notNull(),
    contentHash: text("content_hash").notNull(),
    origin: text("origin").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("rubric_versions_id_version").on(t.rubricId, t.version)],
);

export const sessions = sqliteTable(
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
    /** `abandoned`: ended without a scorecard; kept out of grading, history, progress, the team view and rate limits. */
    status: text("status", { enum: ["active", "ended", "abandoned"] }).notNull(),
    outcome: text("outcome"),
    engine: text("engine", { enum: ["offline", "model"] }).notNull(),
    forkedFrom: text("forked_from"),
    forkedAtTurn: integer("forked_at_turn"),
    /** A trainer trying a persona draft: kept out of history, progress and the team view. */
    sandbox: integer("sandbox", { mode: "boolean" }).notNull().default(false),
    /** Started from an assignment (api/src/programme/); null: a call the learner chose. */
    assignmentId: text("assignment_id"),
    /** A certification attempt: exam mode, no retry from a turn, graded once. */
    certification: integer("certification", { mode: "boolean" }).notNull().default(false),
    /** When the turn lease was taken (null: no turn is being answered). */
    turnLockedAt: integer("turn_locked_at"),
    /** The turn lease's holder (a replica id) and when it runs out unless renewed; see turn-locks.ts. */
    turnLockOwner: text("turn_lock_owner"),
    turnLockExpiresAt: integer("turn_lock_expires_at"),
    createdAt: integer("created_at").notNull(),
    endedAt: integer("ended_at"),
  },
  (t) => [index("sessions_user").on(t.userId, t.createdAt), index("sessions_user_ended").on(t.userId, t.endedAt)],
);

export const turns = sqliteTable(
  "turns",
  {
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id),
    index: integer("index").notNull(),
    role: text("role", { enum: ["customer", "rep"] }).notNull(),
    text: text("text").notNull(),
    at: integer("at").notNull(),
    engine: text("engine"),
    model: text("model"),
    /** Customer turns: the persona state after this turn (mood, moves so far, outcome ...). */
    state: text("state", { mode: "json" }),
    /** Customer turns: what the rep's previous turn changed (moves, reactions, mood delta). */
    change: text("change", { mode: "json" }),
    /** Customer turns: the in-character check, and any replies rejected before this one. */
    quality: text("quality", { mode: "json" }),
    /** Spoken rep turns: the recording, relative to the audio directory (PARLEY_AUDIO_DIR). */
    audioPath: text("audio_path"),
    /** Spoken rep turns: the recording's format and length, the transcription, and its delivery metrics. */
    voice: text("voice", { mode: "json" }),
  },
  (t) => [
    uniqueIndex("turns_session_index").on(t.sessionId, t.index),
    // The per-minute turn limit counts a user's rep turns since a time, per session: read from the index alone.
    index("turns_session_role_at").on(t.sessionId, t.role, t.at),
  ],
);

export const feedback = sqliteTable(
  "feedback",
  {
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id),
    turnIndex: integer("turn_index").notNull(),
    payload: text("payload", { mode: "json" }).notNull(),
    engine: text("engine").notNull(),
    model: text("model"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("feedback_session_turn").on(t.sessionId, t.turnIndex)],
);

export const scorecards = sqliteTable("scorecards", {
  sessionId: text("session_id")
    .primaryKey()
    .references(() => sessions.id),
  overall: real("overall"),
  passed: integer("passed", { mode: "boolean" }),
  rubricId: text("rubric_id").notNull(),
  rubricVersion: integer("rubric_version").notNull(),
  engine: text("engine").notNull(),
  model: text("model"),
  payload: text("payload", { mode: "json" }).notNull(),
  createdAt: integer("created_at").notNull(),
});

/** One row per model request: what it cost and how long it took. */
export const modelCalls = sqliteTable(
  "model_calls",
  {
    id: text("id").primaryKey(),
    sessionId: text("session_id"),
    /** Who the call was made for, so daily token budgets can be enforced per user and team. */
    userId: text("user_id"),
    purpose: text("purpose").notNull(),
    model: text("model").notNull(),
    promptTokens: integer("prompt_tokens"),
    completionTokens: integer("completion_tokens"),
    latencyMs: integer("latency_ms").notNull(),
    ok: integer("ok", { mode: "boolean" }).notNull(),
    error: text("error"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("model_calls_session").on(t.sessionId), index("model_calls_user").on(t.userId, t.createdAt)],
);

/** Model judgements keyed by everything that can change them; identical input is never re-judged. */
export const judgements = sqliteTable("judgements", {
  key: text("key").primaryKey(),
  payload: text("payload", { mode: "json" }).notNull(),
  model: text("model").notNull(),
  createdAt: integer("created_at").notNull(),
});

/** One `parley eval` run: what ran, whether it passed, and its report (see eval-runs/report-types.ts). */
export const evalRuns = sqliteTable(
  "eval_runs",
  {
    id: text("id").primaryKey(),
    /** Who stored it (a trainer's API token from CI, or the local user); null: stored from the CLI with no account. */
    userId: text("user_id").references(() => users.id),
    /** A label for the run, e.g. a git commit or a CI job name. */
    label: text("label"),
    engine: text("engine").notNull(),
    model: text("model"),
    passed: integer("passed", { mode: "boolean" }).notNull(),
    /** Per suite: kind, name, passed, headline figures (kappa, within-one, role adherence ...). */
    summary: text("summary", { mode: "json" }).notNull(),
    /** The whole report as `--json` writes it. */
    report: text("report", { mode: "json" }).notNull(),
    startedAt: integer("started_at").notNull(),
    finishedAt: integer("finished_at").notNull(),
  },
  (t) => [index("eval_runs_finished").on(t.finishedAt)],
);

/**
 * Per-minute limits (grading, voice) that every replica shares: the requests under a key (a limit
 * and a user, `grade:<user id>`) since its window started. One row per key, counted up by one
 * atomic upsert; a window starts at the first request after the previous one ended.
 */
export const rateWindows = sqliteTable("rate_windows", {
  key: text("key").primaryKey(),
  windowStart: integer("window_start").notNull(),
  count: integer("count").notNull(),
});

/** Wrong passwords per account or address (`account:<email>`, `address:<ip>`) for sign-in backoff. */
export const signInFailures = sqliteTable("sign_in_failures", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastAt: integer("last_at").notNull(),
});

/**
 * Spoken turns' recordings kept in the database, so every replica reads them: used on PostgreSQL
 * (on SQLite they stay files under PARLEY_AUDIO_DIR); the oldest are dropped beyond
 * PARLEY_DB_AUDIO_MAX_MB in all. `key` is what the turn's `audio_path` holds.
 */
export const recordings = sqliteTable(
  "recordings",
  {
    key: text("key").primaryKey(),
    sessionId: text("session_id").notNull(),
    bytes: blob("bytes", { mode: "buffer" }).notNull(),
    size: integer("size").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("recordings_created").on(t.createdAt)],
);
