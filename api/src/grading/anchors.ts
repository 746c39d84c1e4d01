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

/**
 * The anchor a score is explained by, in words that agree with the score: the score's own level
 * when the rubric describes it, else the nearest described level below it, said as such.
 */
export function anchorRationale(criterion: Criterion, score: number): string {
  const own = criterion.anchors[String(score)];
  if (own !== undefined) return `Anchor ${score}: ${own}`;
  const below = Object.keys(criterion.anchors)
    .map(Number)
    .filter((level) => level < score)
    .sort((a, b) => b - a)[0];
  if (below === undefined) {
    const nearest = nearestAnchor(criterion, score);
    return `Score ${score} (no anchor at ${score}; nearest, anchor ${nearest.level}: ${nearest.text})`;
  }
  return `Score ${score}: above anchor ${below} (${criterion.anchors[String(below)] ?? ""}), short of the next one`;
}
