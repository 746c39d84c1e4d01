/**
 * How a fold's learned move reader is built from DEV labels (seeded: same labels, same model), and the
 * settings session 10 tried. Nothing here ships: cross-validate-moves.ts is the entry point, and
 * evals/README.md ("Move suite") says why the model was not wired into the detector.
 */
import type { RepMove } from "../../conversation/moves";
import type { MoveModel } from "../../conversation/learned-moves";
import { compact, TRAIN_DEFAULTS, trainLogistic, type TrainOptions } from "./logistic-regression";
import { rowsFor, type DevItem } from "./dev-rows";

/** The moves tried first: those a statement can carry that the rules miss on TEST (`--all-moves`). */
export const TRIED_MOVES: RepMove[] = [
  "acknowledges_impact",
  "offers_remedy",
  "retention_pitch",
  "blames_customer",
  "explains",
  "refuses_or_delays",
  "deflects_channel",
  "commits_to_action",
  "generic_empathy",
  "confirms_cancellation",
  "escalates",
];

/** The moves where cross-validation showed additions without a precision loss (still no real gain). */
export const LEARNED_MOVES: RepMove[] = ["acknowledges_impact", "explains", "offers_remedy", "retention_pitch"];

export interface ModelSettings {
  threshold: number;
  /** Train only on the sentences where the model could add the move (the rules missed it, nothing vetoes it). */
  onlyOpen: boolean;
  /** Whether the model may lean on the rules' own moves ("r:…" features). */
  ruleFeatures: boolean;
  train: TrainOptions;
  moves: RepMove[];
}

export const MODEL_SETTINGS: ModelSettings = {
  threshold: 0.8,
  onlyOpen: false,
  ruleFeatures: false,
  train: TRAIN_DEFAULTS,
  moves: LEARNED_MOVES,
};

export function buildModel(items: readonly DevItem[], settings: ModelSettings = MODEL_SETTINGS): MoveModel {
  const moves: MoveModel["moves"] = {};
  for (const move of settings.moves) {
    const rows = rowsFor(items, move, settings.onlyOpen).map((row) =>
      settings.ruleFeatures ? row : { ...row, features: row.features.filter((feature) => !feature.startsWith("r:")) },
    );
    moves[move] = compact(trainLogistic(rows, settings.train));
  }
  return { threshold: settings.threshold, moves };
}
