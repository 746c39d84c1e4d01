import { openDatabase } from "../db/client";
import { createEvalRunStore } from "../db/eval-run-store";
import type { RunReport } from "../eval-runs/report-types";
import type { ServerClient } from "../evals/server/server-client";

export interface RunToStore {
  report: RunReport;
  label: string | null;
  startedAt: number;
  finishedAt: number;
}

/**
 * Into the database the app uses (a SQLite file, or PostgreSQL's URL; migrations applied), so the
 * web app's eval page lists it.
 */
export async function storeLocally(location: string, run: RunToStore): Promise<string> {
  const { db, close } = await openDatabase(location);
  try {
    return (await createEvalRunStore(db).save({ userId: null, ...run })).id;
  } finally {
    await close();
  }
}

/** On the server the suites ran against (`POST /api/evals/runs`, trainers and admins). */
export async function storeOnServer(client: ServerClient, run: RunToStore): Promise<string> {
  const { run: stored } = await client.json<{ run: { id: string } }>("POST", "/api/evals/runs", run);
  return stored.id;
}
