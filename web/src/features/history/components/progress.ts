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
