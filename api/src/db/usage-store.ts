import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { ModelCallRecord } from "../llm/gateway";
import type { Db } from "./database";

const p = (name: string) => sql.placeholder(name);
const prepareInsert = ({ orm, tables: { modelCalls } }: Db) =>
  orm
    .insert(modelCalls)
    .values({
      id: p("id"),
      sessionId: p("sessionId"),
      userId: p("userId"),
      purpose: p("purpose"),
      model: p("model"),
      promptTokens: p("promptTokens"),
      completionTokens: p("completionTokens"),
      latencyMs: p("latencyMs"),
      ok: p("ok"),
      error: p("error"),
      createdAt: p("createdAt"),
    })
    .prepare("model_call_insert");

/** One prepared insert per database: every model call is recorded, so it is on every turn's path. */
const inserts = new WeakMap<Db, ReturnType<typeof prepareInsert>>();

/** Records each model call's tokens and latency, so cost is visible per session. */
export async function recordModelCall(db: Db, record: ModelCallRecord): Promise<void> {
  let insert = inserts.get(db);
  if (!insert) {
    insert = prepareInsert(db);
    inserts.set(db, insert);
  }
  await insert.execute(toRow(record));
}

/** Rows in one multi-row insert (11 columns each: far below SQLite's limit on bound parameters). */
const MAX_BATCH = 50;

/**
 * Model calls recorded in batches. Every turn reports three calls, each of which, written alone,
 * is a commit of its own on SQLite (a WAL append) costing more than the row; the calls reported
 * while the event loop runs one round (a busy server finishes many at once) go in one insert.
 * A failed write is passed to `onError`, never to the turn. `settled()` resolves once everything
 * reported so far is written (before the database closes; tests that read model_calls).
 */
export function createModelCallLog(db: Db, onError: (error: unknown) => void) {
  let pending: ModelCallRecord[] = [];
  let writing: Promise<void> = Promise.resolve();
  const writeBatch = async (batch: ModelCallRecord[]) => {
    for (let start = 0; start < batch.length; start += MAX_BATCH) {
      const slice = batch.slice(start, start + MAX_BATCH);
      try {
        if (slice.length === 1) await recordModelCall(db, slice[0]!);
        else await db.orm.insert(db.tables.modelCalls).values(slice.map(toRow));
      } catch (error) {
        onError(error);
      }
    }
  };
  const flush = () => {
    const batch = pending;
    pending = [];
    writing = writing.then(() => writeBatch(batch));
  };
  return {
    record(record: ModelCallRecord) {
      pending.push(record);
      if (pending.length === 1) setImmediate(flush);
    },
    async settled() {
      if (pending.length > 0) flush();
      await writing;
    },
  };
}

const toRow = (record: ModelCallRecord) => ({
  id: randomUUID(),
  sessionId: record.sessionId,
  userId: record.userId ?? null,
  purpose: record.purpose,
  model: record.model,
  promptTokens: record.promptTokens,
  completionTokens: record.completionTokens,
  latencyMs: record.latencyMs,
  ok: record.ok,
  error: record.error,
  createdAt: Date.now(),
});
