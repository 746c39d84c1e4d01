import type { Criterion } from "../library/rubric-schema";
import type { CriterionResult } from "./types";

/**
 * Combines k judgements of the same criteria: the (lower) median score, so it is always one of
 * the judge's own anchors, with the evidence of a sample that gave it, and the spread as a
 * confidence figure. A single sample passes through unchanged.
 */
export function mergeSamples(criteria: Criterion[], samples: CriterionResult[][]): CriterionResult[] {
  if (samples.length === 1) return samples[0] ?? [];
  return criteria.map((criterion) => {
    const results = samples.flatMap((sample) => sample.filter((result) => result.id === criterion.id));
    const scores = results.map((result) => result.score);
    const scored = scores.filter((score): score is number => score !== null).sort((a, b) => a - b);
    const first = results[0] ?? {
      id: criterion.id,
      score: null,
      evidence: [],
      rationale: "No verdict.",
      flags: ["unscored" as const],
    };
    if (scored.length === 0) return { ...first, samples: scores };
    const median = scored[Math.floor((scored.length - 1) / 2)] ?? scored[0];
    const chosen = results.find((result) => result.score === median) ?? first;
    return { ...chosen, samples: scores, spread: (scored.at(-1) ?? 0) - (scored[0] ?? 0) };
  });
}
