import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./client";

describe("openDatabase", () => {
  it("creates the file in WAL mode with every table, and reopens without re-migrating", async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), "parley-db-")), "nested/parley.db");
    await (await openDatabase(file)).close();
    await (await openDatabase(file)).close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    const tables = raw.prepare("select name from sqlite_master where type = 'table' order by name").all() as {
      name: string;
    }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        "users",
        "persona_versions",
        "rubric_versions",
        "sessions",
        "turns",
        "feedback",
        "scorecards",
        "model_calls",
      ]),
    );
    raw.close();
  });
});
