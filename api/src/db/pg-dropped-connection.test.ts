import { sql } from "drizzle-orm";
import pg from "pg";
import { expect, it } from "vitest";
import { describeEachDialect, openFreshDatabase, POSTGRES_URL } from "../testing/databases";

describeEachDialect("a pooled connection the database server drops", (dialect) => {
  // SQLite has no server to drop a connection.
  it.skipIf(dialect === "sqlite")("is replaced on next use, and does not end the process", async () => {
    const { db, close } = await openFreshDatabase("postgres");
    try {
      const [row] = (await db.orm.execute(sql`select current_database() as name`)).rows as { name: string }[];
      const admin = new pg.Client({ connectionString: POSTGRES_URL ?? undefined });
      await admin.connect();
      try {
        await admin.query(
          "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
          [row?.name],
        );
      } finally {
        await admin.end();
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await db.orm.select().from(db.tables.teams)).toEqual([]);
    } finally {
      await close();
    }
  });
});
