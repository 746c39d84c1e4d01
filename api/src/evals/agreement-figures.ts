import type { AgreementFigures } from "../eval-runs/report-types";
import {
  exactAgreement,
  meanAbsoluteError,
  type Pair,
  quadraticKappa,
  spearman,
  withinOneAgreement,
} from "./stats/agreement";
import { type BootstrapOptions, bootstrap } from "./stats/bootstrap";
import { krippendorffAlphaOrdinal } from "./stats/krippendorff";

/** One criterion of one transcript: the grader's score and every human's. */
export interface ScoredRow {
  item: string;
  criterion: string;
  /** May be fractional (a turn-scope mean); null when the grader could not score it. */
  grader: number | null;
  humans: { rater: string; score: number }[];
}

/**
 * Categorical figures (exact, within one, kappa/alpha, confusion) compare the grader's score
 * rounded to the scale; Spearman and MAE use it as it is.
 */
const rounded = (score: number) => Math.round(score);

function graderPairs(rows: readonly ScoredRow[], round: boolean): Pair[] {
  return rows.flatMap((row) =>
    row.grader === null
      ? []
      : row.humans.map((human) => ({
          a: round ? rounded(row.grader as number) : (row.grader as number),
          b: human.score,
        })),
  );
}

function humanPairs(rows: readonly ScoredRow[]): Pair[] {
  return rows.flatMap((row) =>
    row.humans.flatMap((first, i) => row.humans.slice(i + 1).map((second) => ({ a: first.score, b: second.score }))),
  );
}

type Side = "grader" | "humans";

/**
 * Agreement of the grader with the raters (every grader-human pair pooled), or of the raters with
 * each other (every pair of raters pooled), each with a bootstrap interval that resamples whole
 * transcripts. With one rater the chance-corrected figure is quadratic weighted kappa; with
 * several it is Krippendorff's ordinal alpha over all of them (grader included, or humans only).
 */
export function agreementFigures(
  rows: readonly ScoredRow[],
  side: Side,
  raterCount: number,
  options: BootstrapOptions,
): AgreementFigures {
  const clusters = byItem(rows);
  const pairsOf = (cluster: readonly ScoredRow[], round: boolean) =>
    side === "grader" ? graderPairs(cluster, round) : humanPairs(cluster);
  // A resample only repeats whole transcripts, so each transcript's pairs (and units) are built
  // once and a resample joins them: the same values in the same order as building them per resample.
  const rawPairs = perCluster(clusters, (cluster) => pairsOf(cluster, false));
  const roundedPairs = perCluster(clusters, (cluster) => pairsOf(cluster, true));
  const estimate = (statistic: (pairs: Pair[]) => number, round: boolean) =>
    bootstrap(clusters, (sample) => statistic((round ? roundedPairs : rawPairs)(sample)), options);

  const several = raterCount > 1;
  const units = perCluster(clusters, (cluster) =>
    cluster
      .filter((row) => side === "humans" || row.grader !== null)
      .map((row) => [
        ...(side === "grader" ? [rounded(row.grader as number)] : []),
        ...row.humans.map((human) => human.score),
      ]),
  );
  const chance = several
    ? bootstrap(clusters, (sample) => krippendorffAlphaOrdinal(units(sample)), options)
    : estimate(quadraticKappa, true);

  return {
    exact: estimate(exactAgreement, true),
    within_one: estimate(withinOneAgreement, true),
    chance: { ...chance, name: several ? "alpha" : "kappa" },
    spearman: estimate(spearman, false),
    mae: estimate(meanAbsoluteError, false),
    pairs: pairsOf(rows, true).length,
  };
}

/** [human score][grader score] counts over every grader-human pair, scale min first. */
export function confusionMatrix(rows: readonly ScoredRow[], scale: { min: number; max: number }): number[][] {
  const size = scale.max - scale.min + 1;
  const matrix = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const { a, b } of graderPairs(rows, true)) {
    const row = matrix[b - scale.min];
    if (row && a - scale.min >= 0 && a - scale.min < size) row[a - scale.min] = (row[a - scale.min] ?? 0) + 1;
  }
  return matrix;
}

/** `build` of each cluster, made once; then, for a sample of those clusters, their results joined in order. */
function perCluster<V>(clusters: readonly ScoredRow[][], build: (cluster: readonly ScoredRow[]) => V[]) {
  const built = new Map(clusters.map((cluster) => [cluster, build(cluster)]));
  return (sample: readonly ScoredRow[][]): V[] => {
    const joined: V[] = [];
    for (const cluster of sample) for (const value of built.get(cluster) ?? build(cluster)) joined.push(value);
    return joined;
  };
}

function byItem(rows: readonly ScoredRow[]): ScoredRow[][] {
  const groups = new Map<string, ScoredRow[]>();
  for (const row of rows) groups.set(row.item, [...(groups.get(row.item) ?? []), row]);
  return [...groups.values()];
}
