import type { RepMove } from "./moves";
import { matches } from "./move-rules";
import { HEDGE, repIsDoing, rule } from "./clause-deeds";
import { tokensWithin, type Tokens } from "./tokens";
import { remedyGiven } from "./remedy-gifts";
import { safeguardAgainstRecurrence } from "./remedy-safeguards";

/**
 * A remedy told as done rather than said by the rep as an act (session 14, issue 14 item 7):
 * - in the passive, said of the remedy: "an engineer's been assigned", "your late fee has been waived";
 *   the rules read it as the active act it reports ("we're sending an engineer", "we waive your late fee");
 * - as a recap of what is arranged, a thing and its participle with no verb: "breakfast covered, and your
 *   deposit refunded";
 * - named in candour about the outcome, then done: "I can't promise the refund will be instant, but I'm
 *   processing it now" (the "can't" is about the promise, not the refund);
 * - and two offers put the other way round: what the rep has free, with "would that work?" ("I've got a
 *   slot on Friday, would that suit?"), and the act another party does not do, taken on ("your bank can't
 *   reverse it as fast as we can, so let me do it").
 */

/** Verbs whose participle tells a remedy arranged or given ("assigned", "booked", "waived"). */
const ARRANGED =
  /^(?:assign|allocate|book|rebook|schedule|dispatch|arrange|send|order|issue|approve|apply|process|waive|refund|credit|reimburse|compensate|cover|replace|repair|fix|restore|reinstate|reverse|lift|remove)$/;
/** Participles of a recap that put something right on their own. */
const PUT_RIGHT_ALONE =
  /^(?:cover|waive|refund|credit|reimburse|compensate|fix|rebook|replace|repair|restore|reverse)$/;
/** What the candour is about: "can't promise", "can't guarantee", "can't say for sure". */
const CANDOUR =
  /^.*?\b(?:promise|guarantee|predict|say for (?:sure|certain)|tell you(?: for (?:sure|certain)| exactly| yet)?)\b/i;

const participle = (words: string[], pos: string[], lemmas: string[], i: number) =>
  pos[i] === "VERB" && /(?:ed|en|nt)$/.test(words[i] ?? "") && words[i] !== lemmas[i];

/** The noun phrase that ends just before `end`: determiners, possessives, adjectives and nouns. */
function phraseBefore({ words, pos }: Tokens, end: number): { from: number; text: string } | null {
  let from = end;
  while (from > 0 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(pos[from - 1] ?? "")) from -= 1;
  if (from > 0 && /^(?:your|our|his|her|their|my)$/.test(words[from - 1] ?? "")) from -= 1;
  if (from === end || !/^(?:NOUN|PROPN)$/.test(pos[end - 1] ?? "")) return null;
  return { from, text: words.slice(from, end).join(" ") };
}

/** "An engineer's been assigned", "your fee is now waived": the rules read the act it reports. */
function passiveRemedy(tokens: Tokens): boolean {
  const { words, pos, lemmas, negation } = tokens;
  return words.some((_, i) => {
    if (!participle(words, pos, lemmas, i) || negation[i] || !ARRANGED.test(lemmas[i] ?? "")) return false;
    let aux = i - 1;
    // Perfect ("has been", "'s been") or a state reached now ("is now", "'s all").
    if (words[aux] === "been") aux -= 1;
    else if (/^(?:now|already|all|just)$/.test(words[aux] ?? "")) aux -= 1;
    else return false;
    if (!/^(?:has|have|'s|is|are|'re)$/.test(words[aux] ?? "")) return false;
    const subject = phraseBefore(tokens, aux);
    if (!subject) return false;
    const active = [`we ${lemmas[i]} ${subject.text}`, `we're sending ${subject.text}`];
    return active.some((sentence) => matches(rule("offers_remedy"), sentence));
  });
}

/** "…, breakfast covered, and your deposit refunded": a thing and its participle, with no verb to carry it. */
function recapOfRemedy(tokens: Tokens): boolean {
  const { words, pos, lemmas } = tokens;
  return words.some((_, i) => {
    if (!participle(words, pos, lemmas, i) || !PUT_RIGHT_ALONE.test(lemmas[i] ?? "")) return false;
    const subject = phraseBefore(tokens, i);
    if (!subject) return false;
    // The phrase opens a part of a list or the sentence, and the part ends after the participle.
    const before = words[subject.from - 1];
    const after = pos[i + 1] ?? "PUNCT";
    return (before === undefined || /^(?:,|and|so)$/.test(before)) && (after === "PUNCT" || after === "CCONJ");
  });
}

