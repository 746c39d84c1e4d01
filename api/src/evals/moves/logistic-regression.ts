/**
 * A small L2-regularised logistic regression over sparse binary features, trained by seeded
 * stochastic gradient descent: what api/src/evals/moves/learned-moves.ts scores with. Hand-written
 * because the one npm text classifier of the wink family (wink-naive-bayes-text-classifier) is
 * multi-class naive Bayes pinned to wink-nlp 1.x (a second copy of the language model beside ours),
 * and its odds are over-confident when features overlap as ours do (a lemma, its pair, the rule
 * that matched it).
 */
import { seededRandom } from "../stats/bootstrap";

export interface Row {
  features: readonly string[];
  label: boolean;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** Features seen in fewer rows than this are left out (they would only memorise a sentence). */
  minCount: number;
  seed: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { epochs: 30, rate: 0.1, l2: 0.001, minCount: 2, seed: 7 };

export function trainLogistic(
  rows: readonly Row[],
  options: TrainOptions = TRAIN_DEFAULTS,
): { bias: number; weights: Record<string, number> } {
  const counts = new Map<string, number>();
  for (const row of rows) for (const feature of row.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const kept = (feature: string) => (counts.get(feature) ?? 0) >= options.minCount;
  const data = rows.map((row) => ({ features: row.features.filter(kept), y: row.label ? 1 : 0 }));
  const weights = new Map<string, number>();
  let bias = 0;
  // Seeded (mulberry32), so a model is rebuilt bit for bit.
  const next = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const index of order) {
      const row = data[index];
      if (!row) continue;
      let z = bias;
      for (const feature of row.features) z += weights.get(feature) ?? 0;
      const error = 1 / (1 + Math.exp(-z)) - row.y;
      bias -= options.rate * error;
      for (const feature of row.features) {
        const w = weights.get(feature) ?? 0;
        weights.set(feature, w - options.rate * (error + options.l2 * w));
      }
    }
  }
  return { bias, weights: Object.fromEntries(weights) };
}

/** Weights small enough to change no decision are dropped and the rest rounded, to keep the JSON small. */
export function compact(
  model: { bias: number; weights: Record<string, number> },
  smallest = 0.05,
): { bias: number; weights: Record<string, number> } {
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    bias: round(model.bias),
    weights: Object.fromEntries(
      Object.entries(model.weights)
        .filter(([, w]) => Math.abs(w) >= smallest)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([feature, w]) => [feature, round(w)]),
    ),
  };
}
