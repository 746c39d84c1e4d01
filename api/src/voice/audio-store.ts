import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Where recordings are kept, by key. Files under one directory here (SQLite: one process); on
 * PostgreSQL the runtime keeps them in the database instead (db/recording-store.ts), for replicas.
 */
export interface AudioStore {
  /** Saves a new recording for a session; returns its key (the path recorded with the turn). */
  save(sessionId: string, bytes: Uint8Array, ext: string): Promise<string>;
  /** null when the recording is gone. */
  read(key: string): Promise<Uint8Array<ArrayBuffer> | null>;
}

const KEY = /^[0-9a-f-]{36}\/[0-9]+-[0-9a-f]{8}\.[a-z0-9]{2,4}$/;

export function createFileAudioStore(dir: string): AudioStore {
  return {
    async save(sessionId, bytes, ext) {
      const key = `${sessionId}/${Date.now()}-${randomUUID().slice(0, 8)}.${ext}`;
      if (!KEY.test(key)) throw new Error(`not a recording key: ${key}`);
      await mkdir(path.join(dir, sessionId), { recursive: true });
      await writeFile(path.join(dir, key), bytes, { flag: "wx" });
      return key;
    },
    async read(key) {
      if (!KEY.test(key)) return null; // keys come from the database, but never trust a path
      try {
        return new Uint8Array(await readFile(path.join(dir, key)));
      } catch {
        return null;
      }
    },
  };
}
