import path from "node:path";
import { createApp } from "./app";
import type { Config } from "./config";
import { openDatabase } from "./db/client";
import { createJudgementCache } from "./db/judgement-cache";
import { createLibraryStore } from "./db/library-store";
import { createBudgetStore } from "./db/budget-store";
import { createSessionStore, LOCAL_USER_ID } from "./db/session-store";
import { createUserStore } from "./db/user-store";
import { createEvalRunStore } from "./db/eval-run-store";
import type { AuthMode } from "./auth/authenticate";
import { createFirstAdmin } from "./auth/first-admin";
import { createLimits } from "./practice/limits";
import { recordModelCall } from "./db/usage-store";
import { createEngines } from "./engines";
import type { ModelCallRecord } from "./llm/gateway";
import { loadLibrary } from "./library/load-library";
import { formatIssue } from "./library/yaml-file";
import { createPracticeService } from "./practice/practice-service";
import { createRubricTester } from "./trainer/rubric-test";
import { createTeamSummary } from "./trainer/team-summary";
import { createOfflineGrader } from "./offline/offline-grader";
import { createOfflinePersonaEngine } from "./offline/offline-persona";
import { createVoiceService } from "./voice/voice-service";

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The composition root: database, library, engines and app, wired from a config. The server,
 * the CLI and the tests all start Parley through here.
 */
export async function createRuntime(config: Config, log: (line: string) => void = () => {}) {
  const { db, close } = openDatabase(config.dbPath);
  const library = createLibraryStore(db);
  const sessions = createSessionStore(db);
  sessions.ensureLocalUser();

  const files = await loadLibrary(config.libraryRoot);
  for (const issue of files.issues) log(`skipped: ${formatIssue(issue)}`);
  library.sync(files);

  // SQLite serves one process: a turn lock left behind belongs to a process that died mid-turn.
  sessions.releaseAllLocks();

  const users = createUserStore(db);
  if (config.auth.mode === "accounts" && config.auth.firstAdmin && !users.hasAdmin()) {
    await createFirstAdmin(users, config.auth.firstAdmin);
    log(`created the first admin account: ${config.auth.firstAdmin.email}`);
  }
  // Calls made for sessions on a private database (a rubric test's scripted calls) are charged to
  // whoever started them, so they count toward that person's token budget.
  const chargedTo = new Map<string, string>();
  const ownerOf = (sessionId: string) => chargedTo.get(sessionId) ?? sessions.owner(sessionId)?.userId ?? null;
  const onCall = (record: ModelCallRecord) =>
    recordModelCall(db, { ...record, userId: record.userId ?? (record.sessionId ? ownerOf(record.sessionId) : null) });
  const { persona, grader } = createEngines(config, onCall);
  const voice = createVoiceService(config, onCall);
  const limits = createLimits(config.limits, sessions, createBudgetStore(db));
  const practice = createPracticeService({ library, sessions, persona, grader, judgements: createJudgementCache(db), limits, voice });
  const localUser = users.principal(LOCAL_USER_ID);
  if (!localUser) throw new Error("the local user is missing");
  const auth: AuthMode = config.auth.mode === "local" ? { kind: "local", user: localUser } : { kind: "accounts", users };
  const app = createApp({
    practice,
    library,
    auth,
    users,
    evalRuns: createEvalRunStore(db),
    secureCookies: config.auth.secureCookies,
    // A multipart body is a recording plus a few fields; it is checked again, by content, in voice/.
    limits: { maxTurnChars: config.maxTurnChars, maxBodyBytes: MAX_BODY_BYTES, maxUploadBytes: config.voice.maxAudioBytes + 64 * 1024 },
    production: config.production,
    trainer: {
      teamSummary: createTeamSummary({ sessions, library }),
      testRubric: createRubricTester({
        library,
        engines: {
          offline: config.engine === "offline" ? { persona, grader } : { persona: createOfflinePersonaEngine(), grader: createOfflineGrader() },
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
    close,
    libraryIssues: files.issues,
    /** With accounts, true until an admin exists (the server then asks for one). */
    needsAdmin: () => config.auth.mode === "accounts" && !users.hasAdmin(),
    createAdmin: (admin: { email: string; password: string; name?: string }) => createFirstAdmin(users, admin),
  };
}
