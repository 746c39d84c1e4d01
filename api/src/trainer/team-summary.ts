import { canPublish, type Principal } from "../auth/principal";
import type { LibraryStore } from "../db/library-store";
import type { TeamCalls } from "../db/team-calls";
import { DomainError } from "../errors";
import type { SkillRubric } from "./skill-scores";
import { rubricsForSkills } from "./skill-history";
import { teamSkills } from "./team-skills";

/**
 * The one rule for "weakest": a criterion whose team average is below its rubric's pass mark
 * (where a single score would not pass), over at least MIN_ATTEMPTS scored attempts. Every
 * criterion that meets it is flagged, lowest average first; no other is. The Team page states it.
 */
export const MIN_ATTEMPTS = 3;
const DAY_MS = 86_400_000;

export interface ScoredCall {
  sessionId: string;
  userId: string;
  userName: string;
  personaId: string;
  rubricId: string;
  createdAt: number;
  criteria: { id: string; name: string; score: number | null }[];
}

export interface Scenarios {
  personas: { id: string; name: string; rubric: string | null }[];
  /** `pass`: the rubric's pass mark (a criterion passes at or above it); default: the middle of the scale. */
  rubrics: SkillRubric[];
}

/** The Monday (UTC) of a timestamp's week, as YYYY-MM-DD. */
export function weekOf(at: number): string {
  const day = new Date(at).getUTCDay();
  const monday = Math.floor(at / DAY_MS) * DAY_MS - ((day + 6) % 7) * DAY_MS;
  return new Date(monday).toISOString().slice(0, 10);
}

class Tally {
  sum = 0;
  attempts = 0;
  add(score: number) {
    this.sum += score;
    this.attempts += 1;
  }
  get mean() {
    return this.attempts === 0 ? null : Math.round((this.sum / this.attempts) * 100) / 100;
  }
}

const tallyIn = (map: Map<string, Tally>, key: string) => {
  let tally = map.get(key);
  if (!tally) map.set(key, (tally = new Tally()));
  return tally;
};

/**
 * Scores per criterion, per learner and per week, from scored calls. A criterion is keyed by its
 * id across rubrics (respectful-tone of four rubrics is one row); `skills` group every rubric's criteria
 * by their skill (`team-skills.ts`). Unscored criteria count for nothing: they are the grader's gap.
 */
export function summarizeTeam(calls: ScoredCall[], scenarios: Scenarios) {
  const learners = new Map<string, { id: string; name: string; calls: number }>();
  const rows = new Map<
    string,
    { name: string; all: Tally; byLearner: Map<string, Tally>; byWeek: Map<string, Tally>; personas: Set<string> }
  >();
  const weeks = new Set<string>();
  for (const call of calls) {
    const learner = learners.get(call.userId) ?? { id: call.userId, name: call.userName, calls: 0 };
    learner.calls += 1;
    learners.set(call.userId, learner);
    const week = weekOf(call.createdAt);
    weeks.add(week);
    for (const criterion of call.criteria) {
      let row = rows.get(criterion.id);
      if (!row)
        rows.set(
          criterion.id,
          (row = {
            name: criterion.name,
            all: new Tally(),
            byLearner: new Map(),
            byWeek: new Map(),
            personas: new Set(),
          }),
        );
      row.personas.add(call.personaId);
      if (criterion.score === null) continue;
      row.all.add(criterion.score);
      tallyIn(row.byLearner, call.userId).add(criterion.score);
      tallyIn(row.byWeek, week).add(criterion.score);
    }
  }

  const personaNames = new Map(scenarios.personas.map((persona) => [persona.id, persona.name]));
  const criteria = [...rows.entries()].map(([id, row]) => {
    const rubrics = scenarios.rubrics.filter((rubric) => rubric.criteria.some((criterion) => criterion.id === id));
    const rubricIds = new Set(rubrics.map((rubric) => rubric.id));
    // Scenarios that practise it: personas graded on a rubric with it by default, or in a call.
    const practise = new Set([
      ...scenarios.personas
        .filter((persona) => persona.rubric !== null && rubricIds.has(persona.rubric))
        .map((persona) => persona.id),
      ...row.personas,
    ]);
    return {
      id,
      name: row.name,
      scale: rubrics[0]?.scale ?? null,
      passMark: passMarkOf(rubrics[0]),
      attempts: row.all.attempts,
      mean: row.all.mean,
      byLearner: [...row.byLearner.entries()].map(([learnerId, tally]) => ({
        learnerId,
        mean: tally.mean,
        attempts: tally.attempts,
      })),
      byWeek: [...row.byWeek.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([week, tally]) => ({ week, mean: tally.mean, attempts: tally.attempts })),
      scenarios: [...practise].flatMap((personaId) => {
        const name = personaNames.get(personaId);
        return name === undefined ? [] : [{ personaId, name }];
      }),
    };
  });
  criteria.sort(
    (a, b) =>
      (a.mean ?? Number.POSITIVE_INFINITY) - (b.mean ?? Number.POSITIVE_INFINITY) || a.name.localeCompare(b.name),
  );
  const weakest = criteria
    .filter(
      (criterion) =>
        criterion.mean !== null &&
        criterion.attempts >= MIN_ATTEMPTS &&
        criterion.passMark !== null &&
        criterion.mean < criterion.passMark,
    )
    .map((criterion) => criterion.id);
  return {
    calls: calls.length,
    learners: [...learners.values()].sort((a, b) => a.name.localeCompare(b.name)),
    weeks: [...weeks].sort(),
    criteria,
    weakest,
    minAttempts: MIN_ATTEMPTS,
    ...teamSkills(calls, scenarios, weekOf, MIN_ATTEMPTS),
  };
}

export type TeamSummaryResult = ReturnType<typeof summarizeTeam>;

function passMarkOf(rubric: Scenarios["rubrics"][number] | undefined): number | null {
  if (!rubric) return null;
  return rubric.pass ?? (rubric.scale.min + rubric.scale.max) / 2;
}

/** Trainers see their team's learners; admins everyone; learners are refused. Sandbox calls never count. */
export function createTeamSummary({ calls: teamCalls, library }: { calls: TeamCalls; library: LibraryStore }) {
  return async (principal: Principal): Promise<TeamSummaryResult> => {
    if (!canPublish(principal)) throw new DomainError("forbidden", "Only trainers and admins can see the team view.");
    const calls =
      principal.role === "admin"
        ? await teamCalls.scoredCalls({ kind: "all" })
        : principal.teamId === null
          ? []
          : await teamCalls.scoredCalls({ kind: "team-learners", teamId: principal.teamId });
    return summarizeTeam(calls, {
      personas: (await library.latest("persona")).map((entry) => ({
        id: entry.id,
        name: entry.value.name,
        rubric: entry.value.rubric ?? null,
      })),
      rubrics: rubricsForSkills(await library.latest("rubric")),
    });
  };
}

export type TeamSummary = ReturnType<typeof createTeamSummary>;
