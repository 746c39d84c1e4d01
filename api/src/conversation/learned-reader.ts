import weights from "./learned-weights.json";
import { withLearnedMoves, type MoveModel } from "./learned-moves";
import { sentenceFeatures } from "./move-features";
import type { RuleSentence } from "./read-turn";

/**
 * The learned reader on top of the rules (session 17): per move, a logistic regression over a
 * sentence's lemmas, pairs and shape, trained on the tune part of evals/moves DEV only
 * (`npm run train:moves` writes learned-weights.json). It only adds a move the rules missed, when
 * confident and nothing in the reading vetoes it (learned-moves.ts); the rules' moves stay, and a
 * move the rules found and took back on purpose (move-set.ts) is not added again.
 */
const MODEL: MoveModel = { threshold: weights.threshold, moves: weights.moves as MoveModel["moves"] };

/** The rules' sentences with the moves the model adds. */
export function withLearnedReading(sentences: RuleSentence[]): RuleSentence[] {
  return sentences.map((sentence) => {
    // The model reads the sentence, not the rules' verdict on it ("r:" features were not trained on).
    const features = sentenceFeatures(sentence.tokens, sentence.reading, []).filter((f) => !f.startsWith("r:"));
    const ruleMoves = withLearnedMoves(MODEL, { ...sentence, features }, new Set(sentence.withdrawn));
    return ruleMoves.join() === sentence.ruleMoves.join() ? sentence : { ...sentence, ruleMoves };
  });
}
