import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { ModelCallRecord } from "../llm/gateway";
import type { Db } from "./client";
import { modelCalls } from "./schema";

const p = (name: string) => sql.placeholder(name);
const prepareInsert = (db: Db) =>
  db
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
    .prepare();

/** One prepared insert per database: every model call is recorded, so it is on every turn's path. */
const inserts = new WeakMap<Db, ReturnType<typeof prepareInsert>>();

/** Records each model call's tokens and latency, so cost is visible per session. */
export function recordModelCall(db: Db, record: ModelCallRecord) {
  let insert = inserts.get(db);
  if (!insert) {
    insert = prepareInsert(db);
    inserts.set(db, insert);
  }
  insert.run({
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
}
