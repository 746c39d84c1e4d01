/**
 * How a fold's learned move reader is built from DEV labels (seeded: same labels, same model), and the
 * settings session 10 tried. Nothing here ships: cross-validate-moves.ts is the entry point, and
 * evals/README.md ("Move suite") says why the model was not wired into the detector.
 */
import type { RepMove } from "../../conversation/moves";
import type { MoveModel } from "./learned-moves";
import { compact, TRAIN_DEFAULTS, trainLogistic, type TrainOptions } from "./logistic-regression";
import { rowsFor, type DevItem } from "./dev-rows";

/** The moves the model may add to what the rules find (all eleven non-question moves were tried first). */
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
