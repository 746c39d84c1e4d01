import { quantileSorted } from "simple-statistics";

/** A point estimate with a percentile bootstrap 95% interval; nulls where undefined. */
export interface Estimate {
  value: number | null;
  low: number | null;
  high: number | null;
}

export interface BootstrapOptions {
  resamples: number;
  seed: number;
}

/** mulberry32: a tiny, well-known seeded generator, so every interval is reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Percentile bootstrap resampling whole clusters (transcripts), so the scores of one call stay
 * together: criteria and raters of a call are not independent draws. Resamples where the
 * statistic is undefined are skipped; fewer than half defined gives no interval.
 */
export function bootstrap<T>(
  clusters: readonly T[],
  statistic: (sample: readonly T[]) => number,
  options: BootstrapOptions,
): Estimate {
  const point = statistic(clusters);
  const value = Number.isFinite(point) ? point : null;
  if (clusters.length === 0) return { value, low: null, high: null };
  const random = seededRandom(options.seed);
  const results: number[] = [];
  for (let r = 0; r < options.resamples; r++) {
    const sample = Array.from({ length: clusters.length }, () => clusters[Math.floor(random() * clusters.length)] as T);
    const result = statistic(sample);
    if (Number.isFinite(result)) results.push(result);
  }
  if (results.length < options.resamples / 2) return { value, low: null, high: null };
  results.sort((x, y) => x - y);
  return { value, low: quantileSorted(results, 0.025), high: quantileSorted(results, 0.975) };
}
