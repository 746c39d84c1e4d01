import { randomUUID } from "node:crypto";
import type { ModelCallRecord } from "../llm/gateway";
import type { Db } from "./client";
import { modelCalls } from "./schema";

/** Records each model call's tokens and latency, so cost is visible per session. */
export function recordModelCall(db: Db, record: ModelCallRecord) {
  db.insert(modelCalls)
    .values({ id: randomUUID(), ...record, createdAt: Date.now() })
    .run();
}
