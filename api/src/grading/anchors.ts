import type { Criterion } from "../library/rubric-schema";

/** The described anchor nearest to a score (ties go to the lower anchor). */
export function nearestAnchor(criterion: Criterion, score: number): { level: number; text: string } {
  const levels = Object.keys(criterion.anchors)
    .map(Number)
    .sort((a, b) => a - b);
  let best = levels[0] ?? score;
  for (const level of levels) if (Math.abs(level - score) < Math.abs(best - score)) best = level;
  return { level: best, text: criterion.anchors[String(best)] ?? "" };
}
