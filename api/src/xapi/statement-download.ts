import type { Principal } from "../auth/principal";
import type { StatementScope, XapiStore } from "../db/xapi-store";
import { DomainError } from "../errors";
import type { Statement, StatementResult } from "./statement-types";

export interface DownloadQuery {
  /** A user id; absent: every learner the principal may see. */
  learner?: string | undefined;
  /** Epoch ms: statements after it (exclusive), as xAPI's `since`. */
  since?: number | undefined;
  /** Epoch ms: statements at or before it (inclusive), as xAPI's `until`. */
  until?: number | undefined;
  limit: number;
  /** Where the previous page stopped (`more`). */
  after?: { timestamp: number; id: string } | undefined;
}

const notFound = () => new DomainError("learner_not_found", "No such learner among those you can see.");

/**
 * Whose statements a principal may download: a learner only their own, a trainer their team's
 * learners' (none without a team), an admin everyone's. A learner outside that answers as not
 * found, whether or not they exist.
 */
async function scopeFor(
  store: Pick<XapiStore, "learner">,
  principal: Principal,
  learnerId: string | undefined,
): Promise<StatementScope | null> {
  if (principal.role === "learner") {
    if (learnerId !== undefined && learnerId !== principal.id) throw notFound();
    return { kind: "learner", userId: principal.id };
  }
  if (learnerId === undefined) {
    if (principal.role === "admin") return { kind: "all" };
    return principal.teamId === null ? null : { kind: "team", teamId: principal.teamId };
  }
  const learner = await store.learner(learnerId);
  if (!learner) throw notFound();
  if (principal.role === "trainer" && (principal.teamId === null || learner.teamId !== principal.teamId))
    throw notFound();
  return { kind: "learner", userId: learner.id };
}

const cursorOf = (statement: { timestamp: number; id: string }) => `${statement.timestamp}.${statement.id}`;

/** Reads a `more` cursor back; null when it is not one of ours. */
export function parseCursor(value: string): { timestamp: number; id: string } | null {
  const match = /^(\d{1,15})\.([0-9a-f-]{36})$/.exec(value);
  return match?.[1] && match[2] ? { timestamp: Number(match[1]), id: match[2] } : null;
}

/** The statements a principal may download, oldest first, as an xAPI StatementResult (paged by `more`). */
export function createStatementDownload(store: Pick<XapiStore, "learner" | "list">) {
  return async function download(principal: Principal, query: DownloadQuery): Promise<StatementResult> {
    const scope = await scopeFor(store, principal, query.learner);
    if (!scope) return { statements: [], more: "" };
    const rows = await store.list(scope, query, query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    let more = "";
    if (rows.length > query.limit && last) {
      const params = new URLSearchParams();
      if (query.learner !== undefined) params.set("learner", query.learner);
      if (query.since !== undefined) params.set("since", new Date(query.since).toISOString());
      if (query.until !== undefined) params.set("until", new Date(query.until).toISOString());
      params.set("limit", String(query.limit));
      params.set("after", cursorOf(last));
      more = `/api/xapi/statements?${params.toString()}`;
    }
    return { statements: page.map((row) => row.statement as Statement), more };
  };
}
