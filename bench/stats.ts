/**
 * Small statistics for the benchmark tables. Percentiles use the nearest-rank definition
 * (the smallest sample with at least p% of the samples at or below it), so every figure printed
 * is a value that was actually measured, never an interpolation between two runs.
 */

/** Nearest-rank percentile of `values` (any order), p in [0, 100]. NaN for no samples. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export const median = (values: readonly number[]) => percentile(values, 50);

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  return {
    n: values.length,
    median: percentile(values, 50),
    p95: percentile(values, 95),
    min: values.length === 0 ? Number.NaN : Math.min(...values),
    max: values.length === 0 ? Number.NaN : Math.max(...values),
  };
}

/**
 * Checks the helpers against known answers before any figure is trusted. Run at the start of
 * every bench run (vitest does not collect bench/), so a broken helper stops the run instead of
 * printing wrong tables.
 */
export function selfCheck(): void {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted on purpose
  const cases: [string, number, number][] = [
    ["p50 of 1..100", percentile(hundred, 50), 50],
    ["p95 of 1..100", percentile(hundred, 95), 95],
    ["p100 of 1..100", percentile(hundred, 100), 100],
    ["p0 of 1..100", percentile(hundred, 0), 1],
    ["p50 of [3,1,2]", percentile([3, 1, 2], 50), 2],
    ["p95 of [3,1,2]", percentile([3, 1, 2], 95), 3],
    ["p50 of [7]", percentile([7], 50), 7],
    [
      "p95 of 20 samples",
      percentile(
        Array.from({ length: 20 }, (_, i) => i + 1),
        95,
      ),
      19,
    ],
  ];
  for (const [what, got, want] of cases) {
    if (got !== want) throw new Error(`bench/stats.ts self-check failed: ${what} = ${got}, expected ${want}`);
  }
  if (!Number.isNaN(percentile([], 50))) throw new Error("bench/stats.ts self-check failed: empty input must give NaN");
}
