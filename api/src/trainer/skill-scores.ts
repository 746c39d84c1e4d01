import { skillId, skillOf } from "../library/skills";

/** What skills are computed from: a rubric's scale, pass mark and each criterion's skill. */
export interface SkillRubric {
  id: string;
  name: string;
  scale: { min: number; max: number };
  /** The rubric's pass mark; default: the middle of the scale. */
  pass?: number;
  criteria: { id: string; name: string; skill?: string | undefined }[];
}

/** One criterion result of one scored call. */
export interface CriterionScore {
  callId: string;
  userId: string;
  rubricId: string;
  criterionId: string;
  criterionName: string;
  at: number;
  score: number;
}

/**
 * Where a score sits on its rubric's scale, as a percentage: the bottom of the scale is 0, the top
 * 100 (a 3 on 1-5 is 50; a 2 on 0-4 is 50). Rubrics with different scales compare only this way.
 */
export function normalise(score: number, scale: { min: number; max: number }): number {
  if (scale.max === scale.min) return 100;
  return Math.round(((score - scale.min) / (scale.max - scale.min)) * 1000) / 10;
}

export const passMarkOf = (rubric: Pick<SkillRubric, "scale" | "pass">) =>
  rubric.pass ?? (rubric.scale.min + rubric.scale.max) / 2;

/** A result placed under its skill, with its score and its rubric's pass mark on the 0-100 scale. */
export interface SkillResult extends CriterionScore {
  skillId: string;
  skillName: string;
  rubricName: string;
  scale: { min: number; max: number };
  pass: number;
  normalised: number;
  normalisedPass: number;
}

/**
 * Each result under its criterion's skill, as the latest rubric names it (criteria are matched by
 * id; one the rubric no longer has keeps its own name as its skill). A result of a rubric that no
 * longer exists is left out: without its scale it cannot be put beside the others.
 */
export function placeUnderSkills(results: CriterionScore[], rubrics: SkillRubric[]): SkillResult[] {
  const byId = new Map(rubrics.map((rubric) => [rubric.id, rubric]));
  return results.flatMap((result) => {
    const rubric = byId.get(result.rubricId);
    if (!rubric) return [];
    const criterion = rubric.criteria.find((candidate) => candidate.id === result.criterionId);
    const skillName = criterion ? skillOf(criterion) : result.criterionName;
    return [
      {
        ...result,
        skillId: skillId(skillName),
        skillName,
        rubricName: rubric.name,
        scale: rubric.scale,
        pass: passMarkOf(rubric),
        normalised: normalise(result.score, rubric.scale),
        normalisedPass: normalise(passMarkOf(rubric), rubric.scale),
      },
    ];
  });
}

const mean = (values: number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
const rawMean = (values: number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 100) / 100;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * One row per skill: `mean` is the mean of every normalised score of its criteria (each scored
 * result counts once, whichever rubric it came from), `passMark` the mean of those results'
 * normalised pass marks, and `criteria` the per-criterion detail underneath (one row per rubric and
 * criterion, in the rubric's own scale). Lowest mean first.
 */
export function skillRows(results: SkillResult[]) {
  return [...groupBy(results, (result) => result.skillId).values()]
    .map((group) => {
      const first = group[0] as SkillResult;
      return {
        id: first.skillId,
        name: first.skillName,
        attempts: group.length,
        mean: mean(group.map((result) => result.normalised)),
        passMark: mean(group.map((result) => result.normalisedPass)),
        criteria: [...groupBy(group, (result) => `${result.rubricId}/${result.criterionId}`).values()]
          .map((list) => {
            const one = list[0] as SkillResult;
            return {
              rubricId: one.rubricId,
              rubricName: one.rubricName,
              id: one.criterionId,
              name: one.criterionName,
              scale: one.scale,
              passMark: one.pass,
              attempts: list.length,
              mean: rawMean(list.map((result) => result.score)),
              normalisedMean: mean(list.map((result) => result.normalised)),
            };
          })
          .sort((a, b) => (a.normalisedMean ?? 0) - (b.normalisedMean ?? 0) || a.name.localeCompare(b.name)),
        results: group,
      };
    })
    .sort((a, b) => (a.mean ?? 0) - (b.mean ?? 0) || a.name.localeCompare(b.name));
}

/** Group results by any key (a learner, a week, a call) into means on the 0-100 scale. */
export function meansBy(results: SkillResult[], key: (result: SkillResult) => string) {
  return [...groupBy(results, key).entries()].map(([id, list]) => ({
    key: id,
    mean: mean(list.map((result) => result.normalised)),
    attempts: list.length,
  }));
}
