import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachDialect, freshDatabase } from "../testing/databases";
import { readTurnEvents, startTestRuntime, type TestRuntime } from "../testing/test-runtime";

// Issue 20: at start, a replica frees the turn leases an earlier run under its own id left behind,
// and on a shared database only those (SQLite is one process: it frees them all).
describeEachDialect("turn leases at start", (dialect) => {
  it("frees this replica's own leases, and on PostgreSQL leaves other replicas' alone", async () => {
    const { location, drop } =
      dialect === "postgres"
        ? await freshDatabase("postgres")
        : { location: path.join(tmpdir(), `parley-lease-${process.pid}-${Date.now()}.db`), drop: async () => {} };
    const env = {
      ...(dialect === "postgres" ? { DATABASE_URL: location } : { PARLEY_DB: location }),
      PARLEY_TURN_LEASE_MS: "600000",
    };
    const open: TestRuntime[] = [];
    const start = async (replicaId: string) => {
      const runtime = await startTestRuntime({ ...env, PARLEY_REPLICA_ID: replicaId });
      open.push(runtime);
      return runtime;
    };
    const turn = (runtime: TestRuntime, id: string) =>
      runtime.json("POST", `/api/sessions/${id}/turns`, { text: "Sorry, where were we?" });
    try {
      const first = await start("replica-1");
      const response = await first.json("POST", "/api/sessions", { personaId: "cancel-after-outages", mode: "exam" });
      const { id } = ((await response.json()) as { session: { id: string } }).session;
      // replica-1 died mid-turn: its lease (ten minutes long) is still on the call.
      const { sessions } = first.db.tables;
      const now = Date.now();
      await first.db.orm
        .update(sessions)
        .set({ turnLockedAt: now, turnLockOwner: "replica-1", turnLockExpiresAt: now + 600_000 })
        .where(eq(sessions.id, id));
      await first.close();
      open.length = 0;

      const other = await start("replica-2");
      const refused = await turn(other, id);
      if (dialect === "postgres") {
        expect(refused.status).toBe(409);
        expect(await refused.json()).toMatchObject({ error: { code: "turn_in_progress" } });
        await start("replica-1");
        const taken = await turn(other, id);
        expect(taken.status).toBe(200);
        expect((await readTurnEvents(taken)).some((event) => event.type === "persona")).toBe(true);
      } else {
        expect(refused.status).toBe(200);
        expect((await readTurnEvents(refused)).some((event) => event.type === "persona")).toBe(true);
      }
    } finally {
      for (const runtime of open) await runtime.close();
      await drop();
      if (dialect === "sqlite") for (const end of ["", "-wal", "-shm"]) await rm(location + end, { force: true });
    }
  }, 60_000);
});
