import { afterAll, beforeAll, expect, it } from "vitest";
import { createXapiStore } from "../db/xapi-store";
import { describeEachDialect } from "../testing/databases";
import { type FakeLrs, LRS_PASSWORD, LRS_USER, startFakeLrs } from "../testing/fake-lrs";
import { GOOD, playAndEnd, type ProgrammeWorld, startProgrammeWorld } from "../testing/programme-fixtures";
import { errorOf } from "../testing/signed-in-client";
import type { StatementResult } from "../xapi/statement-types";

interface OutboxStatus {
  pending: number;
  sent: number;
  parked: number;
  sending: boolean;
}

// An admin re-queues statements the LRS parked, once its fault is mended; on each database.
describeEachDialect("xAPI: re-queueing parked statements", (dialect) => {
  let w: ProgrammeWorld;
  let lrs: FakeLrs;
  let clock = Date.now();
  let refused = "";

  beforeAll(async () => {
    lrs = await startFakeLrs();
    await lrs.down();
    w = await startProgrammeWorld(
      { PARLEY_LRS_ENDPOINT: lrs.endpoint, PARLEY_LRS_USERNAME: LRS_USER, PARLEY_LRS_PASSWORD: LRS_PASSWORD },
      undefined,
      dialect,
      { xapiClock: () => clock },
    );
    const started = await w.lee.json<{ session: { id: string } }>("POST", "/api/sessions", {
      personaId: "cancel-after-outages",
      mode: "coach",
    });
    await playAndEnd(w.lee, started.session.id, GOOD);
    await w.parley.xapiFlush();
    const mine = await w.lee.json<StatementResult>("GET", "/api/xapi/statements");
    refused = mine.statements[1]?.id ?? "";
    expect(refused).not.toBe("");
    // The LRS refuses one statement for good (400): it is parked and the rest go on.
    lrs.refuse.set(refused, 400);
    await lrs.up();
    clock += 10 * 60_000;
    await w.parley.xapiFlush();
    await w.parley.xapiFlush();
    // A statement that breaks the xAPI rules, parked when it was recorded.
    await createXapiStore(w.parley.db).add([
      {
        id: "00000000-0000-5000-8000-000000000001",
        userId: w.ids.lee,
        sessionId: started.session.id,
        verb: "broken",
        statement: { id: "00000000-0000-5000-8000-000000000001", actor: {} },
        timestamp: clock,
        invalid: "actor: needs an mbox or account",
      },
    ]);
  }, 120_000);
  afterAll(async () => {
    await w.parley.close();
    await lrs.close();
  });

  it("shows admins the outbox; learners and trainers are refused", async () => {
    const status = await w.admin.json<OutboxStatus>("GET", "/api/xapi/outbox");
    expect(status).toMatchObject({ pending: 0, parked: 2, sending: true });
    expect(status.sent).toBeGreaterThanOrEqual(3);
    expect(lrs.stored.map((entry) => entry.id)).not.toContain(refused);
    for (const who of [w.lee, w.tess]) {
      for (const [method, url] of [
        ["GET", "/api/xapi/outbox"],
        ["POST", "/api/xapi/outbox/requeue"],
      ] as const) {
        const response = await who.call(method, url);
        expect(response.status).toBe(403);
        expect((await errorOf(response)).code).toBe("forbidden");
      }
    }
  });

  it("re-queues the valid parked statement, which the mended LRS then takes; the invalid one stays parked", async () => {
    lrs.refuse.delete(refused);
    const response = await w.admin.call("POST", "/api/xapi/outbox/requeue");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ requeued: 1, stillParked: 1, sending: true });
    await w.parley.xapiFlush();
    expect(lrs.stored.filter((entry) => entry.id === refused)).toHaveLength(1);
    expect(await w.admin.json<OutboxStatus>("GET", "/api/xapi/outbox")).toMatchObject({ pending: 0, parked: 1 });
    // Again: nothing left to re-queue.
    expect(await w.admin.json("POST", "/api/xapi/outbox/requeue")).toEqual({
      requeued: 0,
      stillParked: 1,
      sending: true,
    });
  });
});
