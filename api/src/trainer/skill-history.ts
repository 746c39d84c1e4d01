import type { Principal } from "../auth/principal";
import type { LibraryStore } from "../db/library-store";
import type { TeamCalls } from "../db/team-calls";
import type { Versioned } from "../db/library-store";
import type { Rubric } from "../library/rubric-schema";
import { placeUnderSkills, type SkillResult, type SkillRubric, skillRows } from "./skill-scores";
import { resultsOf } from "./team-skills";

export type HistoryGrouping = "skill" | "criterion";

/** "By criterion" keeps each rubric's criterion its own row; "by skill" puts every rubric's criteria of a skill in one. */
const regroup = (results: SkillResult[], by: HistoryGrouping) =>
  by === "skill"
    ? results
    : results.map((result) => ({
        ...result,
        skillId: `${result.rubricId}.${result.criterionId}`,
        skillName: result.criterionName,
      }));

/**
 * A learner's progress over time from their own scored calls (no sandbox or abandoned calls): per
 * skill (or criterion) the mean on the 0-100 scale, and one point per call that scored it (the mean
 * of its criteria of that skill in that call), oldest first, with the criteria underneath.
 */
export function summarizeHistory(calls: Parameters<typeof resultsOf>[0], rubrics: SkillRubric[], by: HistoryGrouping) {
  const results = regroup(placeUnderSkills(resultsOf(calls), rubrics), by);
  const rows = skillRows(results).map(({ results: rowResults, ...row }) => {
    const points = new Map<string, { sessionId: string; at: number; scores: number[] }>();
    for (const result of rowResults) {
      const point = points.get(result.callId) ?? { sessionId: result.callId, at: result.at, scores: [] };
      point.scores.push(result.normalised);
      points.set(result.callId, point);
    }
    const series = [...points.values()]
      .sort((a, b) => a.at - b.at)
      .map(({ scores, ...point }) => ({
        ...point,
        score: Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10) / 10,
      }));
    return { ...row, series, first: series[0]?.score ?? null, latest: series.at(-1)?.score ?? null };
  });
  return {
    by,
    calls: calls.map((call) => ({
      sessionId: call.sessionId,
      personaId: call.personaId,
      rubricId: call.rubricId,
      at: call.createdAt,
    })),
    rows,
  };
}

export type HistorySummary = ReturnType<typeof summarizeHistory>;

/** `GET /api/history`: the signed-in user's own calls only, whatever their role. */
export function createSkillHistory({ calls, library }: { calls: TeamCalls; library: LibraryStore }) {
  return async (principal: Principal, by: HistoryGrouping): Promise<HistorySummary> => {
    const own = await calls.scoredCalls({ kind: "user", userId: principal.id });
    return summarizeHistory(own, rubricsForSkills(await library.latest("rubric")), by);
  };
}

export type SkillHistory = ReturnType<typeof createSkillHistory>;

/** The latest rubrics as skill rows need them. */
export const rubricsForSkills = (entries: Versioned<Rubric>[]): SkillRubric[] =>
  entries.map((entry) => ({
    id: entry.id,
    name: entry.value.name,
    scale: entry.value.scale,
    pass: entry.value.pass.overall,
    criteria: entry.value.criteria.map(({ id, name, skill }) => ({ id, name, skill })),
  }));
