import { createApp } from "./app";
import type { Config } from "./config";
import { openDatabase } from "./db/client";
import { createJudgementCache } from "./db/judgement-cache";
import { createLibraryStore } from "./db/library-store";
import { createSessionStore } from "./db/session-store";
import { recordModelCall } from "./db/usage-store";
import { createEngines } from "./engines";
import { loadLibrary } from "./library/load-library";
import { formatIssue } from "./library/yaml-file";
import { createPracticeService } from "./practice/practice-service";

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

  const { persona, grader } = createEngines(config, (record) => recordModelCall(db, record));
  const practice = createPracticeService({ library, sessions, persona, grader, judgements: createJudgementCache(db) });
  const app = createApp({
    practice,
    library,
    limits: { maxTurnChars: config.maxTurnChars, maxBodyBytes: MAX_BODY_BYTES },
    production: config.production,
  });
  return { app, db, close, libraryIssues: files.issues };
}
