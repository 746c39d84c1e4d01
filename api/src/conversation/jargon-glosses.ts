import type { Tokens } from "./tokens";

/**
 * A technical term the rep glosses in plain words in the same sentence is not jargon to the customer
 * (session 14, issue 14 item 7; MOVES.md: jargon "a customer would not know"):
 * - an appositive: "the ONT, which is the box on your wall, …", "the ONT, or the white box on your wall",
 *   "your node (the cabinet at the end of the road)", "packet loss, basically data going missing";
 * - a plain word that takes the term up again: "…needed a new line card, and that part was out of stock";
 * - an acronym defined: "a PIR is the form you filled in at the desk", "SLA stands for…" (session 16).
 * The sentence with each glossed term blanked is what the jargon rule then reads.
 */

/** Words that open a gloss after a comma (besides "which is" and "or the"): "basically", "meaning", "i.e.". */
const GLOSS_AFTER_COMMA = /^(?:basically|meaning|i\.e\.|ie|essentially)$/;
/** A plain word taking the term up again: "that part", "this box", "the device". */
const PLAIN_HEAD = /^(?:part|piece|bit|box|device|kit|component|equipment|thing|unit|cable|line)s?$/;

/** The first token of the noun phrase that ends at `end` (inclusive), or -1 when `end` is not a noun. */
function phraseStart({ pos }: Tokens, end: number): number {
  if (!/^(?:NOUN|PROPN|X)$/.test(pos[end] ?? "")) return -1;
  let start = end;
  while (start > 0 && /^(?:NOUN|PROPN|ADJ|NUM|X)$/.test(pos[start - 1] ?? "")) start -= 1;
  return start;
}

/** Whether the words after `at` gloss what came before: an appositive, or a plain word taking it up. */
function glossFollows({ words, pos, values }: Tokens, at: number): boolean {
  const next = words[at] ?? "";
  if (next === "(") return /^(?:DET|PRON|NOUN|ADJ)$/.test(pos[at + 1] ?? "");
  // "A PIR is the report you filled in at the desk", "SLA stands for…": an acronym defined (session 16).
  if (/^[A-Z]{2,}s?$/.test(values[at - 1] ?? "") && /^(?:is|means|stands)$/.test(next))
    return next === "stands" ? words[at + 1] === "for" : /^(?:a|an|the)$/.test(words[at + 1] ?? "");
  // "…the OLT — basically the box in the street": a dash opens an appositive as a comma does.
  if (/^(?:—|–)$/.test(next)) return GLOSS_AFTER_COMMA.test(words[at + 1] ?? "");
  if (next !== ",") return false;
  const first = words[at + 1] ?? "";
  // ", which is the…", ", or the…", ", basically…"; not ", which we'll fix" nor ", or we can…".
  if (first === "which" || first === "that") return /^(?:is|means|'s)$/.test(words[at + 2] ?? "");
  if (first === "or") return /^(?:DET|PRON)$/.test(pos[at + 2] ?? "") && !/^(?:i|we|you)$/.test(words[at + 2] ?? "");
  if (GLOSS_AFTER_COMMA.test(first)) return true;
  // ", and that part was…": a demonstrative and a plain head.
  return (
    first === "and" &&
    /^(?:that|this|the)$/.test(words[at + 2] ?? "") &&
    PLAIN_HEAD.test(words[at + 3] ?? "") &&
    /^(?:AUX|VERB)$/.test(pos[at + 4] ?? "")
  );
}

/** The sentence with every term glossed in it blanked (same length, so offsets still line up). */
export function withoutGlossedTerms(text: string, tokens: Tokens): string {
  let out = text;
  tokens.words.forEach((_, i) => {
    if (!glossFollows(tokens, i + 1)) return;
    const start = phraseStart(tokens, i);
    if (start < 0) return;
    const from = tokens.starts[start] ?? 0;
    const to = (tokens.starts[i] ?? 0) + (tokens.values[i] ?? "").length;
    out = out.slice(0, from) + " ".repeat(to - from) + out.slice(to);
  });
  return out;
}
