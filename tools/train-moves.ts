// Trains the learned move reader the detector ships (api/src/conversation/learned-reader.ts) and
// writes its weights: a logistic regression per move over the tune part of evals/moves DEV (ids 1
// and 2 mod 4). Seeded: the same labels give the same file, byte for byte. The check part (ids 3 mod
// 4) and TEST (0 mod 4) are never trained on; `eval:moves -- --split check` measures what it adds.
//
//   npm run train:moves            # rewrite api/src/conversation/learned-weights.json
//   npm run train:moves -- --check # exit 1 if the file is not what training gives now
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadLanguageModel } from "../api/src/conversation/read-turn";
import { inSplit } from "../api/src/evals/moves/move-metrics";
import { loadDevItems } from "../api/src/evals/moves/dev-rows";
import { buildModel, MODEL_SETTINGS } from "../api/src/evals/moves/learned-model";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "api/src/conversation/learned-weights.json");

const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
loadLanguageModel();
const items = loadDevItems(path.join(ROOT, "evals/moves")).filter((item) => inSplit(item.id, "tune"));
const model = buildModel(items, MODEL_SETTINGS);
const file = `${JSON.stringify(
  {
    about: `Learned move reader: trained by tools/train-moves.ts on the ${items.length} sentences of evals/moves DEV's tune part.`,
    threshold: model.threshold,
    moves: model.moves,
  },
  null,
  1,
)}\n`;
if (values.check) {
  const same = readFileSync(OUT, "utf8") === file;
  console.log(same ? "learned-weights.json is up to date" : "learned-weights.json differs: run npm run train:moves");
  process.exit(same ? 0 : 1);
}
writeFileSync(OUT, file);
const sizes = Object.entries(model.moves).map(([move, m]) => `${move} ${Object.keys(m?.weights ?? {}).length}`);
console.log(
  `Trained on ${items.length} tune sentences; weights per move: ${sizes.join(", ")}; wrote ${path.relative(ROOT, OUT)}`,
);
