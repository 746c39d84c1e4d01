import { readFileSync } from "node:fs";
import path from "node:path";
import { repMove, type RepMove } from "../../conversation/moves";
import { readSentencesByRules, type RuleSentence } from "../../conversation/read-turn";
import { openToModel } from "../../conversation/learned-moves";
import { sentenceFeatures } from "../../conversation/move-features";
import { splitOf } from "./move-metrics";

/**
 * The DEV split of evals/moves as a learned move reader is trained and cross-validated on it.
 * TEST lines (id % 4 == 0) are dropped as each line is parsed, before their text is read: the
 * trainer and the cross-validation never see them.
 */

export interface DevItem {
  id: string;
  rep: string;
  gold: RepMove[];
  sentences: (RuleSentence & { features: string[] })[];
  /** The rules' moves over the whole item. */
  rules: RepMove[];
}

function readDev<T extends { id: string }>(file: string): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T)
    .filter((line) => splitOf(line.id) === "dev");
}

export function loadDevItems(dir = "evals/moves"): DevItem[] {
  const labels = new Map(
    readDev<{ id: string; moves: string[] }>(path.join(dir, "labels.jsonl")).map((line) => [line.id, line.moves]),
  );
  return readDev<{ id: string; rep: string }>(path.join(dir, "sentences.jsonl"))
    .filter((line) => labels.has(line.id))
    .map((line) => {
      const sentences = readSentencesByRules(line.rep).map((sentence) => ({
        ...sentence,
        features: sentenceFeatures(sentence.tokens, sentence.reading, sentence.ruleMoves),
      }));
      return {
        id: line.id,
        rep: line.rep,
        gold: (labels.get(line.id) ?? []).filter((move): move is RepMove => repMove.safeParse(move).success),
        sentences,
        rules: [...new Set(sentences.flatMap((sentence) => sentence.ruleMoves))],
      };
    });
}

/** One training row per sentence; an item's labels go to each of its sentences. */
export function rowsFor(items: readonly DevItem[], move: RepMove, onlyOpen: boolean) {
  return items.flatMap((item) =>
    item.sentences
      .filter(
        (sentence) => !onlyOpen || openToModel(move, sentence.reading, sentence.tokens, new Set(sentence.ruleMoves)),
      )
      .map((sentence) => ({ features: sentence.features, label: item.gold.includes(move) })),
  );
}
