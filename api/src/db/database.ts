import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type * as programme from "./programme-schema-pg";
import type * as core from "./schema-pg";

export type Dialect = "sqlite" | "postgres";

/** Every table, as the stores use them (the open database's own dialect's tables; see `Db.tables`). */
export type Tables = typeof core & typeof programme;

/**
 * The query builder the stores write against, typed as drizzle's PostgreSQL one: it has no synchronous
 * `.get()/.all()/.run()`, so code that type-checks runs on both dialects. On SQLite it is drizzle's
 * better-sqlite3 database, whose builders have the same shape and are awaited the same way.
 */
export type Orm = NodePgDatabase<Tables>;

/**
 * A transaction's body: a generator that yields each query through `exec` and returns the result.
 * SQLite runs it synchronously inside one native transaction (better-sqlite3 refuses an async body,
 * and nothing else may run on the one connection meanwhile); PostgreSQL awaits each query in turn.
 */
export type TxBody<T> = Generator<PromiseLike<unknown>, T, unknown>;

/** One query of a transaction body: `const rows = yield* exec(tx.select()…)`. Build it from `tx`. */
export function* exec<T>(query: PromiseLike<T>): Generator<PromiseLike<unknown>, T, unknown> {
  return (yield query) as T;
}

/** Database-wide locks, by what they guard (PostgreSQL advisory lock keys). */
export const STARTUP_LOCKS = { migrations: 20_260_001, librarySync: 20_260_002, xapiOutbox: 20_260_003 } as const;
export type StartupLock = keyof typeof STARTUP_LOCKS;

/** An open database, whichever the dialect: what every store is built from. */
export interface Db {
  readonly dialect: Dialect;
  readonly orm: Orm;
  /** The tables of this database's dialect (schema.ts on SQLite, schema-pg.ts on PostgreSQL). */
  readonly tables: Tables;
  transaction<T>(body: (tx: Orm) => TxBody<T>): Promise<T>;
  /**
   * Runs `work` while no other process on this database runs work under the same lock: a
   * PostgreSQL advisory lock held on its own connection (replicas starting together sync the
   * library one at a time). SQLite is one process, so it just runs `work`.
   */
  exclusive<T>(lock: StartupLock, work: () => Promise<T>): Promise<T>;
  /** Migrations in the database once it was opened, and how many of them this open applied. */
  readonly migrations: { applied: number; total: number };
  close(): Promise<void>;
}

/** The one row a statement must return (an insert or update with `.returning()`). */
export function single<T>(rows: T[], what: string): T {
  const row = rows[0];
  if (row === undefined) throw new Error(`${what} returned no row`);
  return row;
}
