import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe } from "vitest";
import { openDatabase } from "../db/client";
import type { Db, Dialect } from "../db/database";
import type { NewSession } from "../db/session-store";
import { LOCAL_USER_ID } from "../db/user-store";

/**
 * The PostgreSQL server the tests may use (`.ci/run` starts a throwaway one). Each test database is
 * created fresh on it and dropped afterwards; without it the PostgreSQL cases are skipped, with a
 * printed line saying so.
 */
export const POSTGRES_URL = process.env.PARLEY_TEST_POSTGRES_URL || null;

export const DIALECTS: Dialect[] = ["sqlite", "postgres"];

/** `describe` once per dialect; the PostgreSQL one is skipped (and says so) without a server. */
export function describeEachDialect(title: string, body: (dialect: Dialect) => void) {
  for (const dialect of DIALECTS) {
    if (dialect === "postgres" && !POSTGRES_URL) {
      console.log(`PARLEY_TEST_POSTGRES_URL is not set: skipping "${title}" on PostgreSQL (.ci/run starts one)`);
      describe.skip(`${title} (postgres)`, () => body(dialect));
    } else describe(`${title} (${dialect})`, () => body(dialect));
  }
}

/** A new, empty database of this dialect: where to open it, and how to remove it afterwards. */
export async function freshDatabase(dialect: Dialect): Promise<{ location: string; drop: () => Promise<void> }> {
  if (dialect === "sqlite") return { location: ":memory:", drop: async () => {} };
  if (!POSTGRES_URL) throw new Error("PARLEY_TEST_POSTGRES_URL is not set");
  const name = `parley_test_${randomBytes(6).toString("hex")}`;
  await admin(`create database ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return { location: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** A fresh database of this dialect, opened and migrated; `close` also drops it. */
export async function openFreshDatabase(dialect: Dialect): Promise<{ db: Db; close: () => Promise<void> }> {
  const { location, drop } = await freshDatabase(dialect);
  const { db, close } = await openDatabase(location);
  return {
    db,
    close: async () => {
      await close();
      await drop();
    },
  };
}

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: POSTGRES_URL ?? undefined });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A call for store tests: the local user's offline practice of the first shipped scenario. */
export const TEST_CALL: NewSession = {
  userId: LOCAL_USER_ID,
  personaId: "cancel-after-outages",
  personaVersion: 1,
  rubricId: "retention-call",
  rubricVersion: 1,
  mode: "coach",
  difficulty: "medium",
  engine: "offline",
};
