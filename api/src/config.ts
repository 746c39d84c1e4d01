import path from "node:path";
import { z } from "zod";
import { httpUrl, integer, optionalText, positiveInt } from "./config-fields";
import { parseTrustProxy, type TrustProxy } from "./config-proxy";
import { parseXapiConfig, type XapiConfig } from "./config-xapi";

const envSchema = z.object({
  PORT: integer(0, 65535).default(8787),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  PARLEY_DB: z
    .string()
    .trim()
    .min(1)
    .refine((value) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(value), {
      error:
        "is a file path for SQLite, not a URL; to run on PostgreSQL, set DATABASE_URL=postgres://… (and leave PARLEY_DB unset)",
    })
    .default("data/parley.db"),
  /** PostgreSQL instead of the SQLite file: postgres://user:password@host:port/database. */
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/i, {
        error: "must be a PostgreSQL URL: postgres://user:password@host:5432/parley",
      })
      .optional(),
  ),
  PARLEY_LIBRARY: z.string().trim().min(1).default("."),
  PARLEY_ENGINE: z.enum(["auto", "offline", "model"], { error: "must be auto, offline or model" }).default("auto"),
  OPENAI_BASE_URL: httpUrl("http://localhost:11434/v1"),
  OPENAI_API_KEY: optionalText,
  PARLEY_PERSONA_MODEL: z.string().trim().min(1).default("gpt-4o-mini"),
  PARLEY_GRADER_MODEL: z.string().trim().min(1).default("gpt-4o-mini"),
  /** The model that reads the rep's moves before the customer answers; `rules` reads them without a model. */
  PARLEY_MOVE_MODEL: optionalText,
  /** Where standing instructions go: `auto` (a system message until the endpoint refuses one), `system`, or `user`. */
  PARLEY_SYSTEM_ROLE: z.enum(["auto", "system", "user"], { error: "must be auto, system or user" }).default("auto"),
  PARLEY_MODEL_TIMEOUT_MS: positiveInt(60_000),
  PARLEY_MODEL_RETRIES: integer(0, 10).default(2),
  /** The context window the models run with (`parley doctor --model` says it when it can): no prompt is sent that would not fit. */
  PARLEY_MODEL_CONTEXT_TOKENS: positiveInt(32_768),
  PARLEY_MAX_TURN_CHARS: positiveInt(4000),
  PARLEY_AUTH: z.enum(["local", "accounts"], { error: "must be local or accounts" }).default("local"),
  PARLEY_ADMIN_EMAIL: optionalText.pipe(z.email({ error: "must be an email address" }).optional()),
  PARLEY_ADMIN_PASSWORD: optionalText,
  /** An API token for `parley eval --server` (instead of --token). */
  PARLEY_TOKEN: optionalText,
  PARLEY_SECURE_COOKIES: z.enum(["true", "false"], { error: "must be true or false" }).default("true"),
  PARLEY_TURNS_PER_MINUTE: positiveInt(20),
  PARLEY_TURN_LEASE_MS: integer(500, 600_000).default(15_000),
  PARLEY_REPLICA_ID: optionalText,
  PARLEY_TRUST_PROXY: optionalText, // config-proxy.ts
  PARLEY_DRAIN_NOTICE_MS: integer(0, 120_000).default(0),
  PARLEY_GRADES_PER_MINUTE: positiveInt(20),
  /** Worker threads for offline scorecards (0: grade on the main thread); default one per core but one, at most 4. */
  PARLEY_GRADING_THREADS: integer(0, 64).optional(),
  /** How long a new API token works, in days. */
  PARLEY_TOKEN_DAYS: positiveInt(90),
  PARLEY_AUDIO_REQUESTS_PER_MINUTE: positiveInt(120),
  PARLEY_DAILY_TOKENS_PER_USER: integer(0, 1_000_000_000).default(0),
  PARLEY_DAILY_TOKENS_PER_TEAM: integer(0, 1_000_000_000).default(0),
  PARLEY_STT_ENGINE: z.enum(["auto", "offline", "model"], { error: "must be auto, offline or model" }).default("auto"),
  PARLEY_TTS_ENGINE: z.enum(["auto", "browser", "model"], { error: "must be auto, browser or model" }).default("auto"),
  PARLEY_STT_MODEL: z.string().trim().min(1).default("whisper-1"),
  PARLEY_TTS_MODEL: z.string().trim().min(1).default("tts-1"),
  PARLEY_STT_LANGUAGE: optionalText.pipe(
    z
      .string()
      .regex(/^[a-z]{2}$/, "must be a two-letter language code, e.g. en")
      .optional(),
  ),
  PARLEY_STT_OFFLINE_LM: z.enum(["domain", "generic"], { error: "must be domain or generic" }).default("domain"),
  PARLEY_AUDIO_DIR: optionalText,
  PARLEY_MAX_AUDIO_BYTES: integer(10_000, 100_000_000).default(10_000_000),
  PARLEY_DB_AUDIO_MAX_MB: integer(1, 10_000_000).default(1024),
  PARLEY_MAX_AUDIO_SECONDS: integer(1, 3600).default(120),
  /** Where assignment events are POSTed (signed with PARLEY_WEBHOOK_SECRET); unset: no webhook. */
  PARLEY_WEBHOOK_URL: httpUrl("https://lms.example/hooks/parley"),
  PARLEY_WEBHOOK_SECRET: optionalText,
  PARLEY_WEBHOOK_RETRIES: integer(0, 10).default(4),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Engine = "offline" | "model";

