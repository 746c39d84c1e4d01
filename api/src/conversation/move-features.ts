import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";

/**
 * What the learned move reader (learned-moves.ts) sees of a sentence: its lemmas (marked when under
 * a negation), lemma pairs, how it opens, part-of-speech pairs, and what the rule reader made of it
 * (its moves, question or statement, whom it is about). The same function builds the training rows
 * and the rows a fold's model reads (cross-validate-moves.ts).
 */

export interface FeatureContext {
  question: "open" | "closed" | null;
  negated: boolean;
  about: "customer" | "company" | null;
  sarcastic: boolean;
}

const lemmaOf = (tokens: Tokens, i: number): string => {
  if (tokens.pos[i] === "NUM") return "#num";
  return (tokens.lemmas[i] ?? tokens.words[i] ?? "").toLowerCase();
};

export function sentenceFeatures(tokens: Tokens, context: FeatureContext, ruleMoves: readonly RepMove[]): string[] {
  const features = new Set<string>();
  const kept: number[] = [];
  tokens.pos.forEach((tag, i) => {
    if (tag !== "PUNCT" && tag !== "SPACE" && tag !== "SYM") kept.push(i);
  });
  for (const i of kept) features.add(`${tokens.negation[i] ? "n" : "w"}:${lemmaOf(tokens, i)}`);
  for (let k = 0; k + 1 < kept.length; k += 1) {
    const [a, b] = [kept[k] ?? 0, kept[k + 1] ?? 0];
    features.add(`b:${lemmaOf(tokens, a)}_${lemmaOf(tokens, b)}`);
    features.add(`p:${tokens.pos[a]}_${tokens.pos[b]}`);
  }
  const [first, second] = kept;
  if (first !== undefined) features.add(`s:${lemmaOf(tokens, first)}`);
  if (first !== undefined && second !== undefined)
    features.add(`s2:${lemmaOf(tokens, first)}_${lemmaOf(tokens, second)}`);
  for (const move of ruleMoves) features.add(`r:${move}`);
  if (ruleMoves.length === 0) features.add("r:none");
  features.add(`q:${context.question ?? "statement"}`);
  features.add(`about:${context.about ?? "none"}`);
  if (context.negated) features.add("neg");
  if (context.sarcastic) features.add("sarcastic");
  return [...features];
}
