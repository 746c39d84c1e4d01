import path from "node:path";
import { fileURLToPath } from "node:url";

import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { type Db, type Orm, STARTUP_LOCKS, type StartupLock, type TxBody } from "./database";
import * as programme from "./programme-schema-pg";
import * as core from "./schema-pg";

const schema = { ...core, ...programme };

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations-pg");

/** Connects a pool to PostgreSQL at `url` and applies pending migrations. */
export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url });
  // An idle pooled connection the server drops (a restart, a failover, an admin) is an 'error' on
  // the pool; unhandled, it would end the process. The pool replaces the connection on next use.
  pool.on("error", (error) => console.warn(`PostgreSQL dropped an idle connection: ${error.message}`));
  const orm: Orm = drizzle(pool, { schema });
  let migrations: { applied: number; total: number };
  try {
    migrations = await locked(pool, "migrations", async () => {
      const before = await appliedMigrations(pool);
      await migrate(orm, { migrationsFolder: MIGRATIONS });
      const total = await appliedMigrations(pool);
      return { applied: total - before, total };
    });
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    dialect: "postgres",
    migrations,
    orm,
    tables: schema,
    transaction<T>(body: (tx: Orm) => TxBody<T>): Promise<T> {
      return orm.transaction((tx) => runAsync(body(tx as unknown as Orm)));
    },
    exclusive: (lock, work) => locked(pool, lock, work),
    close: () => pool.end(),
  };
}

/** Rows in drizzle's migrations table (0 before the first migration made it). */
async function appliedMigrations(pool: pg.Pool): Promise<number> {
  // Two queries: a query naming a missing table fails when planned, even in a branch never taken.
  const exists = await pool.query("select to_regclass('drizzle.__drizzle_migrations') as t");
  if (exists.rows[0]?.t === null || exists.rows[0]?.t === undefined) return 0;
  const { rows } = await pool.query<{ n: string }>("select count(*) as n from drizzle.__drizzle_migrations");
  return Number(rows[0]?.n ?? 0);
}

/** Runs `work` holding a session-level advisory lock on one pooled connection (work uses the rest). */
async function locked<T>(pool: pg.Pool, lock: StartupLock, work: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [STARTUP_LOCKS[lock]]);
    try {
      return await work();
    } finally {
      await client.query("select pg_advisory_unlock($1)", [STARTUP_LOCKS[lock]]);
    }
  } finally {
    client.release();
  }
}

async function runAsync<T>(body: TxBody<T>): Promise<T> {
  let step = body.next();
  while (!step.done) {
    let result: unknown;
    try {
      result = await step.value;
    } catch (error) {
      step = body.throw(error);
      continue;
    }
    step = body.next(result);
  }
  return step.value;
}