export interface Config {
  port: number;
  host: string;
  /** The SQLite file (PARLEY_DB), used when `databaseUrl` is not set. */
  dbPath: string;
  /** PostgreSQL's URL (DATABASE_URL); undefined: the SQLite file. */
  databaseUrl: string | undefined;
  libraryRoot: string;
  engine: Engine;
  model: {
    baseURL: string | undefined;
    apiKey: string | undefined;
    personaModel: string;
    graderModel: string;
    /** Reads the rep's moves each turn; null: read by rules (one model round trip less before the reply). */
    moveModel: string | null;
    /** Where instructions go in chat requests (llm/chat-shape.ts); `auto` learns it from the endpoint. */
    systemRole: "auto" | "system" | "user";
    timeoutMs: number;
    maxRetries: number;
    /** The models' context window in tokens: a judge prompt that would not fit is not sent (unscored, said why). */
    contextTokens: number;
  };
  maxTurnChars: number;
  turnLease: { ms: number; replicaId: string | undefined };
  /** Whose X-Forwarded-For gives the client's address (sign-in throttling per address). */
  trustProxy: TrustProxy;
  /** SIGTERM: ms of telling load balancers "draining" (GET /api/ready 503) before listening stops. */
  drainNoticeMs: number;
  /** Worker threads for offline scorecards; 0: on the main thread; undefined: chosen from the cores. */
  gradingThreads: number | undefined;
  /** `local`: one user, no sign-in, loopback only. `accounts`: sign-in, roles and teams. */
  auth: {
    mode: "local" | "accounts";
    firstAdmin: { email: string; password: string } | null;
    secureCookies: boolean;
    tokenDays: number;
  };
  limits: {
    turnsPerMinute: number;
    audioRequestsPerMinute: number;
    gradesPerMinute: number;
    dailyTokensPerUser: number;
    dailyTokensPerTeam: number;
  };
  /** Voice mode: who transcribes the rep, who speaks the customer, where recordings go. */
  voice: {
    stt: Engine;
    /** `browser`: Parley synthesises nothing; the web app uses the browser's own speech synthesis. */
    tts: "model" | "browser";
    sttModel: string;
    ttsModel: string;
    language: string | undefined;
    offlineLm: "domain" | "generic";
    audioDir: string;
    /** The offline recogniser's language model files (built from the library), beside the audio directory. */
    cacheDir: string;
    maxAudioBytes: number;
    dbAudioMaxBytes: number;
    maxAudioSeconds: number;
  };
  /** The outgoing webhook for assignment events (programme/webhook.ts); null: none. */
  webhook: { url: string; secret: string; retries: number; backoffMs: number; timeoutMs: number } | null;
  xapi: XapiConfig;
  production: boolean;
  /** The CLI's API token for a remote Parley (`PARLEY_TOKEN`); never printed. */
  apiToken: string | undefined;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);
