import { afterEach, beforeEach, expect, it } from "vitest";
import { createUserStore, LOCAL_USER_ID } from "../db/user-store";
import { createXapiStore, type XapiStore } from "../db/xapi-store";
import { describeEachDialect, openFreshDatabase } from "../testing/databases";
import { type FakeLrs, LRS_PASSWORD, LRS_USER, startFakeLrs } from "../testing/fake-lrs";
import { outcomeOf, putStatement } from "./lrs-client";
import { backoffAfter, createOutbox, type Outbox } from "./outbox";
import { statementId } from "./statement-id";
import { callStatements } from "./statements";
import { parleyIris } from "./vocabulary";

const iris = parleyIris("http://127.0.0.1:8787");
const BACKOFF = { backoffMs: 1000, maxBackoffMs: 8000 };

/** Valid statements (each call's "attempted"), one per call, recorded in order. */
function attempts(count: number, from = 0) {
  return Array.from({ length: count }, (_, i) => {
    const id = statementId(`call-${from + i}`);
    const [made] = callStatements(
      {
        session: {
          id,
          personaId: "p",
          personaVersion: 1,
          rubricId: "r",
          rubricVersion: 1,
          mode: "coach",
          difficulty: "easy",
          engine: "offline",
          assignmentId: null,
          certification: false,
          forkedFrom: null,
          createdAt: 1_780_000_000_000 + i,
          endedAt: null,
        },
        learner: { id: LOCAL_USER_ID, name: "You", email: null },
        persona: { name: "P", summary: "S" },
        rubric: { name: "R", scale: { min: 1, max: 5 } },
        assignment: null,
      },
      null,
      iris,
    );
    if (!made) throw new Error("no statement");
    return { ...made, sessionId: id };
  });
}

describeEachDialect("xAPI outbox", (dialect) => {
  let lrs: FakeLrs;
  let store: XapiStore;
  let outbox: Outbox;
  let clock = 1_800_000_000_000;
  let close: () => Promise<void>;
  const log: string[] = [];

  beforeEach(async () => {
    const fresh = await openFreshDatabase(dialect);
    close = fresh.close;
    await createUserStore(fresh.db, 90).ensureLocalUser();
    store = createXapiStore(fresh.db);
    lrs = await startFakeLrs();
    const config = {
      endpoint: lrs.endpoint.replace(/\/$/, ""),
      username: LRS_USER,
      password: LRS_PASSWORD,
      timeoutMs: 2000,
    };
    outbox = createOutbox({
      store,
      lrs: BACKOFF,
      send: (statement) => putStatement(config, statement),
      exclusive: (work) => fresh.db.exclusive("xapiOutbox", work),
      log: (line) => log.push(line),
      now: () => clock,
    });
  });
  afterEach(async () => {
    outbox.stop();
    await lrs.close();
    await close();
  });

  const record = (made: ReturnType<typeof attempts>) =>
    store.add(
      made.map(({ verb, statement, sessionId }) => ({
        id: statement.id,
        userId: LOCAL_USER_ID,
        sessionId,
        verb,
        statement,
        timestamp: Date.parse(statement.timestamp),
        invalid: null,
      })),
    );

  it("delivers each statement once, in the order recorded; recording one again adds nothing", async () => {
    const made = attempts(5);
    expect(await record(made)).toHaveLength(5);
    expect(await record(made)).toEqual([]);
    await outbox.flush();
    await outbox.flush();
    expect(lrs.stored.map((entry) => entry.id)).toEqual(made.map((entry) => entry.statement.id));
    expect(lrs.requests).toHaveLength(5);
    expect(await store.counts()).toEqual({ pending: 0, sent: 5, parked: 0 });
  });

  it("while the LRS is down keeps everything, backs off (doubling), and sends it all in order when it is back", async () => {
    await lrs.down();
    const made = attempts(4);
    await record(made.slice(0, 2));
    await outbox.flush();
    const [head] = await store.byIds([made[0]?.statement.id ?? ""]);
    expect(head).toMatchObject({ status: "pending", attempts: 1, nextAttemptAt: clock + 1000 });
    expect(head?.lastError).toMatch(/LRS unreachable/);
    await record(made.slice(2));
    await outbox.flush(); // not yet due: no try
    expect((await store.byIds([head?.id ?? ""]))[0]?.attempts).toBe(1);
    clock += 1000;
    await outbox.flush();
    expect((await store.byIds([head?.id ?? ""]))[0]).toMatchObject({ attempts: 2, nextAttemptAt: clock + 2000 });
    await lrs.up();
    await outbox.flush(); // the backoff still holds
    expect(lrs.stored).toEqual([]);
    clock += 2000;
    await outbox.flush();
    expect(lrs.stored.map((entry) => entry.id)).toEqual(made.map((entry) => entry.statement.id));
    expect(lrs.requests.every((request) => request.status === 204)).toBe(true);
    expect(await store.counts()).toEqual({ pending: 0, sent: 4, parked: 0 });
  });

  it("parks a statement the LRS refuses with a 4xx (with the reason) and goes on; 429 and 5xx wait and retry", async () => {
    const made = attempts(3);
    const [first, second, third] = made.map((entry) => entry.statement.id);
    lrs.refuse.set(second ?? "", 400);
    lrs.refuse.set(third ?? "", 429);
    await record(made);
    await outbox.flush();
    expect(lrs.stored.map((entry) => entry.id)).toEqual([first]);
    const rows = await store.byIds([second ?? "", third ?? ""]);
    expect(rows.find((row) => row.id === second)).toMatchObject({ status: "parked" });
    expect(rows.find((row) => row.id === second)?.lastError).toMatch(/LRS answered 400: refused/);
    expect(rows.find((row) => row.id === third)).toMatchObject({ status: "pending", attempts: 1 });
    lrs.refuse.delete(third ?? "");
    clock += 1000;
    await outbox.flush();
    await outbox.flush();
    expect(lrs.stored.map((entry) => entry.id)).toEqual([first, third]);
    expect(lrs.requests.filter((request) => request.id === second)).toHaveLength(1);
  });

  it("counts a 409 (the LRS already holds that id) as sent", async () => {
    const made = attempts(1);
    lrs.refuse.set(made[0]?.statement.id ?? "", 409);
    await record(made);
    await outbox.flush();
    expect(await store.counts()).toEqual({ pending: 0, sent: 1, parked: 0 });
  });
});

it("reads LRS answers as the outbox must", () => {
  expect([200, 204, 409].map((status) => outcomeOf(status, "").kind)).toEqual(["sent", "sent", "sent"]);
  expect([400, 404, 413].map((status) => outcomeOf(status, "bad").kind)).toEqual(["park", "park", "park"]);
  expect([401, 403, 408, 429, 500, 503].map((status) => outcomeOf(status, "").kind)).toEqual(Array(6).fill("retry"));
  expect([1, 2, 3, 4, 5].map((failures) => backoffAfter(failures, BACKOFF))).toEqual([1000, 2000, 4000, 8000, 8000]);
});
