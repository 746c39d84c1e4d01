import { REP_MOVES, type RepMove } from "../../conversation/moves";
import { bootstrap, type BootstrapOptions, type Estimate } from "../stats/bootstrap";

/**
 * Per-move precision and recall of a move detector against labelled rep sentences, with seeded
 * percentile-bootstrap 95% intervals resampled by sentence. `rambles` is turn-level and never
 * labelled on a sentence, so it is left out.
 */

export interface LabelledSentence {
  id: string;
  rep: string;
  /** The labeller's moves for the sentence. */
  gold: RepMove[];
  /** The detector's moves for the sentence. */
  found: RepMove[];
}

export interface MoveFigures {
  move: RepMove;
  /** Sentences the labeller gave this move. */
  support: number;
  /** Sentences the detector gave this move. */
  predicted: number;
  precision: Estimate;
  recall: Estimate;
}

export const SCORED_MOVES = REP_MOVES.filter((move) => move !== "rambles");

/** The split a sentence belongs to: ids divisible by 4 are the held-out TEST split. */
export function splitOf(id: string): "dev" | "test" {
  const number = Number(id.replace(/\D/g, ""));
  return number % 4 === 0 ? "test" : "dev";
}

/**
 * DEV parted in two for a tuning round: rules are written from the errors of `tune` (ids ending
 * 1 or 2 mod 4) and `check` (3 mod 4), read for its figures only, shows whether they carry over to
 * sentences the round did not look at, before TEST is run.
 */
export function devPartOf(id: string): "tune" | "check" {
  return Number(id.replace(/\D/g, "")) % 4 === 3 ? "check" : "tune";
}

export type SplitName = "dev" | "test" | "tune" | "check";

export function inSplit(id: string, split: SplitName): boolean {
  if (split === "dev" || split === "test") return splitOf(id) === split;
  return splitOf(id) === "dev" && devPartOf(id) === split;
}

function counts(sample: readonly LabelledSentence[], move: RepMove) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const item of sample) {
    const gold = item.gold.includes(move);
    const found = item.found.includes(move);
    if (gold && found) tp++;
    else if (found) fp++;
    else if (gold) fn++;
  }
  return { tp, fp, fn };
}

export function precisionOf(sample: readonly LabelledSentence[], move: RepMove): number {
  const { tp, fp } = counts(sample, move);
  return tp + fp === 0 ? Number.NaN : tp / (tp + fp);
}

export function recallOf(sample: readonly LabelledSentence[], move: RepMove): number {
  const { tp, fn } = counts(sample, move);
  return tp + fn === 0 ? Number.NaN : tp / (tp + fn);
}

/** Precision and recall for every move, and micro-averaged over all moves ("all"). */
export function moveFigures(
  items: readonly LabelledSentence[],
  options: BootstrapOptions,
): { moves: MoveFigures[]; all: { precision: Estimate; recall: Estimate } } {
  const moves = SCORED_MOVES.map((move) => {
    const { tp, fp, fn } = counts(items, move);
    return {
      move,
      support: tp + fn,
      predicted: tp + fp,
      precision: bootstrap(items, (sample) => precisionOf(sample, move), options),
      recall: bootstrap(items, (sample) => recallOf(sample, move), options),
    };
  });
  const micro = (sample: readonly LabelledSentence[], which: "precision" | "recall") => {
    let tp = 0;
    let other = 0;
    for (const move of SCORED_MOVES) {
      const c = counts(sample, move);
      tp += c.tp;
      other += which === "precision" ? c.fp : c.fn;
    }
    return tp + other === 0 ? Number.NaN : tp / (tp + other);
  };
  return {
    moves,
    all: {
      precision: bootstrap(items, (sample) => micro(sample, "precision"), options),
      recall: bootstrap(items, (sample) => micro(sample, "recall"), options),
    },
  };
}
