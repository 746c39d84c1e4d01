import { mean, sampleRankCorrelation } from "simple-statistics";

/** One comparison: a score from each side (grader vs a human, or one human vs another). */
export interface Pair {
  a: number;
  b: number;
}

/** Share of pairs with identical scores. */
export function exactAgreement(pairs: readonly Pair[]): number {
  if (pairs.length === 0) return Number.NaN;
  return pairs.filter((pair) => pair.a === pair.b).length / pairs.length;
}

/** Share of pairs at most one point apart. */
export function withinOneAgreement(pairs: readonly Pair[]): number {
  if (pairs.length === 0) return Number.NaN;
  return pairs.filter((pair) => Math.abs(pair.a - pair.b) <= 1).length / pairs.length;
}

export function meanAbsoluteError(pairs: readonly Pair[]): number {
  if (pairs.length === 0) return Number.NaN;
  return mean(pairs.map((pair) => Math.abs(pair.a - pair.b)));
}

/**
 * Spearman's rho on midranks (simple-statistics). NaN when either side has no variance,
 * because a rank correlation of a constant is undefined, not zero.
 */
export function spearman(pairs: readonly Pair[]): number {
  if (pairs.length < 2) return Number.NaN;
  return sampleRankCorrelation(
    pairs.map((pair) => pair.a),
    pairs.map((pair) => pair.b),
  );
}

/**
 * Cohen's kappa with quadratic weights. With w(i,j) = (i-j)^2 / (k-1)^2 the (k-1)^2 cancels,
 * so kappa = 1 - mean observed squared difference / mean squared difference over every
 * cross pairing of the two sides' scores (the chance expectation from their marginals).
 * The cross sum is expanded (n·Σa² − 2·Σa·Σb + n·Σb²) so it costs O(n), not O(n²).
 * NaN when the expected disagreement is zero (both sides gave one and the same score).
 */
export function quadraticKappa(pairs: readonly Pair[]): number {
  const n = pairs.length;
  if (n === 0) return Number.NaN;
  let observed = 0;
  let sumA = 0;
  let sumB = 0;
  let squaresA = 0;
  let squaresB = 0;
  for (const { a, b } of pairs) {
    observed += (a - b) ** 2;
    sumA += a;
    sumB += b;
    squaresA += a * a;
    squaresB += b * b;
  }
  const expected = (n * squaresA - 2 * sumA * sumB + n * squaresB) / (n * n);
  if (expected <= 1e-12) return Number.NaN;
  return 1 - observed / n / expected;
}
