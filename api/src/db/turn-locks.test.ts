import { eq } from "drizzle-orm";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { describeEachDialect, openFreshDatabase, TEST_CALL } from "../testing/databases";
import type { Db } from "./database";
import { createSessionStore } from "./session-store";
import { createTurnLocks, STALE_LOCK_MS } from "./turn-locks";
import { createUserStore } from "./user-store";

// Turn leases (issue 20): one turn at a time per call across replicas, renewed while the turn runs,
// freed by its holder or by running out.

const call = TEST_CALL;

describeEachDialect("turn leases", (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  const lines: string[] = [];
  // Two replicas on one database, and a short lease so a test can see it renewed and run out.
  const replica = (replicaId: string, ms = 400) => createTurnLocks(db, { ms, replicaId }, (line) => lines.push(line));
  const sessions = () => createSessionStore(db);
  const row = async (id: string) => (await sessions().get(id))!;
  beforeEach(async () => {
    ({ db, close } = await openFreshDatabase(dialect));
    await createUserStore(db).ensureLocalUser();
    lines.length = 0;
  });
  afterEach(() => close());

  it("takes a call's lease once, frees it, and never leases an ended call", async () => {
    const [a, b] = [replica("a"), replica("b")];
    const { id } = await sessions().create(call, []);
    const lease = await a.lock(id);
    expect(lease).not.toBeNull();
    expect(await a.lock(id)).toBeNull();
    expect(await b.lock(id)).toBeNull();
    expect(await row(id)).toMatchObject({ turnLockOwner: "a" });
    expect(a.isLocked(await row(id))).toBe(true);
    expect(await sessions().abandon(id)).toBe(false);
    await lease!.release();
    expect(await row(id)).toMatchObject({ turnLockedAt: null, turnLockOwner: null, turnLockExpiresAt: null });
    const again = await b.lock(id);
    expect(again).not.toBeNull();
    await again!.release();
    await sessions().end(id, "resolved");
    expect(await a.lock(id)).toBeNull();
  });

  it("renews the lease while the turn runs, so another replica cannot take it after the first expiry", async () => {
    const [a, b] = [replica("a"), replica("b")];
    const { id } = await sessions().create(call, []);
    const lease = (await a.lock(id))!;
    const firstExpiry = (await row(id)).turnLockExpiresAt!;
    await vi.waitFor(async () => expect((await row(id)).turnLockExpiresAt!).toBeGreaterThan(firstExpiry + 200), {
      timeout: 5_000,
      interval: 50,
    });
    await vi.waitFor(() => expect(Date.now()).toBeGreaterThan(firstExpiry + 50), { timeout: 5_000 });
    expect(await b.lock(id)).toBeNull();
    expect(lease.held()).toBe(true);
    await lease.release();
  });

  it("lets another replica take a lease that ran out (its holder crashed), and the late holder frees nothing", async () => {
    const [a, b, c] = [replica("a", 60_000), replica("b"), replica("c")];
    const { sessions: table } = db.tables;
    const { id } = await sessions().create(call, []);
    // A replica that died mid-turn: its lease is on the row and nobody renews it.
    const now = Date.now();
    await db.orm
      .update(table)
      .set({ turnLockedAt: now - 20_000, turnLockOwner: "dead", turnLockExpiresAt: now - 5_000 })
      .where(eq(table.id, id));
    expect(b.isLocked(await row(id))).toBe(false);
    const taken = (await b.lock(id))!;
    expect(taken).not.toBeNull();
    await taken.release();

    // A holder whose lease ran out (a long stall) finds it gone at its next renewal...
    const stalled = (await replica("a", 300).lock(id))!;
    await db.orm
      .update(table)
      .set({ turnLockExpiresAt: Date.now() - 1 })
      .where(eq(table.id, id));
    const next = (await c.lock(id))!;
    expect(next).not.toBeNull();
    await vi.waitFor(() => expect(stalled.held()).toBe(false), { timeout: 5_000, interval: 50 });
    expect(lines.join("\n")).toContain(`lost the turn lease on call ${id}`);
    // ...and releasing it leaves the new holder's lease alone.
    await stalled.release();
    expect(await row(id)).toMatchObject({ turnLockOwner: "c" });
    expect(await a.lock(id)).toBeNull();
    await next.release();
  });

  it("at start frees only this replica's own leases on a shared database (all of them on SQLite)", async () => {
    const [a, b] = [replica("a", 60_000), replica("b", 60_000)];
    const [first, second] = [await sessions().create(call, []), await sessions().create(call, [])];
    await a.lock(first.id);
    await b.lock(second.id);
    expect(await a.releaseOwnLocks()).toBe(1);
    expect(await row(first.id)).toMatchObject({ turnLockOwner: null, turnLockExpiresAt: null });
    expect(await row(second.id)).toMatchObject({ turnLockOwner: "b" });
    await a.releaseAllLocks();
    expect(await row(second.id)).toMatchObject({ turnLockedAt: null, turnLockOwner: null });
  });

  it("reads a lock from a Parley without leases (a timestamp only) as held for 5 minutes", async () => {
    const a = replica("a");
    const { sessions: table } = db.tables;
    const { id } = await sessions().create(call, []);
    await db.orm.update(table).set({ turnLockedAt: Date.now() }).where(eq(table.id, id));
    expect(a.isLocked(await row(id))).toBe(true);
    expect(await a.lock(id)).toBeNull();
    const stale = Date.now() - STALE_LOCK_MS - 1000;
    await db.orm.update(table).set({ turnLockedAt: stale }).where(eq(table.id, id));
    expect(a.isLocked({ turnLockedAt: stale, turnLockExpiresAt: null })).toBe(false);
    const lease = await a.lock(id);
    expect(lease).not.toBeNull();
    await lease!.release();
  });
});
