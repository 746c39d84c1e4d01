import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, expect, it } from "vitest";
import { describeEachDialect, openFreshDatabase } from "../testing/databases";
import type { Db } from "./database";
import { createRecordingStore } from "./recording-store";

describeEachDialect("recordings in the database", (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeEach(async () => {
    ({ db, close } = await openFreshDatabase(dialect));
  });
  afterEach(() => close());

  const clip = (size: number, fill: number) => new Uint8Array(size).fill(fill);

  it("reads back what was saved, byte for byte, and nothing for an unknown or malformed key", async () => {
    const store = createRecordingStore(db, 1_000_000);
    const session = randomUUID();
    const bytes = new Uint8Array([0, 1, 2, 253, 254, 255, 82, 73, 70, 70]);
    const key = await store.save(session, bytes, "wav");
    expect(key).toMatch(new RegExp(`^${session}/\\d+-[0-9a-f]{8}\\.wav$`));
    expect(await store.read(key)).toEqual(bytes);
    expect(await store.read(`${session}/1-00000000.wav`)).toBeNull();
    expect(await store.read("../etc/passwd")).toBeNull();
  });

  it("keeps at most the configured size in all, dropping the oldest first, never the one just saved", async () => {
    const store = createRecordingStore(db, 250);
    const session = randomUUID();
    const first = await store.save(session, clip(100, 1), "wav");
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await store.save(session, clip(100, 2), "wav");
    await new Promise((resolve) => setTimeout(resolve, 5));
    const third = await store.save(session, clip(100, 3), "wav");
    expect(await store.read(first)).toBeNull();
    expect(await store.read(second)).toEqual(clip(100, 2));
    expect(await store.read(third)).toEqual(clip(100, 3));
    const huge = await store.save(session, clip(400, 4), "wav");
    expect(await store.read(huge)).toEqual(clip(400, 4));
    expect(await store.read(third)).toBeNull();
  });
});
