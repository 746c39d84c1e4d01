import { readFile } from "node:fs/promises";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { loadLibrary } from "../library/load-library";
import { describeEachDialect, openFreshDatabase } from "../testing/databases";
import { sampleRunReport } from "../testing/evals/sample-report";
import { REPO_ROOT } from "../testing/test-runtime";
import type { Db } from "./database";
import { createEvalRunStore } from "./eval-run-store";
import { createLibraryStore } from "./library-store";
import { createUserStore, LOCAL_USER_ID } from "./user-store";

// Users, sign-in, tokens, the versioned library and stored eval runs, on each database.

const PERSONA = "cancel-after-outages";
let sampleReport: ReturnType<typeof sampleRunReport> | undefined;

describeEachDialect("the account, library and eval-run stores", (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  let users: ReturnType<typeof createUserStore>;
  beforeAll(async () => {
    ({ db, close } = await openFreshDatabase(dialect));
    users = createUserStore(db, 30);
    await users.ensureLocalUser();
  });
  afterAll(() => close());
  let n = 0;
  const person = (role: "learner" | "trainer" | "admin", teamId: string | null = null) =>
    users.create({ name: `${role} ${++n}`, email: `${role}${n}@Example.test`, role, passwordHash: "hash", teamId });
  beforeEach(() => void n++);

  it("keeps users and teams: one local user, emails case-insensitive, admins counted, teams renamed", async () => {
    await users.ensureLocalUser();
    expect((await users.principal(LOCAL_USER_ID))?.role).toBe("admin");
    expect(await users.hasAdmin()).toBe(false);
    const team = await users.createTeam("North");
    const ann = await person("learner", team.id);
    expect(ann.email).toBe(ann.email?.toLowerCase());
    expect((await users.byEmail(ann.email?.toUpperCase() ?? ""))?.id).toBe(ann.id);
    expect((await users.list()).map((user) => user.id)).not.toContain(LOCAL_USER_ID);
    const admin = await person("admin");
    expect(await users.hasAdmin()).toBe(true);
    await users.update(admin.id, { disabled: true });
    expect(await users.hasAdmin()).toBe(false);
    expect(await users.update("nobody", { name: "x" })).toBeUndefined();
    await expect(
      person("learner").then((user) => users.create({ ...user, email: user.email ?? "", passwordHash: "h" })),
    ).rejects.toThrow();

    expect((await users.renameTeam(team.id, "North East"))?.name).toBe("North East");
    expect(await users.renameTeam("no-team", "x")).toBeUndefined();
    expect((await users.teamIds()).has(team.id)).toBe(true);
    expect((await users.listTeams()).map((t) => t.name)).toContain("North East");
    expect(await users.principal(ann.id)).toEqual({ id: ann.id, name: ann.name, role: "learner", teamId: team.id });
  });

  it("signs in and out with sessions, and refuses expired or disabled ones", async () => {
    const lee = await person("trainer");
    const { secret } = await users.startSession(lee.id);
    expect((await users.resolveSession(secret))?.id).toBe(lee.id);
    expect(await users.resolveSession(`pt_${secret.slice(3)}`)).toBeNull();
    await users.endSession(secret);
    expect(await users.resolveSession(secret)).toBeNull();

    const again = await users.startSession(lee.id);
    const { authSessions } = db.tables;
    await db.orm
      .update(authSessions)
      .set({ expiresAt: Date.now() - 1 })
      .where(eq(authSessions.userId, lee.id));
    expect(await users.resolveSession(again.secret)).toBeNull();
    const third = await users.startSession(lee.id);
    await users.endSessionsOf(lee.id);
    expect(await users.resolveSession(third.secret)).toBeNull();
  });

  it("issues API tokens that work until revoked or expired, and records their last use", async () => {
    const kim = await person("trainer");
    const made = await users.createToken(kim.id, "ci");
    expect(made.expiresAt).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect((await users.resolveToken(made.token))?.id).toBe(kim.id);
    expect((await users.listTokens(kim.id))[0]).toMatchObject({ id: made.id, name: "ci", revokedAt: null });
    expect((await users.listTokens(kim.id))[0]?.lastUsedAt).toEqual(expect.any(Number));
    expect(await users.revokeToken("someone-else", made.id)).toBe(false);
    expect(await users.revokeToken(kim.id, made.id)).toBe(true);
    expect(await users.revokeToken(kim.id, made.id)).toBe(false);
    expect(await users.resolveToken(made.token)).toBeNull();

    const second = await users.createToken(kim.id, "nightly");
    await users.revokeTokensOf(kim.id);
    expect(await users.resolveToken(second.token)).toBeNull();
    const local = await users.createToken(LOCAL_USER_ID, "old");
    expect(await users.resolveToken(local.token)).toBeNull();
  });

  it("versions personas: same content adds none, changed content adds the next, any version can be read", async () => {
    const library = createLibraryStore(db);
    await library.sync(await loadLibrary(REPO_ROOT));
    const first = await library.get("persona", PERSONA);
    expect(first.version).toBe(1);
    const source = await readFile(path.join(REPO_ROOT, "personas", `${PERSONA}.yaml`), "utf8");
    expect(await library.save("persona", PERSONA, source, "api", "p.yaml")).toEqual({ version: 1, created: false });
    const edited = source.replace(/^name: .*$/m, "name: Dana Two");
    expect(await library.save("persona", PERSONA, edited, "api", "p.yaml")).toEqual({ version: 2, created: true });
    expect((await library.get("persona", PERSONA)).value.name).toBe("Dana Two");
    expect((await library.get("persona", PERSONA, 1)).value.name).toBe(first.value.name);
    expect((await library.versions("persona", PERSONA)).map((v) => [v.version, v.origin])).toEqual([
      [2, "api"],
      [1, `file:personas/${PERSONA}.yaml`],
    ]);
    const latest = await library.latest("persona");
    expect(latest.find((entry) => entry.id === PERSONA)?.version).toBe(2);
    expect(new Set(latest.map((entry) => entry.id)).size).toBe(latest.length);
    expect((await library.latest("rubric")).length).toBeGreaterThan(0);
    await expect(library.get("persona", "nobody")).rejects.toMatchObject({ code: "persona_not_found" });
    await expect(library.get("rubric", "retention-call", 99)).rejects.toMatchObject({ code: "rubric_not_found" });
    await expect(library.save("persona", "other-id", source, "api", "p.yaml")).rejects.toMatchObject({
      code: "id_mismatch",
    });
  });

  // A real offline eval run (seconds of CPU) builds the report, once for both databases: a longer timeout.
  it("stores eval runs with their report, lists them newest first with a total", async () => {
    const runs = createEvalRunStore(db);
    const report = await (sampleReport ??= sampleRunReport(["evals/grading/retention-call.yaml"]));
    const trainer = await person("trainer");
    const older = await runs.save({ userId: null, label: "a", report, startedAt: 1000, finishedAt: 2000 });
    const newer = await runs.save({ userId: trainer.id, label: "b", report, startedAt: 3000, finishedAt: 4000 });
    expect(newer).toMatchObject({ label: "b", storedBy: trainer.name, passed: report.passed, engine: report.engine });
    const { items, total } = await runs.list({ limit: 1, offset: 0 });
    expect(total).toBe(2);
    expect(items.map((item) => item.id)).toEqual([newer.id]);
    expect((await runs.list({ limit: 5, offset: 1 })).items.map((item) => item.id)).toEqual([older.id]);
    expect((await runs.get(older.id))?.report).toEqual(report);
    expect(await runs.get("nope")).toBeNull();
  }, 60_000);
});
