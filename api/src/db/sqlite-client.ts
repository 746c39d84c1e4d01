import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Db, Orm, Tables, TxBody } from "./database";
import * as programme from "./programme-schema";
import * as core from "./schema";

const schema = { ...core, ...programme };

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/** Opens (creating if needed) the SQLite database in WAL mode and applies pending migrations. */
export function openSqlite(file: string): Db {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const orm = drizzle(sqlite, { schema });
  const before = appliedMigrations(sqlite);
  migrate(orm, { migrationsFolder: MIGRATIONS });
  const total = appliedMigrations(sqlite);
  return {
    dialect: "sqlite",
    migrations: { applied: total - before, total },
    // The builders share drizzle's PostgreSQL shape (see Orm); the schema-parity test keeps the tables' row types equal.
    orm: orm as unknown as Orm,
    tables: schema as unknown as Tables,
    async transaction<T>(body: (tx: Orm) => TxBody<T>): Promise<T> {
      return orm.transaction((tx) => runSync(body(tx as unknown as Orm)));
    },
    exclusive: (_lock, work) => work(),
    async close() {
      sqlite.close();
    },
  };
}

/** Rows in drizzle's migrations table (0 before the first migration made it). */
function appliedMigrations(sqlite: Database.Database): number {
  const table = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .get();
  if (!table) return 0;
  return (sqlite.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number }).n;
}

/** Runs a transaction body to the end without yielding the event loop: each query runs synchronously. */
function runSync<T>(body: TxBody<T>): T {
  let step = body.next();
  while (!step.done) {
    let result: unknown;
    try {
      result = runQuerySync(step.value);
    } catch (error) {
      step = body.throw(error);
      continue;
    }
    step = body.next(result);
  }
  return step.value;
}

interface SyncQuery {
  /** A prepared statement's `execute(…)` on better-sqlite3. */
  sync?: () => unknown;
  /** A query builder: prepared here, run at once. */
  prepare?: () => { execute(): { sync(): unknown } };
}

function runQuerySync(query: unknown): unknown {
  const q = query as SyncQuery;
  if (typeof q.sync === "function") return q.sync();
  if (typeof q.prepare === "function") return q.prepare().execute().sync();
  throw new Error("a transaction body yields only drizzle queries built from its `tx` (SQLite runs it synchronously)");
}
