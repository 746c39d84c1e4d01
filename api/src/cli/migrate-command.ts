import { databaseLocation, describeDatabase, parseConfig } from "../config";
import { openDatabase } from "../db/client";

/**
 * `parley migrate`: applies the pending migrations to the configured database (DATABASE_URL's
 * PostgreSQL, else the PARLEY_DB SQLite file) and exits, so a deployment migrates once before its
 * replicas start. On PostgreSQL it takes the same advisory lock as a starting server, so it is safe
 * beside servers already running. Exit 0: up to date; 1: the database could not be migrated.
 */
export async function migrateCommand(
  options: { env: Readonly<Record<string, string | undefined>> },
  print: (line: string) => void,
): Promise<number> {
  const config = parseConfig(options.env);
  const where = describeDatabase(config);
  let opened: Awaited<ReturnType<typeof openDatabase>>;
  try {
    opened = await openDatabase(databaseLocation(config));
  } catch (error) {
    print(`Could not migrate ${where}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const { applied, total } = opened.db.migrations;
  await opened.close();
  print(
    `${where} (${opened.db.dialect === "postgres" ? "PostgreSQL" : "SQLite"}): ${applied === 0 ? "up to date, no migration to apply" : `applied ${applied} migration${applied === 1 ? "" : "s"}`}; ${total} in all.`,
  );
  return 0;
}
