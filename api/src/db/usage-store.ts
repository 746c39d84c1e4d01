import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { ModelCallRecord } from "../llm/gateway";
import type { Db } from "./database";

type Row = Omit<ModelCallRecord, "userId"> & { id: string; userId: string | null; createdAt: number };

/** Rows per insert statement; a turn makes three model calls (four with a regenerated reply). */
const MAX_ROWS = 8;
const COLUMNS = [
  "id",
  "sessionId",
  "userId",
  "purpose",
  "model",
  "promptTokens",
  "completionTokens",
  "latencyMs",
  "ok",
  "error",
  "createdAt",
] as const;

const placeholders = (i: number) => {
  const p = (column: (typeof COLUMNS)[number]) => sql.placeholder(`${column}${i}`);
  return {
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
  };
};

const prepareInsert = ({ orm, tables: { modelCalls } }: Db, rows: number) =>
  orm
    .insert(modelCalls)
    .values(Array.from({ length: rows }, (_, i) => placeholders(i)))
    .prepare(`model_call_insert_${rows}`);

/** The prepared inserts of one database, by row count: every model call is recorded, so they are on every turn's path. */
const inserts = new WeakMap<Db, Map<number, ReturnType<typeof prepareInsert>>>();

async function insertRows(db: Db, rows: Row[]): Promise<void> {
  let byCount = inserts.get(db);
  if (!byCount) inserts.set(db, (byCount = new Map()));
  for (let start = 0; start < rows.length; start += MAX_ROWS) {
    const chunk = rows.slice(start, start + MAX_ROWS);
    let insert = byCount.get(chunk.length);
    if (!insert) byCount.set(chunk.length, (insert = prepareInsert(db, chunk.length)));
    const values: Record<string, unknown> = {};
    chunk.forEach((row, i) => {
      for (const column of COLUMNS) values[`${column}${i}`] = row[column];
    });
    await insert.execute(values);
  }
}

const toRow = (record: ModelCallRecord, userId: string | null): Row => ({
  id: randomUUID(),
  sessionId: record.sessionId,
  userId,
  purpose: record.purpose,
  model: record.model,
  promptTokens: record.promptTokens,
  completionTokens: record.completionTokens,
  latencyMs: record.latencyMs,
  ok: record.ok,
  error: record.error,
  createdAt: Date.now(),
});

/** Records one model call's tokens and latency, so cost is visible per session. */
export async function recordModelCall(db: Db, record: ModelCallRecord): Promise<void> {
  await insertRows(db, [toRow(record, record.userId ?? null)]);
}

/**
 * Every model call's record, written as it is reported, except during a held turn: a turn's calls
 * are kept and written together when it ends (one statement and one commit instead of one per
 * call), before its lease is released and its stream ends, so whoever reads them after the turn,
 * and the next turn's budget check, sees them all. A call is charged to its `userId`, else to the
 * session's owner (`ownerOf`). A failed write is logged, never the turn's failure.
 */
export function createModelCallLog(
  db: Db,
  ownerOf: (sessionId: string) => Promise<string | null>,
  log: (message: string) => void = console.error,
) {
  const held = new Map<string, Row[]>();

  async function write(records: Row[], sessionId: string | null): Promise<void> {
    const owner = sessionId && records.some((row) => row.userId === null) ? await ownerOf(sessionId) : null;
    await insertRows(
      db,
      records.map((row) => ({ ...row, userId: row.userId ?? owner })),
    );
  }
  const written = (rows: Row[], sessionId: string | null) =>
    write(rows, sessionId).catch((error: unknown) => log(`Could not record a model call: ${String(error)}`));

  return {
    /** The gateway's report of one call. */
    record(record: ModelCallRecord): void {
      const row = toRow(record, record.userId ?? null);
      const turn = record.sessionId === null ? undefined : held.get(record.sessionId);
      if (turn) turn.push(row);
      else void written([row], record.sessionId);
    },

    /** Holds this session's calls until the returned `flush`, which writes them (and never throws). */
    hold(sessionId: string): () => Promise<void> {
      const rows: Row[] = [];
      held.set(sessionId, rows);
      return async () => {
        if (held.get(sessionId) === rows) held.delete(sessionId);
        if (rows.length > 0) await written(rows, sessionId);
      };
    },
  };
}

export type ModelCallLog = ReturnType<typeof createModelCallLog>;
