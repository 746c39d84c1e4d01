import type { Db } from "./database";
import { openPostgres } from "./pg-client";
import { openSqlite } from "./sqlite-client";

export type { Db } from "./database";

/** A PostgreSQL URL (`DATABASE_URL`) rather than a SQLite file path (`PARLEY_DB`). */
export const isPostgresUrl = (location: string) => /^postgres(ql)?:\/\//i.test(location);

/**
 * Opens the database at `location` and applies pending migrations: PostgreSQL for a postgres:// URL,
 * otherwise the SQLite file (created if needed; ":memory:" for a throwaway one).
 */
export async function openDatabase(location: string): Promise<{ db: Db; close: () => Promise<void> }> {
  const db = isPostgresUrl(location) ? await openPostgres(location) : openSqlite(location);
  return { db, close: () => db.close() };
}
