import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/client";
import { describeEachDialect, freshDatabase } from "../testing/databases";
import { REPO_ROOT } from "../testing/test-runtime";

const run = promisify(execFile);
const CLI = path.join(REPO_ROOT, "api/bin/parley.js");

/** `parley migrate` as a child process (the npm bin), with only the variables given. */
async function migrate(env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, "migrate"], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Issue 20: a deployment migrates once, before its replicas start. */
describeEachDialect("parley migrate", (dialect) => {
  let env: Record<string, string>;
  let location: string;
  let cleanUp: () => Promise<void>;
  beforeAll(async () => {
    if (dialect === "sqlite") {
      const folder = await mkdtemp(path.join(os.tmpdir(), "parley-migrate-"));
      location = path.join(folder, "data", "parley.db");
      env = { PARLEY_DB: location };
      cleanUp = () => rm(folder, { recursive: true, force: true });
    } else {
      const fresh = await freshDatabase("postgres");
      location = fresh.location;
      env = { DATABASE_URL: location };
      cleanUp = fresh.drop;
    }
  });
  afterAll(() => cleanUp());

  it("applies every migration to a new database and exits 0; a second run finds nothing to do", async () => {
    const first = await migrate(env);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    const [, applied, total] = /: applied (\d+) migrations; (\d+) in all\.\n$/.exec(first.stdout) ?? [];
    expect(Number(applied)).toBeGreaterThan(0);
    expect(applied).toBe(total);
    expect(first.stdout).toContain(dialect === "postgres" ? "(PostgreSQL)" : "(SQLite)");
    // A URL is shown without its password.
    if (dialect === "postgres") expect(first.stdout).not.toContain(new URL(location).password || "\u0000");

    const second = await migrate(env);
    expect(second).toMatchObject({ code: 0, stderr: "" });
    expect(second.stdout).toMatch(new RegExp(`: up to date, no migration to apply; ${total} in all\\.\\n$`));

    // What a starting server then finds: every migration in place, none left to apply.
    const { db, close } = await openDatabase(location);
    try {
      expect(db.migrations).toEqual({ applied: 0, total: Number(total) });
    } finally {
      await close();
    }
  }, 60_000);
});

describe("parley migrate, failing", () => {
  it("exits 1 with the reason when the database cannot be reached (the password never shown)", async () => {
    const result = await migrate({ DATABASE_URL: "postgres://parley:s3cret@127.0.0.1:1/parley" });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Could not migrate postgres:\/\/127\.0\.0\.1:1\/parley: /);
    expect(result.stdout + result.stderr).not.toContain("s3cret");
  }, 60_000);

  it("exits 2 on a bad environment", async () => {
    const result = await migrate({ DATABASE_URL: "mysql://x@y/z" });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^parley: Invalid environment:\n {2}DATABASE_URL=/);
  }, 60_000);
});
