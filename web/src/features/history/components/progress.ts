import type { SessionSummary } from "../api/get-sessions";

export interface CriterionSeries {
  id: string;
  name: string;
  /** One score per attempt (oldest first); null where that attempt did not score it. */
  scores: (number | null)[];
}

export interface RubricProgress {
  rubricId: string;
  attempts: { sessionId: string; at: number; overall: number | null }[];
  criteria: CriterionSeries[];
}

/** Scored sessions grouped by rubric, oldest first, with one series per criterion. Pure: unit-tested. */
export function progressByRubric(sessions: SessionSummary[]): RubricProgress[] {
  const groups = new Map<string, SessionSummary[]>();
  for (const session of sessions) {
    if (!session.scorecard) continue;
    groups.set(session.rubricId, [...(groups.get(session.rubricId) ?? []), session]);
  }
  return [...groups.entries()].map(([rubricId, list]) => {
    const ordered = [...list].sort((a, b) => a.createdAt - b.createdAt);
    const names = new Map<string, string>();
    for (const session of ordered) for (const c of session.scorecard?.criteria ?? []) names.set(c.id, c.name);
    return {
      rubricId,
      attempts: ordered.map((s) => ({ sessionId: s.id, at: s.createdAt, overall: s.scorecard?.overall ?? null })),
      criteria: [...names.entries()].map(([id, name]) => ({
        id,
        name,
        scores: ordered.map((s) => s.scorecard?.criteria.find((c) => c.id === id)?.score ?? null),
      })),
    };
  });
}

/**
 * The axes every small chart of one rubric shares: a date under each attempt (with the time when
 * two fall on the same day) and a score range from the scale's bottom (1, or lower if a score is)
 * to its top, so no line is drawn below the lowest score a rubric can give.
 */
export function progressAxes(
  progress: RubricProgress,
  locale?: string,
): { labels: string[]; min: number; max: number } {
  const scores = progress.criteria.flatMap((c) => c.scores.filter((s): s is number => s !== null));
  const day = (at: number) => new Date(at).toLocaleDateString(locale, { month: "short", day: "numeric" });
  const days = progress.attempts.map((attempt) => day(attempt.at));
  const labels = progress.attempts.map((attempt, i) =>
    days.filter((d) => d === days[i]).length > 1
      ? `${days[i]} ${new Date(attempt.at).toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" })}`
      : (days[i] ?? ""),
  );
  return { labels, min: Math.min(1, ...scores), max: Math.max(5, ...scores) };
}
