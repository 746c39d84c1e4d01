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

/** Into the SQLite database the app uses (migrations applied), so the web app's eval page lists it. */
export function storeLocally(dbPath: string, run: RunToStore): string {
  const { db, close } = openDatabase(dbPath);
  try {
    return createEvalRunStore(db).save({ userId: null, ...run }).id;
  } finally {
    close();
  }
}

/** On the server the suites ran against (`POST /api/evals/runs`, trainers and admins). */
export async function storeOnServer(client: ServerClient, run: RunToStore): Promise<string> {
  const { run: stored } = await client.json<{ run: { id: string } }>("POST", "/api/evals/runs", run);
  return stored.id;
}
