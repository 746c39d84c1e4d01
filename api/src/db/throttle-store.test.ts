import { afterEach, beforeEach, expect, it } from "vitest";
import { describeEachDialect, openFreshDatabase } from "../testing/databases";
import type { Db } from "./database";
import { createThrottleStore, type ThrottleStore } from "./throttle-store";

describeEachDialect("the throttle store", (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  let store: ThrottleStore;
  beforeEach(async () => {
    ({ db, close } = await openFreshDatabase(dialect));
    store = createThrottleStore(db);
  });
  afterEach(() => close());

  it("lets `limit` requests through per window, per key, then starts a new window", async () => {
    const t = 1_000_000;
    for (const at of [t, t + 10, t + 20]) expect(await store.take("grade:lee", 3, 60_000, at)).toEqual({ ok: true });
    expect(await store.take("grade:lee", 3, 60_000, t + 30)).toEqual({ ok: false, retryAfterMs: 59_970 });
    expect(await store.take("grade:lee", 3, 60_000, t + 59_999)).toEqual({ ok: false, retryAfterMs: 1 });
    expect(await store.take("grade:kim", 3, 60_000, t + 30)).toEqual({ ok: true });
    // The window has ended: a new one starts with this request.
    for (const at of [t + 60_000, t + 60_001, t + 60_002])
      expect(await store.take("grade:lee", 3, 60_000, at)).toEqual({ ok: true });
    expect(await store.take("grade:lee", 3, 60_000, t + 60_003)).toEqual({ ok: false, retryAfterMs: 59_997 });
  });

  it("never lets more than the limit through when many arrive at once", async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => store.take("audio:lee", 5, 60_000)));
    const through = answers.filter((answer) => answer.ok).length;
    expect(through).toBe(5);
  });

  it("counts wrong passwords per key and forgets them on clear", async () => {
    const failures = store.signInFailures;
    expect(await failures.get("account:lee@example.com")).toBeUndefined();
    await failures.fail("account:lee@example.com", 100);
    await failures.fail("account:lee@example.com", 200);
    await failures.fail("address:10.0.0.1", 200);
    expect(await failures.get("account:lee@example.com")).toEqual({ failures: 2, lastAt: 200 });
    await failures.clear("account:lee@example.com");
    expect(await failures.get("account:lee@example.com")).toBeUndefined();
    expect(await failures.get("address:10.0.0.1")).toEqual({ failures: 1, lastAt: 200 });
  });
});