const SECRET_VARIABLES = new Set(["OPENAI_API_KEY", "PARLEY_ADMIN_PASSWORD", "PARLEY_TOKEN", "PARLEY_WEBHOOK_SECRET"]);

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  ${problem}`).join("\n")}`);
    this.name = new.target.name;
  }
}

/** Environment -> typed config. The one place the environment is interpreted. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join(".");
        // Secrets are never echoed, not even in an error; a database URL's credentials are cut out.
        const value = (env[name] ?? "").replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, "$1…@");
        const shown = SECRET_VARIABLES.has(name) ? "(hidden)" : JSON.stringify(value);
        return `${name}=${shown}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  const hasEndpoint = e.OPENAI_BASE_URL !== undefined || e.OPENAI_API_KEY !== undefined;
  if (e.PARLEY_ENGINE === "model" && !hasEndpoint) {
    throw new ConfigError(["PARLEY_ENGINE=model: set OPENAI_BASE_URL or OPENAI_API_KEY to point at a model endpoint"]);
  }
  const engine: Engine = e.PARLEY_ENGINE === "auto" ? (hasEndpoint ? "model" : "offline") : e.PARLEY_ENGINE;
  if (e.PARLEY_AUTH === "local" && !LOOPBACK.has(e.HOST)) {
    throw new ConfigError([
      `HOST=${JSON.stringify(e.HOST)}: local mode (no sign-in) only listens on 127.0.0.1; set PARLEY_AUTH=accounts to serve a network`,
    ]);
  }
  if (e.PARLEY_ADMIN_PASSWORD !== undefined && e.PARLEY_ADMIN_PASSWORD.length < 12) {
    throw new ConfigError(["PARLEY_ADMIN_PASSWORD=(hidden): must be at least 12 characters"]);
  }
  if ((e.PARLEY_ADMIN_EMAIL === undefined) !== (e.PARLEY_ADMIN_PASSWORD === undefined)) {
    throw new ConfigError(["PARLEY_ADMIN_EMAIL and PARLEY_ADMIN_PASSWORD: set both (for the first admin) or neither"]);
  }
  if (e.PARLEY_WEBHOOK_URL !== undefined && (e.PARLEY_WEBHOOK_SECRET ?? "").length < 16) {
    throw new ConfigError([
      "PARLEY_WEBHOOK_SECRET=(hidden): PARLEY_WEBHOOK_URL needs a signing secret of at least 16 characters",
    ]);
  }
  for (const name of ["PARLEY_STT_ENGINE", "PARLEY_TTS_ENGINE"] as const) {
    if (e[name] === "model" && !hasEndpoint)
      throw new ConfigError([`${name}=model: set OPENAI_BASE_URL or OPENAI_API_KEY to point at a model endpoint`]);
  }
  const trustProxy = parseTrustProxy(e.PARLEY_TRUST_PROXY);
  if (typeof trustProxy === "string") throw new ConfigError([trustProxy]);
  const xapi = parseXapiConfig(env, e.HOST, e.PORT);
  if (Array.isArray(xapi)) throw new ConfigError(xapi);
  const dataDir = e.PARLEY_DB === ":memory:" ? path.resolve("data") : path.dirname(path.resolve(e.PARLEY_DB));
  const audioDir = path.resolve(e.PARLEY_AUDIO_DIR ?? path.join(dataDir, "audio"));
  return {
    port: e.PORT,
    host: e.HOST,
    dbPath: e.PARLEY_DB === ":memory:" ? e.PARLEY_DB : path.resolve(e.PARLEY_DB),
    databaseUrl: e.DATABASE_URL,
    libraryRoot: path.resolve(e.PARLEY_LIBRARY),
    engine,
    model: {
      baseURL: e.OPENAI_BASE_URL,
      apiKey: e.OPENAI_API_KEY,
      personaModel: e.PARLEY_PERSONA_MODEL,
      graderModel: e.PARLEY_GRADER_MODEL,
      moveModel: e.PARLEY_MOVE_MODEL === "rules" ? null : (e.PARLEY_MOVE_MODEL ?? e.PARLEY_PERSONA_MODEL),
      systemRole: e.PARLEY_SYSTEM_ROLE,
      timeoutMs: e.PARLEY_MODEL_TIMEOUT_MS,
      maxRetries: e.PARLEY_MODEL_RETRIES,
      contextTokens: e.PARLEY_MODEL_CONTEXT_TOKENS,
    },
    maxTurnChars: e.PARLEY_MAX_TURN_CHARS,
    turnLease: { ms: e.PARLEY_TURN_LEASE_MS, replicaId: e.PARLEY_REPLICA_ID },
    trustProxy,
    drainNoticeMs: e.PARLEY_DRAIN_NOTICE_MS,
    gradingThreads: e.PARLEY_GRADING_THREADS,
    auth: {
      mode: e.PARLEY_AUTH,
      firstAdmin:
        e.PARLEY_ADMIN_EMAIL && e.PARLEY_ADMIN_PASSWORD
          ? { email: e.PARLEY_ADMIN_EMAIL, password: e.PARLEY_ADMIN_PASSWORD }
          : null,
      secureCookies: e.PARLEY_SECURE_COOKIES === "true",
      tokenDays: e.PARLEY_TOKEN_DAYS,
    },
    limits: {
      turnsPerMinute: e.PARLEY_TURNS_PER_MINUTE,
      audioRequestsPerMinute: e.PARLEY_AUDIO_REQUESTS_PER_MINUTE,
      gradesPerMinute: e.PARLEY_GRADES_PER_MINUTE,
      dailyTokensPerUser: e.PARLEY_DAILY_TOKENS_PER_USER,
      dailyTokensPerTeam: e.PARLEY_DAILY_TOKENS_PER_TEAM,
    },
    voice: {
      stt: e.PARLEY_STT_ENGINE === "auto" ? engine : e.PARLEY_STT_ENGINE,
      tts: e.PARLEY_TTS_ENGINE === "auto" ? (engine === "model" ? "model" : "browser") : e.PARLEY_TTS_ENGINE,
      sttModel: e.PARLEY_STT_MODEL,
      ttsModel: e.PARLEY_TTS_MODEL,
      language: e.PARLEY_STT_LANGUAGE,
      offlineLm: e.PARLEY_STT_OFFLINE_LM,
      audioDir,
      cacheDir: path.join(path.dirname(audioDir), "voice-lm"),
      maxAudioBytes: e.PARLEY_MAX_AUDIO_BYTES,
      dbAudioMaxBytes: e.PARLEY_DB_AUDIO_MAX_MB * 1024 * 1024,
      maxAudioSeconds: e.PARLEY_MAX_AUDIO_SECONDS,
    },
    webhook:
      e.PARLEY_WEBHOOK_URL === undefined || e.PARLEY_WEBHOOK_SECRET === undefined
        ? null
        : {
            url: e.PARLEY_WEBHOOK_URL,
            secret: e.PARLEY_WEBHOOK_SECRET,
            retries: e.PARLEY_WEBHOOK_RETRIES,
            backoffMs: 2000,
            timeoutMs: 10_000,
          },
    xapi,
    production: e.NODE_ENV === "production",
    apiToken: e.PARLEY_TOKEN,
  };
}

/** Reads `process.env` (with command-line overrides on top). */
export function readConfig(overrides: Record<string, string | undefined> = {}): Config {
  return parseConfig({ ...process.env, ...overrides });
}

/** The process's environment, for a process edge (api/src/cli.ts) to hand to code that parses it later. */
export const processEnvironment = (): Readonly<Record<string, string | undefined>> => process.env;

/** Where the data lives, for `openDatabase`: the PostgreSQL URL when set, else the SQLite file. */
export const databaseLocation = (config: Pick<Config, "dbPath" | "databaseUrl">) => config.databaseUrl ?? config.dbPath;

/** The database as a log line may show it: a URL without its password. */
export function describeDatabase(config: Pick<Config, "dbPath" | "databaseUrl">): string {
  if (!config.databaseUrl) return config.dbPath;
  try {
    const url = new URL(config.databaseUrl);
    return `postgres://${url.host}${url.pathname}`;
  } catch {
    return "postgres (DATABASE_URL)";
  }
}
