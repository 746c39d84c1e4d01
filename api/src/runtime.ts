import { availableParallelism } from "node:os";
import path from "node:path";
import { createApp } from "./app";
import type { AuthMode } from "./auth/authenticate";
import { createFirstAdmin } from "./auth/first-admin";
import { type Config, databaseLocation } from "./config";
import { createBudgetStore } from "./db/budget-store";
import { openDatabase } from "./db/client";
import { createEvalRunStore } from "./db/eval-run-store";
import { createJudgementCache } from "./db/judgement-cache";
import { createLibraryStore } from "./db/library-store";
import { createTeamCalls } from "./db/team-calls";
import { createModelCallLog } from "./db/usage-store";
import { createUserStore, LOCAL_USER_ID } from "./db/user-store";
import { createDrafter } from "./studio/draft-service";
import { createEngines, createModelGateway, usesModelEndpoint } from "./engines";
import type { Grader } from "./grading/grader";
import { loadLibrary } from "./library/load-library";
import { formatIssue } from "./library/yaml-file";
import type { LlmGateway, ModelCallRecord } from "./llm/gateway";
import { createOfflineGrader } from "./offline/offline-grader";
import { createOfflinePersonaEngine } from "./offline/offline-persona";
import { makeReplicaId } from "./db/turn-locks";
import { createThrottleStore } from "./db/throttle-store";
import { createRecordingStore } from "./db/recording-store";
import { createLoginThrottle, DEFAULT_THROTTLE } from "./auth/login-throttle";
import { createCallStores } from "./practice/call-stores";
import { createLimits } from "./practice/limits";
import type { PersonaEngine } from "./practice/persona-engine";
import { createPractice } from "./practice/practice";
import { createRubricTester } from "./trainer/rubric-test";
import { createTeamLearners } from "./trainer/team-learners";
import { createTeamSummary } from "./trainer/team-summary";
import { createSkillHistory } from "./trainer/skill-history";
import { createAssignmentStore } from "./db/assignment-store";
import { createNotificationStore } from "./db/notification-store";
import { createReviewStore } from "./db/review-store";
import { createDiscussionStore } from "./db/discussion-store";
import { createExampleStore } from "./db/example-store";
import { shippedExamples } from "./programme/examples/shipped-examples";
import { createProgramme, type Programme } from "./programme/programme";
import { createWebhook } from "./programme/webhook";
import { createXapiStore } from "./db/xapi-store";
import { createXapi, type Xapi } from "./xapi/xapi";
import { createVoiceService, type VoiceService } from "./voice/voice-service";
import { createScoringPool } from "./workers/scoring-pool";

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * What a caller may put in place of what the config would build: a test's scripted gateway,
 * persona engine, grader or voice service, without going through HTTP or a fake server.
 */
export interface RuntimeOverrides {
  log?: (line: string) => void;
  /** The model gateway the engines and voice share (built from the config when the config uses a model). */
  gateway?: LlmGateway;
  persona?: PersonaEngine;
  grader?: Grader;
  voice?: VoiceService | null;
  /** The webhook's first wait between tries (tests shorten it). */
  webhookBackoffMs?: number;
  /** The xAPI outbox's clock (tests move it on to pass a backoff). */
  xapiClock?: () => number;
  /** The scoring pool's worker entry point (tests give a broken one). */
  scoringWorker?: URL;
}

/**
 * The composition root: database, library, engines and app, wired from a config. The server and
 * the tests start Parley through here (the CLI's commands build only the engines they need, via engines.ts).
 */
