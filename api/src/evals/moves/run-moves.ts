/**
 * `npm run eval:moves`: the move detector against the blind-labelled rep sentences in evals/moves/
 * (see evals/README.md, "Move suite"). Prints per-move precision and recall with bootstrap 95%
 * intervals on DEV and TEST separately.
 *
 *   npm run eval:moves                                  # both splits, the shipped detector
 *   npm run eval:moves -- --split dev                   # tune on DEV only; TEST stays unread
 *   npm run eval:moves -- --split tune --errors         # a tuning round: read the errors of one part of DEV,
 *   npm run eval:moves -- --split check                 # and see whether the fixes carry to the other part
 *   npm run eval:moves -- --detector path/to/detect-moves.ts --json out.json
 *   npm run eval:moves -- --errors                      # DEV misses and false alarms, to tune on
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { repMove, type RepMove } from "../../conversation/moves";
import { detectMoves } from "../../conversation/detect-moves";
import { loadLanguageModel } from "../../conversation/read-turn";
import { inSplit, type LabelledSentence, moveFigures, type SplitName } from "./move-metrics";
import type { Estimate } from "../stats/bootstrap";

const sentenceLine = z.object({ id: z.string(), situation: z.string(), customer_said: z.string(), rep: z.string() });
const labelLine = z.object({ id: z.string(), moves: z.array(z.string()) });
/** A detector reads a rep sentence in answer to the customer line it was written for, as a call reads each turn. */
type Detect = (text: string, context: { customerSaid: string }) => { move: string }[];

function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim() !== "")
    .map(([line, number]) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${number}: ${parsed.error.issues[0]?.message ?? "invalid line"}`);
      return parsed.data;
    });
}

const fmt = (estimate: Estimate) =>
  estimate.value === null
    ? "—"
    : `${estimate.value.toFixed(2)} (${estimate.low?.toFixed(2) ?? "?"}–${estimate.high?.toFixed(2) ?? "?"})`;

const USAGE = `Usage: npm run eval:moves -- [options]
  --split both|dev|test|tune|check  which labelled sentences to score (default both: dev and test)
  --errors                          list each dev or tune sentence the detector got wrong
  --dir DIR                         the labelled set (default evals/moves)
  --detector FILE                   score another detector module (it exports detectMoves)
  --json FILE                       also write the figures as JSON
  --resamples N                     bootstrap resamples for the intervals (default 2000)`;

function options() {
  try {
    return parseArgs({
      options: {
        dir: { type: "string", default: "evals/moves" },
        split: { type: "string", default: "both" },
        detector: { type: "string" },
        json: { type: "string" },
        errors: { type: "boolean", default: false },
        resamples: { type: "string", default: "2000" },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`eval:moves: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
}

async function main() {
  const values = options();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  const loadMs = values.detector ? 0 : loadLanguageModel();
  const detect: Detect = values.detector
    ? ((await import(pathToFileURL(path.resolve(values.detector)).href)) as { detectMoves: Detect }).detectMoves
    : detectMoves;
  const sentences = readJsonl(path.join(values.dir, "sentences.jsonl"), sentenceLine);
  const labels = new Map(
    readJsonl(path.join(values.dir, "labels.jsonl"), labelLine).map((line) => [line.id, line.moves]),
  );
  const splitNames: readonly SplitName[] = ["dev", "test", "tune", "check"];
  if (values.split !== "both" && !splitNames.includes(values.split as SplitName)) {
    console.error(`eval:moves: --split must be both, dev, test, tune or check (got "${values.split}")\n\n${USAGE}`);
    process.exit(2);
  }
  const splits: readonly SplitName[] = values.split === "both" ? ["dev", "test"] : [values.split as SplitName];
  const report: Record<string, unknown> = { loadMs };
  for (const split of splits) {
    const items: LabelledSentence[] = sentences
      .filter((line) => inSplit(line.id, split) && labels.has(line.id))
      .map((line) => ({
        id: line.id,
        rep: line.rep,
        gold: (labels.get(line.id) ?? []).filter((move): move is RepMove => repMove.safeParse(move).success),
        found: detect(line.rep, { customerSaid: line.customer_said }).map((found) => found.move as RepMove),
      }));
    const figures = moveFigures(items, { resamples: Number(values.resamples), seed: 7 });
    report[split] = { n: items.length, ...figures };
    console.log(`\n${split.toUpperCase()}: ${items.length} labelled sentences (95% bootstrap CI, by sentence)`);
    console.log(`${"move".padEnd(28)} ${"gold".padStart(4)} ${"found".padStart(5)}  precision           recall`);
    for (const row of figures.moves) {
      console.log(
        `${row.move.padEnd(28)} ${String(row.support).padStart(4)} ${String(row.predicted).padStart(5)}  ${fmt(row.precision).padEnd(18)}  ${fmt(row.recall)}`,
      );
    }
    console.log(
      `${"all moves (micro)".padEnd(39)}  ${fmt(figures.all.precision).padEnd(18)}  ${fmt(figures.all.recall)}`,
    );
    if (values.errors && (split === "dev" || split === "tune")) {
      for (const item of items) {
        const missed = item.gold.filter((move) => !item.found.includes(move));
        const extra = item.found.filter((move) => !item.gold.includes(move) && move !== "rambles");
        if (missed.length + extra.length > 0)
          console.log(`${item.id} missed [${missed.join(",")}] extra [${extra.join(",")}]: ${item.rep}`);
      }
    }
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2));
  console.log(`\nlanguage model load ${loadMs.toFixed(0)} ms; run ${(performance.now() - started).toFixed(0)} ms`);
}

await main();
