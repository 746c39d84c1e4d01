import { randomUUID } from "node:crypto";
import { and, eq, gt, inArray, ne, sql } from "drizzle-orm";
import type { Db } from "./database";

// The same key shape as the file store (voice/audio-store.ts): the turn's audio_path either way.
const KEY = /^[0-9a-f-]{36}\/[0-9]+-[0-9a-f]{8}\.[a-z0-9]{2,4}$/;

/**
 * Recordings in the database, for replicas that share no disk (the voice service's `AudioStore`).
 * Kept up to `maxBytes` in all: saving one drops the oldest beyond that (never the one just saved);
 * a dropped recording reads as gone, like a deleted file, and its turn keeps its words.
 */
export function createRecordingStore(db: Db, maxBytes: number) {
  const { orm } = db;
  const { recordings } = db.tables;

  async function dropOldestBeyond(keep: string) {
    const ranked = orm
      .select({
        key: recordings.key,
        kept: sql<number>`sum(${recordings.size}) over (order by ${recordings.createdAt} desc, ${recordings.key} desc)`
          .mapWith(Number)
          .as("kept"),
      })
      .from(recordings)
      .as("ranked");
    const over = orm.select({ key: ranked.key }).from(ranked).where(gt(ranked.kept, maxBytes));
    await orm.delete(recordings).where(and(inArray(recordings.key, over), ne(recordings.key, keep)));
  }

  return {
    async save(sessionId: string, bytes: Uint8Array, ext: string): Promise<string> {
      const createdAt = Date.now();
      const key = `${sessionId}/${createdAt}-${randomUUID().slice(0, 8)}.${ext}`;
      if (!KEY.test(key)) throw new Error(`not a recording key: ${key}`);
      await orm.insert(recordings).values({ key, sessionId, bytes: Buffer.from(bytes), size: bytes.length, createdAt });
      await dropOldestBeyond(key);
      return key;
    },
    async read(key: string): Promise<Uint8Array<ArrayBuffer> | null> {
      if (!KEY.test(key)) return null;
      const [row] = await orm.select({ bytes: recordings.bytes }).from(recordings).where(eq(recordings.key, key));
      return row ? new Uint8Array(row.bytes) : null;
    },
  };
}