/** "I can't promise the refund will be instant, but I'm processing it now." */
function remedyBehindCandour(text: string, tokens: Tokens): boolean {
  const hedge = HEDGE.exec(text);
  if (!hedge) return false;
  const candour = CANDOUR.exec(hedge[0]);
  if (!candour) return false;
  const end = hedge.index + hedge[0].length;
  const rest = text.slice(end);
  const acting =
    repIsDoing(tokensWithin(tokens, end, text.length), new Set()) || matches(rule("commits_to_action"), rest);
  const named =
    text.slice(0, hedge.index) + " ".repeat(candour[0].length) + text.slice(hedge.index + candour[0].length);
  return acting && matches(rule("offers_remedy"), named);
}

/** "I've got a slot on Friday with the nurse, would that work?": something the rep has free, put to the customer. */
function availabilityOffered({ words, pos }: Tokens): boolean {
  const tag = words.findIndex(
    (word, i) =>
      /^(?:would|will|does|could|can)$/.test(word) &&
      /^(?:that|it|this)$/.test(words[i + 1] ?? "") &&
      /^(?:work|suit|help|do)$/.test(words[i + 2] ?? ""),
  );
  if (tag < 0) return false;
  return words.some((word, i) => {
    if (i >= tag || !/^(?:i|we)$/.test(word)) return false;
    let j = i + 1;
    if (/^(?:have|'ve)$/.test(words[j] ?? "")) j += 1;
    if (words[j] === "got") j += 1;
    if (j === i + 1 || !/^(?:a|an|one|two|some)$/.test(words[j] ?? "")) return false;
    return pos.slice(j + 1, j + 4).includes("NOUN");
  });
}

/** Acts that put something right, when another party is said not to do them ("your bank can't reverse it"). */
const REMEDIAL = /^(?:refund|reverse|replace|repair|fix|credit|rebook|waive|reimburse|restore|reinstate|unblock)$/;

/**
 * "Your bank can't reverse it as fast as we can, so let me do it", "the courier won't replace it, but I can do
 * that today": the act another party does not do, taken on by the rep with "do it/that".
 */
export function repTakesItOn({ words, pos, lemmas }: Tokens): boolean {
  const other = lemmas.findIndex((lemma, i) => {
    if (pos[i] !== "VERB" || !REMEDIAL.test(lemma)) return false;
    let at = i - 1;
    while (at >= 0 && (pos[at] === "AUX" || pos[at] === "PART" || pos[at] === "ADV")) at -= 1;
    return (
      /^(?:NOUN|PROPN)$/.test(pos[at] ?? "") && words.slice(at + 1, i).some((word) => /^(?:not|n't|never)$/.test(word))
    );
  });
  if (other < 0) return false;
  return words.some(
    (word, j) =>
      j > other &&
      word === "do" &&
      /^(?:it|that|this|so)$/.test(words[j + 1] ?? "") &&
      /^(?:me|i|we|can|will|'ll)$/.test(words[j - 1] ?? "") &&
      words.slice(Math.max(0, j - 3), j).some((before) => /^(?:me|i|we)$/.test(before)),
  );
}

/** The sentence's "not" is another's (the promise's, another party's), not the rep's remedy's. */
export function remedyNegatedElsewhere(text: string, tokens: Tokens): boolean {
  return remedyBehindCandour(text, tokens) || repTakesItOn(tokens);
}

/** Whether a statement tells a remedy done or arranged, in words the act-by-the-rep readings miss. */
export function remedyDone(text: string, tokens: Tokens, found: Set<RepMove>, question: boolean): boolean {
  if (!question && repTakesItOn(tokens)) return true;
  if (["retention_pitch", "transfers", "refuses_or_delays"].some((move) => found.has(move as RepMove))) return false;
  if (remedyBehindCandour(text, tokens) || safeguardAgainstRecurrence(text, tokens)) return true;
  if (recapOfRemedy(tokens) || availabilityOffered(tokens) || remedyGiven(tokens, question)) return true;
  return !question && passiveRemedy(tokens);
}
