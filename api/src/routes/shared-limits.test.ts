import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { describeEachDialect, freshDatabase } from "../testing/databases";
import { errorOf, signIn } from "../testing/signed-in-client";
import { startTestRuntime, type TestRuntime } from "../testing/test-runtime";

// Issue 20: limits hold across replicas. Two runtimes on one database stand for two replicas behind
// a load balancer; a user's requests reach either.
const ADMIN = { email: "admin@example.com", password: "correct horse battery" };
const LEE = { name: "Lee", email: "lee@example.com", role: "learner", password: "long enough password" };

describeEachDialect("limits shared by replicas", (dialect) => {
  async function twoReplicas(run: (a: TestRuntime, b: TestRuntime) => Promise<void>) {
    const dir = mkdtempSync(path.join(tmpdir(), "parley-limits-"));
    const { location, drop } =
      dialect === "postgres"
        ? await freshDatabase("postgres")
        : { location: path.join(dir, "parley.db"), drop: async () => {} };
    const env = {
      ...(dialect === "postgres" ? { DATABASE_URL: location } : { PARLEY_DB: location }),
      PARLEY_AUTH: "accounts",
      PARLEY_ADMIN_EMAIL: ADMIN.email,
      PARLEY_ADMIN_PASSWORD: ADMIN.password,
      PARLEY_GRADES_PER_MINUTE: "3",
    };
    const a = await startTestRuntime(env);
    const b = await startTestRuntime(env);
    try {
      const admin = await signIn(a, ADMIN.email, ADMIN.password);
      expect((await admin.call("POST", "/api/users", LEE)).status).toBe(201);
      await run(a, b);
    } finally {
      await a.close();
      await b.close();
      await drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("counts a learner's grading on every replica against one per-minute limit", async () => {
    await twoReplicas(async (a, b) => {
      const onA = await signIn(a, LEE.email, LEE.password);
      const onB = await signIn(b, LEE.email, LEE.password);
      const grade = (client: typeof onA) =>
        client.call("POST", "/api/grade", {
          transcript: [{ index: 0, role: "rep", text: "I'm so sorry about that." }],
          rubricId: "retention-call",
        });
      for (const client of [onA, onB, onA]) expect((await grade(client)).status).toBe(200);
      for (const client of [onB, onA]) {
        const limited = await grade(client);
        expect(limited.status).toBe(429);
        expect(await errorOf(limited)).toMatchObject({ code: "rate_limited" });
      }
    });
  }, 60_000);

  it("backs off sign-in on every replica after wrong passwords on one", async () => {
    await twoReplicas(async (a, b) => {
      const login = (runtime: TestRuntime, password: string) =>
        runtime.app.request(
          "/api/auth/login",
          {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ email: LEE.email, password }),
          },
          { incoming: { socket: { remoteAddress: "10.0.0.1" } } },
        );
      for (let i = 0; i < 5; i++) expect((await login(a, `wrong ${i}`)).status).toBe(401);
      const limited = await login(b, LEE.password);
      expect(limited.status).toBe(429);
      expect(await errorOf(limited)).toMatchObject({ code: "rate_limited" });
    });
  }, 60_000);
});
