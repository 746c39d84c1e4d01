import { getTableColumns, getTableName, is, Table } from "drizzle-orm";
import { getTableConfig as pgConfig, type PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as pgProgramme from "./programme-schema-pg";
import * as sqliteProgramme from "./programme-schema";
import * as pgCore from "./schema-pg";
import * as sqliteCore from "./schema";

const pg = { ...pgCore, ...pgProgramme };
const sqlite = { ...sqliteCore, ...sqliteProgramme };

// schema.ts (SQLite) and schema-pg.ts (PostgreSQL) describe the same database: the same tables,
// columns, row types, keys and indexes. The row types are compared by tsc (`npm run typecheck`),
// the rest here.

type Rows<S> = {
  [K in keyof S]: S[K] extends Table ? { select: S[K]["$inferSelect"]; insert: S[K]["$inferInsert"] } : never;
};

expectTypeOf<Rows<typeof pg>>().toEqualTypeOf<Rows<typeof sqlite>>();

const tablesOf = (schema: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(schema).filter(([, value]) => is(value, Table))) as Record<string, Table>;

/** What SQLite stores for each PostgreSQL column type (timestamps are epoch ms: bigint there, integer here). */
const SAME_STORAGE: Record<string, string[]> = {
  PgText: ["SQLiteText"],
  PgInteger: ["SQLiteInteger"],
  PgBigInt53: ["SQLiteInteger"],
  PgBoolean: ["SQLiteBoolean"],
  PgDoublePrecision: ["SQLiteReal"],
  PgJson: ["SQLiteTextJson"],
  // Only bytea (recordings.bytes, schema-pg.ts) is a custom column.
  PgCustomColumn: ["SQLiteBlobBuffer"],
};

function shape(config: ReturnType<typeof pgConfig> | ReturnType<typeof sqliteConfig>) {
  return {
    columns: config.columns.map((column) => ({
      name: column.name,
      notNull: column.notNull,
      primary: column.primary,
      default: column.default ?? null,
      enum: column.enumValues ?? null,
    })),
    indexes: config.indexes
      .map((index) => ({
        name: index.config.name ?? "",
        unique: index.config.unique,
        on: index.config.columns.map((column) => ("name" in column ? column.name : String(column))),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    foreignKeys: config.foreignKeys
      .map((key) => {
        const { columns, foreignColumns } = key.reference();
        return `${columns.map((c) => c.name).join(",")} -> ${foreignColumns.map((c) => `${getTableName(c.table)}.${c.name}`).join(",")}`;
      })
      .sort(),
  };
}

describe("the SQLite and PostgreSQL schemas", () => {
  const pgTables = tablesOf(pg);
  const sqliteTables = tablesOf(sqlite);

  it("have the same tables", () => {
    expect(Object.keys(pgTables).sort()).toEqual(Object.keys(sqliteTables).sort());
  });

  it.each(Object.keys(sqliteTables))("agree on %s: columns, keys, defaults, indexes and foreign keys", (name) => {
    const pgTable = pgTables[name] as PgTable;
    const sqliteTable = sqliteTables[name] as SQLiteTable;
    expect(pgConfig(pgTable).name).toBe(sqliteConfig(sqliteTable).name);
    expect(shape(pgConfig(pgTable))).toEqual(shape(sqliteConfig(sqliteTable)));
    const sqliteColumns = getTableColumns(sqliteTable);
    for (const [key, column] of Object.entries(getTableColumns(pgTable))) {
      expect(SAME_STORAGE[column.columnType], `${name}.${key}: ${column.columnType}`).toContain(
        sqliteColumns[key]?.columnType,
      );
    }
  });
});
