import { api } from "./api-client";
import { unwrap } from "./api-error";

/** The largest page `GET /api/xapi/statements` serves. */
const PAGE = 1000;

export interface StatementRange {
  /** A user id; absent: the signed-in user's own (local mode has no ids to pick). */
  learner?: string | undefined;
  /** `YYYY-MM-DD`, the first day, local time. */
  from: string;
  /** `YYYY-MM-DD`, the last day (included), local time. */
  to: string;
}

/** The API's `since` is exclusive and `until` inclusive: a day range in the user's own time zone. */
export function rangeBounds(from: string, to: string): { since: string; until: string } {
  const start = new Date(`${from}T00:00:00`);
  const end = new Date(`${to}T00:00:00`);
  end.setDate(end.getDate() + 1);
  return {
    since: new Date(start.getTime() - 1).toISOString(),
    until: new Date(end.getTime() - 1).toISOString(),
  };
}

/** Every statement in the range, following the API's `more` pages, as one xAPI StatementResult. */
export async function fetchStatements(range: StatementRange) {
  const { since, until } = rangeBounds(range.from, range.to);
  const statements: Awaited<ReturnType<typeof page>>["statements"] = [];
  let after: string | undefined;
  for (;;) {
    const result = await page({ since, until, after, learner: range.learner });
    statements.push(...result.statements);
    after = result.more
      ? (new URL(result.more, window.location.origin).searchParams.get("after") ?? undefined)
      : undefined;
    if (!after) return { statements, more: "" };
  }
}

const page = (query: { since: string; until: string; after?: string | undefined; learner?: string | undefined }) =>
  unwrap(
    api.xapi.statements.$get({
      query: {
        since: query.since,
        until: query.until,
        limit: String(PAGE),
        ...(query.after ? { after: query.after } : {}),
        ...(query.learner ? { learner: query.learner } : {}),
      },
    }),
  );

/** Hands a JSON document to the browser as a file download. */
export function saveJson(fileName: string, value: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
