import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * wink-nlp with its English "lite" model (it ships inside the npm package: no download, pure JS):
 * one pass per sentence gives the tokens every check of that sentence reads.
 */

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;
let loadMs: number | null = null;

/** wink-nlp and its model, loaded once on first use (about 180 ms). */
function reader(): Nlp {
  if (!nlp) {
    const started = performance.now();
    nlp = winkNLP(model);
    loadMs = performance.now() - started;
  }
  return nlp;
}

/** Loads the language model now (at start-up) and returns how long loading took, in ms. */
export function loadLanguageModel(): number {
  reader();
  return loadMs ?? 0;
}

/** One sentence as wink-nlp reads it, token by token. */
export interface Tokens {
  /** The words as written. */
  values: string[];
  /** wink-nlp's normal form, lower case. */
  words: string[];
  lemmas: string[];
  /** Universal parts of speech: NOUN, VERB, AUX, PRON, ADJ, ADP, PUNCT ... */
  pos: string[];
  /** The word is under a negation ("I can't cancel that": the words after "n't"). */
  negation: boolean[];
  /** Where each token starts in the sentence (from wink-nlp's preceding spaces). */
  starts: number[];
}

export function tokensOf(text: string): Tokens {
  const its = reader().its;
  const tokens = reader().readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  let at = 0;
  const starts = values.map((value, i) => {
    at += (spaces[i] ?? "").length;
    const start = at;
    at += value.length;
    return start;
  });
  return splitFirstPersonBe({
    values,
    words: (tokens.out(its.normal) as string[]).map((word) => word.toLowerCase()),
    lemmas: tokens.out(its.lemma as unknown as typeof its.normal) as string[],
    pos: tokens.out(its.pos) as string[],
    negation: tokens.out(its.negationFlag) as unknown as boolean[],
    starts,
  });
}

const I_AM = /^i['’]m$/i;

/**
 * wink-nlp's lite model splits "we're" and "I'll" but reads "I'm" as one proper noun, so "I'm
 * sorry" had no subject and no verb (a fragment) and "I'm sending it" no pronoun before its verb:
 * split it into "I" (PRON) and "'m" (AUX, "am", lemma "be") as the model does for the others.
 */
function splitFirstPersonBe(tokens: Tokens): Tokens {
  if (!tokens.values.some((value) => I_AM.test(value))) return tokens;
  const out: Tokens = { values: [], words: [], lemmas: [], pos: [], negation: [], starts: [] };
  tokens.values.forEach((value, i) => {
    const push = (v: string, word: string, lemma: string, pos: string, start: number) => {
      out.values.push(v);
      out.words.push(word);
      out.lemmas.push(lemma);
      out.pos.push(pos);
      out.negation.push(tokens.negation[i] ?? false);
      out.starts.push(start);
    };
    const start = tokens.starts[i] ?? 0;
    if (I_AM.test(value)) {
      push(value.slice(0, 1), "i", "i", "PRON", start);
      push(value.slice(1), "am", "be", "AUX", start + 1);
    } else push(value, tokens.words[i] ?? "", tokens.lemmas[i] ?? "", tokens.pos[i] ?? "", start);
  });
  return out;
}

/** The tokens that start inside [from, to) of the sentence. */
export function tokensWithin(tokens: Tokens, from: number, to: number): Tokens {
  return tokensWhere(tokens, (i) => (tokens.starts[i] ?? -1) >= from && (tokens.starts[i] ?? -1) < to);
}

/** The tokens whose index `keep` accepts, every list kept in step. */
export function tokensWhere(tokens: Tokens, keep: (index: number) => boolean): Tokens {
  const pick = <T>(list: T[]) => list.filter((_, i) => keep(i));
  return {
    values: pick(tokens.values),
    words: pick(tokens.words),
    lemmas: pick(tokens.lemmas),
    pos: pick(tokens.pos),
    negation: pick(tokens.negation),
    starts: pick(tokens.starts),
  };
}

/** wink-nlp's sentiment of a stretch of words, from -1 (bad) to 1 (good): whether a judgement is harsh or kind. */
export function sentimentOf(text: string): number {
  return reader().readDoc(text).out(reader().its.sentiment) as unknown as number;
}
