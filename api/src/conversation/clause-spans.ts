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
