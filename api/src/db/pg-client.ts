import path from "node:path";
import { fileURLToPath } from "node:url";

import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import type { Db, Orm, TxBody } from "./database";
import * as programme from "./programme-schema-pg";
import * as core from "./schema-pg";

const schema = { ...core, ...programme };

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations-pg");
/** pg_advisory_lock key held while migrating, so replicas starting together migrate one at a time. */
const MIGRATION_LOCK = 20_260_001;

/** Connects a pool to PostgreSQL at `url` and applies pending migrations. */
export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url });
  const orm: Orm = drizzle(pool, { schema });
  try {
    await migrateLocked(pool, orm);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    dialect: "postgres",
    orm,
    tables: schema,
    transaction<T>(body: (tx: Orm) => TxBody<T>): Promise<T> {
      return orm.transaction((tx) => runAsync(body(tx as unknown as Orm)));
    },
    close: () => pool.end(),
  };
}

async function migrateLocked(pool: pg.Pool, orm: Orm) {
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await migrate(orm, { migrationsFolder: MIGRATIONS });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]);
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
