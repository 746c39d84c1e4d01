/**
 * k-fold cross-validation of a learned move reader on the DEV split of evals/moves (TEST is never
 * loaded): for each fold, a model is trained on the other folds (learned-model.ts), and the fold's
 * sentences are read by the rules alone and by rules + model (learned-moves.ts).
 * Prints per-move precision / recall of both, pooled over the out-of-fold readings with bootstrap
 * 95% intervals, and the mean over folds with its range.
 *
 *   node --import tsx api/src/evals/moves/cross-validate-moves.ts [--folds 5] [--threshold 0.8]
 *     [--rule-features] [--only-open] [--model-alone] [--all-moves] [--tune-check] [--tune-only]
 */
import { parseArgs } from "node:util";
import type { RepMove } from "../../conversation/moves";
import { withLearnedMoves, type MoveModel } from "../../conversation/learned-moves";
import { loadLanguageModel } from "../../conversation/read-turn";
import type { Estimate } from "../stats/bootstrap";
import { inSplit, type LabelledSentence, moveFigures, precisionOf, recallOf } from "./move-metrics";
import { loadDevItems, type DevItem } from "./dev-rows";
import { buildModel, LEARNED_MOVES, MODEL_SETTINGS, TRIED_MOVES } from "./learned-model";

/** Neighbouring ids were written together for one situation; grouping by id / 4 keeps them in one fold. */
export const foldOf = (id: string, folds: number) => Math.floor(Number(id.replace(/\D/g, "")) / 4) % folds;

function readWith(model: MoveModel | null, item: DevItem): RepMove[] {
  if (!model) return item.rules;
  return [
    ...new Set(item.sentences.flatMap((sentence) => withLearnedMoves(model, sentence, new Set(sentence.withdrawn)))),
  ];
}

/** What the model alone would find, with the same vetoes but none of the rules' moves. */
function modelAlone(model: MoveModel, item: DevItem): RepMove[] {
  const found = new Set<RepMove>();
  for (const sentence of item.sentences)
    for (const move of withLearnedMoves(model, { ...sentence, ruleMoves: [] })) found.add(move);
  return [...found];
}

const fmt = (estimate: Estimate) =>
  estimate.value === null
    ? "—"
    : `${estimate.value.toFixed(2)} (${estimate.low?.toFixed(2) ?? "?"}–${estimate.high?.toFixed(2) ?? "?"})`;
const mean = (values: number[]) => {
  const real = values.filter((value) => !Number.isNaN(value));
  return real.length === 0 ? Number.NaN : real.reduce((sum, value) => sum + value, 0) / real.length;
};
const span = (values: number[]) => {
  const real = values.filter((value) => !Number.isNaN(value));
  return `${mean(real).toFixed(2)} [${Math.min(...real).toFixed(2)}–${Math.max(...real).toFixed(2)}]`;
};

function main() {
  const { values } = parseArgs({
    options: {
      folds: { type: "string", default: "5" },
      threshold: { type: "string" },
      "rule-features": { type: "boolean", default: false },
      "only-open": { type: "boolean", default: false },
      "model-alone": { type: "boolean", default: false },
      /** All eleven moves tried first, instead of the four kept. */
      "all-moves": { type: "boolean", default: false },
      /** One split instead of folds: train on DEV's tune part, read its check part (the rules never read check's errors). */
      "tune-check": { type: "boolean", default: false },
      /** Folds over DEV's tune part only: settings chosen here are then read once on check. */
      "tune-only": { type: "boolean", default: false },
      resamples: { type: "string", default: "1000" },
    },
  });
  loadLanguageModel();
  const folds = values["tune-check"] ? 1 : Number(values.folds);
  const threshold = values.threshold ? Number(values.threshold) : MODEL_SETTINGS.threshold;
  const open = values["all-moves"] ? TRIED_MOVES : LEARNED_MOVES;
  const items = loadDevItems().filter((item) => !values["tune-only"] || inSplit(item.id, "tune"));
  const ruled: LabelledSentence[] = [];
  const learned: LabelledSentence[] = [];
  const perFold: { rules: LabelledSentence[]; learned: LabelledSentence[] }[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const heldOut = (id: string) => (values["tune-check"] ? inSplit(id, "check") : foldOf(id, folds) === fold);
    const train = items.filter((item) => !heldOut(item.id));
    const held = items.filter((item) => heldOut(item.id));
    const settings = {
      ...MODEL_SETTINGS,
      threshold,
      ruleFeatures: values["rule-features"] || MODEL_SETTINGS.ruleFeatures,
      onlyOpen: values["only-open"] || MODEL_SETTINGS.onlyOpen,
      moves: open,
    };
    const model = buildModel(train, settings);
    const rules = held.map((item) => ({ id: item.id, rep: item.rep, gold: item.gold, found: readWith(null, item) }));
    const both = held.map((item) => ({
      id: item.id,
      rep: item.rep,
      gold: item.gold,
      found: values["model-alone"] ? modelAlone(model, item) : readWith(model, item),
    }));
    ruled.push(...rules);
    learned.push(...both);
    perFold.push({ rules, learned: both });
  }
  const options = { resamples: Number(values.resamples), seed: 7 };
  const a = moveFigures(ruled, options);
  const b = moveFigures(learned, options);
  console.log(
    `DEV ${items.length} sentences, ${folds}-fold cross-validation (folds by id / 4), threshold ${threshold}; ` +
      `pooled out-of-fold, 95% bootstrap CI; fold mean [min–max]`,
  );
  console.log(
    `${"move".padEnd(22)} gold  rules P            rules R            +model P           +model R           fold mean P/R rules → +model`,
  );
  for (const [i, row] of a.moves.entries()) {
    const other = b.moves[i];
    if (!other) continue;
    const move = row.move;
    const foldP = (key: "rules" | "learned") => span(perFold.map((fold) => precisionOf(fold[key], move)));
    const foldR = (key: "rules" | "learned") => span(perFold.map((fold) => recallOf(fold[key], move)));
    const mark = open.includes(move) ? "*" : " ";
    console.log(
      `${(move + mark).padEnd(22)} ${String(row.support).padStart(4)}  ${fmt(row.precision).padEnd(17)}  ${fmt(row.recall).padEnd(17)}  ${fmt(other.precision).padEnd(17)}  ${fmt(other.recall).padEnd(17)}  ` +
        `P ${foldP("rules")} → ${foldP("learned")}; R ${foldR("rules")} → ${foldR("learned")}`,
    );
  }
  console.log(
    `${"all moves (micro)".padEnd(28)}  ${fmt(a.all.precision).padEnd(17)}  ${fmt(a.all.recall).padEnd(17)}  ${fmt(b.all.precision).padEnd(17)}  ${fmt(b.all.recall)}`,
  );
  console.log(`* moves the model may add (${open.length})`);
  // What carries to unseen sentences is how often an addition is right: the rules' DEV figures are
  // optimistic (they were tuned on DEV), the model's additions are out-of-fold.
  for (const move of open) {
    let added = 0;
    let right = 0;
    learned.forEach((item, i) => {
      if (item.found.includes(move) && !ruled[i]?.found.includes(move)) {
        added += 1;
        if (item.gold.includes(move)) right += 1;
      }
    });
    console.log(`  ${move}: the model added ${added} out of fold, ${right} labelled so`);
  }
}

main();
