import { skillId, skillOf } from "../library/skills";
import { type CriterionScore, meansBy, placeUnderSkills, type SkillRubric, skillRows } from "./skill-scores";

/** What the skill rows need of a scored call. */
export interface SkillCall {
  sessionId: string;
  userId: string;
  personaId: string;
  rubricId: string;
  createdAt: number;
  criteria: { id: string; name: string; score: number | null }[];
}

/** A call's scored criteria as results (unscored ones count for nothing, as in the criterion rows). */
export function resultsOf(calls: SkillCall[]): (CriterionScore & { personaId: string })[] {
  return calls.flatMap((call) =>
    call.criteria.flatMap((criterion) =>
      criterion.score === null
        ? []
        : [
            {
              callId: call.sessionId,
              userId: call.userId,
              personaId: call.personaId,
              rubricId: call.rubricId,
              criterionId: criterion.id,
              criterionName: criterion.name,
              at: call.createdAt,
              score: criterion.score,
            },
          ],
    ),
  );
}

/**
 * The team view in skills: per skill the team's mean (0-100), per learner and per week, the
 * criteria underneath, and the scenarios that practise it (personas whose rubric scores it, or
 * that a call scoring it used). `weakest`: the same rule as for criteria, on the 0-100 scale.
 */
export function teamSkills(
  calls: SkillCall[],
  scenarios: { personas: { id: string; name: string; rubric: string | null }[]; rubrics: SkillRubric[] },
  weekOf: (at: number) => string,
  minAttempts: number,
) {
  const results = placeUnderSkills(resultsOf(calls), scenarios.rubrics);
  const personaOfCall = new Map(calls.map((call) => [call.sessionId, call.personaId]));
  const rubricsBySkill = new Map<string, Set<string>>();
  for (const rubric of scenarios.rubrics)
    for (const criterion of rubric.criteria) {
      const id = skillId(skillOf(criterion));
      rubricsBySkill.set(id, (rubricsBySkill.get(id) ?? new Set()).add(rubric.id));
    }
  const skills = skillRows(results).map(({ results: rowResults, ...row }) => {
    const rubricIds = rubricsBySkill.get(row.id) ?? new Set<string>();
    const used = new Set(rowResults.map((result) => personaOfCall.get(result.callId)));
    return {
      ...row,
      byLearner: meansBy(rowResults, (result) => result.userId).map(({ key, ...mean }) => ({
        learnerId: key,
        ...mean,
      })),
      byWeek: meansBy(rowResults, (result) => weekOf(result.at))
        .map(({ key, ...mean }) => ({ week: key, ...mean }))
        .sort((a, b) => a.week.localeCompare(b.week)),
      scenarios: scenarios.personas
        .filter((persona) => (persona.rubric !== null && rubricIds.has(persona.rubric)) || used.has(persona.id))
        .map((persona) => ({ personaId: persona.id, name: persona.name })),
    };
  });
  const weakest = skills
    .filter(
      (skill) =>
        skill.mean !== null && skill.passMark !== null && skill.attempts >= minAttempts && skill.mean < skill.passMark,
    )
    .map((skill) => skill.id);
  return { skills, weakestSkills: weakest };
}
