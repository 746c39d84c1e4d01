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
  await insert.execute({
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
