import type { Scorecard } from "../../grading/types";

export type Quality = "good" | "poor";
/** `call`: a graded call copied; `written`: a trainer's transcript; `shipped`: a file in examples/. */
export type ExampleSource = "call" | "written" | "shipped";

/** One line of an example, with the trainer's note beside it (null: none). */
export interface ExampleTurn {
  index: number;
  role: "customer" | "rep";
  text: string;
  note: string | null;
}

/** An example call: a copy, naming no learner, with its own scorecard (graded by the engine). */
export interface Example {
  id: string;
  title: string;
  quality: Quality;
  source: ExampleSource;
  personaId: string;
  personaVersion: number;
  rubricId: string;
  rubricVersion: number;
  summary: string | null;
  turns: ExampleTurn[];
  scorecard: Scorecard;
  /** The team that sees it; null: every team (and the shipped library). */
  teamId: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface ExampleFilter {
  personaId?: string | undefined;
  criterionId?: string | undefined;
  quality?: Quality | undefined;
}

/** What the list shows of an example: enough to choose one, and the filtered criterion's score. */
export function summaryOf(example: Example, criterionId?: string) {
  const criterion = criterionId ? example.scorecard.criteria.find((c) => c.id === criterionId) : undefined;
  return {
    id: example.id,
    title: example.title,
    quality: example.quality,
    source: example.source,
    personaId: example.personaId,
    rubricId: example.rubricId,
    summary: example.summary,
    turns: example.turns.length,
    notes: example.turns.filter((turn) => turn.note !== null).length,
    overall: example.scorecard.overall,
    passed: example.scorecard.passed,
    criteria: example.scorecard.criteria.map((c) => ({ id: c.id, name: c.name, score: c.score, passed: c.passed })),
    criterion: criterion ? { id: criterion.id, name: criterion.name, score: criterion.score } : null,
    teamId: example.teamId,
    createdAt: example.createdAt,
  };
}

/** Does the example show this filter: its scenario, its quality, a criterion its scorecard scored. */
export function matches(example: Example, filter: ExampleFilter): boolean {
  if (filter.personaId && example.personaId !== filter.personaId) return false;
  if (filter.quality && example.quality !== filter.quality) return false;
  if (filter.criterionId && !example.scorecard.criteria.some((c) => c.id === filter.criterionId && c.score !== null))
    return false;
  return true;
}