export async function createRuntime(config: Config, overrides: RuntimeOverrides = {}) {
  const log = overrides.log ?? (() => {});
  const { db, close } = await openDatabase(databaseLocation(config));
  const library = createLibraryStore(db);
  const lease = { ms: config.turnLease.ms, replicaId: config.turnLease.replicaId ?? makeReplicaId() };
  const stores = createCallStores(db, lease, log);
  const users = createUserStore(db, config.auth.tokenDays);
  await users.ensureLocalUser();

  const files = await loadLibrary(config.libraryRoot);
  for (const issue of files.issues) log(`skipped: ${formatIssue(issue)}`);
  // Replicas starting together on PostgreSQL bring the files in one at a time (else both add version 1).
  await db.exclusive("librarySync", () => library.sync(files));

  // SQLite serves one process: a turn lease left behind belongs to a process that died mid-turn.
  // PostgreSQL may be shared by other replicas, whose leases are theirs (a dead one's run out);
  // only those left by an earlier run under this replica id are freed at once.
  if (db.dialect === "sqlite") await stores.locks.releaseAllLocks();
  else await stores.locks.releaseOwnLocks();

  if (config.auth.mode === "accounts" && config.auth.firstAdmin && !(await users.hasAdmin())) {
    await createFirstAdmin(users, config.auth.firstAdmin);
    log(`created the first admin account: ${config.auth.firstAdmin.email}`);
  }
  // Calls made for sessions on a private database (a rubric test's scripted calls) are charged to
  // whoever started them, so they count toward that person's token budget.
  const chargedTo = new Map<string, string>();
  const ownerOf = async (sessionId: string) =>
    chargedTo.get(sessionId) ?? (await stores.sessions.owner(sessionId))?.userId ?? null;
  // The gateway reports each call and moves on; a turn's calls are written together when it ends.
  const modelCalls = createModelCallLog(db, ownerOf);
  const onCall = (record: ModelCallRecord) => modelCalls.record(record);
  const gateway = overrides.gateway ?? (usesModelEndpoint(config) ? createModelGateway(config, onCall) : null);
  const engines = createEngines(config, gateway);
  const persona = overrides.persona ?? engines.persona;
  const grader = overrides.grader ?? engines.grader;
  // Replicas on PostgreSQL share no disk: recordings go in the database (up to a configured size).
  const recordings = db.dialect === "postgres" ? createRecordingStore(db, config.voice.dbAudioMaxBytes) : undefined;
  const voice = overrides.voice === undefined ? createVoiceService(config, gateway, recordings) : overrides.voice;
  const throttles = createThrottleStore(db);
  const limits = createLimits(config.limits, stores.turns, createBudgetStore(db), throttles);
  // The built-in offline grader is pure CPU: its scorecards go to worker threads (an injected
  // grader, or the model's, which mostly waits on the network, stays on this thread).
  const threads = config.gradingThreads ?? Math.max(1, Math.min(4, availableParallelism() - 1));
  const scoring =
    config.engine === "offline" && !overrides.grader && threads > 0
      ? createScoringPool({ threads, log, workerFile: overrides.scoringWorker })
      : null;
  // The programme is built after practice (it starts calls); practice tells it when a call is graded.
  const late: { programme?: Programme; xapi?: Xapi } = {};
  const practice = createPractice({
    library,
    stores,
    modelCalls,
    persona,
    grader,
    judgements: createJudgementCache(db),
    limits,
    voice,
    scoring,
    onScored: (session) => {
      late.programme?.callScored(session.userId).catch((error: unknown) => log(`programme: ${String(error)}`));
      late.xapi?.callChanged(session.id);
    },
    onStarted: (session) => late.xapi?.callChanged(session.id),
  });
  const webhook = config.webhook
    ? createWebhook({ ...config.webhook, backoffMs: overrides.webhookBackoffMs ?? config.webhook.backoffMs }, log)
    : null;
  const assignmentStore = createAssignmentStore(db);
  const xapi = createXapi({
    store: createXapiStore(db),
    calls: stores,
    library,
    assignments: assignmentStore,
    homePage: config.xapi.homePage,
    lrs: config.xapi.lrs,
    exclusive: (work) => db.exclusive("xapiOutbox", work),
    log,
    ...(overrides.xapiClock ? { now: overrides.xapiClock } : {}),
  });
  late.xapi = xapi;
  const programme = createProgramme({
    assignments: assignmentStore,
    notifications: createNotificationStore(db),
    reviews: createReviewStore(db),
    discussion: createDiscussionStore(db),
    calls: stores,
    library,
    sessions: practice.sessions,
    mode: config.auth.mode,
    send: webhook && webhook.send,
    examples: {
      store: createExampleStore(db),
      grader,
      // Shipped examples are graded by the offline grader whatever the engine: their scores are the files' own.
      shipped: shippedExamples(config.libraryRoot, library, createOfflineGrader(), log),
      speaker: voice?.speaker ?? null,
      limits,
      person: async (userId) => {
        const user = await users.get(userId);
        return user ? { name: user.name, email: user.email } : null;
      },
    },
  });
  late.programme = programme;
  const localUser = await users.principal(LOCAL_USER_ID);
  if (!localUser) throw new Error("the local user is missing");
  const auth: AuthMode =
    config.auth.mode === "local" ? { kind: "local", user: localUser } : { kind: "accounts", users };
  // Set by drain() on SIGTERM: writes are refused from then on, in-flight turns finish.
  let draining = false;
  const offlineEngines =
    config.engine === "offline"
      ? { persona, grader }
      : { persona: createOfflinePersonaEngine(), grader: createOfflineGrader() };
  const app = createApp({
    draining: () => draining,
    loginThrottle: createLoginThrottle(DEFAULT_THROTTLE, throttles.signInFailures),
    trustProxy: config.trustProxy,
    practice,
    library,
    auth,
    users,
    evalRuns: createEvalRunStore(db),
    secureCookies: config.auth.secureCookies,
    host: config.host,
    // A multipart body is a recording plus a few fields; it is checked again, by content, in voice/.
    limits: {
      maxTurnChars: config.maxTurnChars,
      maxBodyBytes: MAX_BODY_BYTES,
      maxUploadBytes: config.voice.maxAudioBytes + 64 * 1024,
    },
    production: config.production,
    programme,
    xapi,
    libraryRoot: config.libraryRoot,
    trainer: {
      draft: createDrafter({
        library,
        // The web page offers drafting when the health check says the model engine is on: the same rule.
        gateway: config.engine === "model" ? gateway : null,
        model: config.model.graderModel,
        contextTokens: config.model.contextTokens,
        limits,
        checkEngines: offlineEngines,
      }),
      teamSummary: createTeamSummary({ calls: createTeamCalls(db), library }),
      teamLearners: createTeamLearners({ calls: createTeamCalls(db) }),
      history: createSkillHistory({ calls: createTeamCalls(db), library }),
      testRubric: createRubricTester({
        library,
        engines: {
          offline: offlineEngines,
          model: config.engine === "model" ? { persona, grader } : null,
        },
        defaultEngine: config.engine,
        limits,
        suitesDir: path.join(config.libraryRoot, "evals", "separation"),
        chargeTo: (sessionId, userId) => {
          chargedTo.set(sessionId, userId);
          return () => chargedTo.delete(sessionId);
        },
      }),
    },
  });
  return {
    app,
    db,
    /** Offline scorecards on worker threads (null: graded on the main thread). */
    scoringPool: scoring,
    close: async () => {
      xapi.stop();
      await scoring?.close();
      await close();
    },
    /** Stop taking writes (new calls and turns get 503 `shutting_down`); what is in flight goes on. */
    drain: () => {
      draining = true;
    },
    libraryIssues: files.issues,
    /** "Due soon" notifications for every open assignment, and xAPI statements calls miss (the server runs it now and then). */
    sweepProgramme: async () => {
      await programme.sweep();
      // The same clockwork records any xAPI statements a call is missing.
      await xapi.sweep();
    },
    /** Records the statements under way, then runs one pass of the xAPI outbox (tests). */
    xapiFlush: () => xapi.flush(),
    /** Resolves when every webhook delivery so far has finished (tests). */
    webhookSettled: () => webhook?.settled() ?? Promise.resolve(),
    /** With accounts, true until an admin exists (the server then asks for one). */
    needsAdmin: async () => config.auth.mode === "accounts" && !(await users.hasAdmin()),
    createAdmin: (admin: { email: string; password: string; name?: string }) => createFirstAdmin(users, admin),
  };
}
