import type { Tokens } from "./tokens";

/** Token index ranges of a sentence's clauses: split at punctuation and at "but" / "so" / "because". */
export function clauses({ words, pos }: Tokens): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  words.forEach((word, i) => {
    const breaks =
      (pos[i] === "PUNCT" && /^[,;:.!?()—–]$/.test(word)) ||
      /^(?:but|so|because|although|though|while|whereas)$/.test(word);
    if (!breaks) return;
    if (i > from) out.push([from, i]);
    from = i + 1;
  });
  if (words.length > from) out.push([from, words.length]);
  return out;
}

/** Auxiliaries, adverbs and particles between a subject and its verb ("could not possibly", "have never"). */
export function verbAfter({ pos, words }: Tokens, from: number, to: number): { chain: string[]; verb: number } {
  const chain: string[] = [];
  let i = from;
  while (i < to && (["AUX", "PART", "ADV"].includes(pos[i] ?? "") || /^(?:not|never)$/.test(words[i] ?? ""))) {
    chain.push(words[i] ?? "");
    i += 1;
  }
  return { chain, verb: i < to ? i : -1 };
}

/** A noun or a name: what can head a subject that is neither the rep nor the customer. */
export const THIRD_PARTY = /^(?:NOUN|PROPN)$/;
/** Words a statement or question may open with before its clause ("so", "well", "now"). */
export const OPENERS = /^(?:ok(?:ay)?|so|and|also|alright|right|great|sure|sorry|well|now|just|oh|but|,)$/;

/** A time or condition clause sets the scene ("until the store has confirmed…", "when the line went…"). */
const SCENE = /^(?:until|till|when|whenever|once|if|unless|before|after|while)$/;

/**
 * Whether the noun at `j` heads a subject: its phrase (determiners, adjectives, possessives) opens
 * the sentence or a clause, not an object ("having your flight cancelled") or a prepositional
 * phrase ("for the inconvenience caused").
 */
export function opensClause(words: string[], pos: string[], j: number): boolean {
  let start = j;
  // A gerund modifier inside the phrase is tagged as a verb at times ("our booking/VERB system").
  const modifier = (at: number) =>
    /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(pos[at] ?? "") ||
    (pos[at] === "VERB" && /ing$/.test(words[at] ?? "") && /^(?:DET|PRON)$/.test(pos[at - 1] ?? ""));
  while (start > 0 && modifier(start - 1)) start -= 1;
  if (start > 0 && pos[start - 1] === "PRON" && /^(?:your|our|my|his|her|their|its)$/.test(words[start - 1] ?? ""))
    start -= 1;
  const before = start > 0 ? (pos[start - 1] ?? "") : "PUNCT";
  if (before === "SCONJ" || before === "ADV") return !SCENE.test(words[start - 1] ?? "");
  return (
    before === "PUNCT" || before === "CCONJ" || (before === "PRON" && /^(?:that|which)$/.test(words[start - 1] ?? ""))
  );
}
