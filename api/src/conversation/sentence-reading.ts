import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";
import { eventCleft } from "./account-clefts";

/** What one sentence of a rep turn is, as language: question or statement, negation, fragments, whom it is about, sarcasm. */
export interface SentenceReading {
  text: string;
  /** "open" (how/what/tell me ...), "closed" (yes/no, either/or), or null for a statement. */
  question: "open" | "closed" | null;
  /** Some word in the sentence is under a negation (wink-nlp's negation flag). */
  negated: boolean;
  hasVerb: boolean;
  /** Comma-separated parts, and how many of them are fragments (no clause: no subject and verb). */
  parts: number;
  fragments: number;
  /** Whom the words are about: the customer (you/your) or the company (we/our/us). */
  about: "customer" | "company" | null;
  sarcastic: boolean;
  moves: RepMove[];
}

export const FILLER =
  /^(?:(?:ok(?:ay)?|so|and|also|alright|right|great|sure|sorry|well|now|just|quick question)\b[,\s]*)*/i;
const OPEN_START =
  /^(?:how|what|tell me|walk me through|describe|talk me through|(?:can|could|would) you (?:tell|walk|talk|describe|explain)|i'?d (?:like|love) to (?:hear|know|understand))\b/i;
const SARCASM =
  /^(?:oh|wow|well)[,!]?\s+(?:great|wonderful|perfect|fantastic|brilliant|lovely|fabulous|congratulations|terrific)\b|\byeah,? right\b|\b(?:what a|such a) (?:surprise|shock)\b|\blucky you\b|\bjust what you (?:needed|wanted)\b|\bthanks (?:a lot|for nothing)\b|\bgood luck with that\b|\bboo[- ]?hoo\b|\bcry me a river\b/i;

/** "Can I just say how sorry I am?": asking leave to say something is saying it, not a question to answer. */
export const PERFORMATIVE =
  /^(?:can|could|may|might) (?:i|we) (?:just |quickly |first |also )?(?:say|tell you|add|mention|point out|thank|apologi[sz]e|reassure)\b/i;

export function readSentence(text: string, tokens: Tokens): Omit<SentenceReading, "moves"> {
  const { pos, words, negation } = tokens;
  const trimmed = text.replace(FILLER, "");
  const ends = /\?["'”’)\]\s]*$/.test(text);
  // "Being sent home is awful" starts with an auxiliary but is a statement.
  const startsAsQuestion =
    (pos[0] === "AUX" && !/^being\b/i.test(trimmed)) ||
    (/^(?:how|what|when|where|why|who|which)\b/i.test(trimmed) && !whClauseAsSubject(tokens) && eventCleft(tokens) < 0);
  // "Had you kept up the payments, the account would be open": an inverted condition, then the statement.
  const invertedCondition = /^(?:had|were|should) (?:you|we|i|they|he|she|it)\b[^?]*,/i.test(trimmed);
  const question =
    !PERFORMATIVE.test(trimmed) &&
    (ends || (startsAsQuestion && !invertedCondition && /\b(?:you|your|i|we)\b/i.test(text)));
  const customer = words.filter((word) => /^(?:you|your|yours|yourself)$/.test(word)).length;
  const company = words.filter((word) => /^(?:we|our|us|ours)$/.test(word)).length;
  const { parts, fragments } = countFragments(words, pos);
  return {
    text,
    parts,
    fragments,
    question: !question ? null : OPEN_START.test(trimmed) ? "open" : "closed",
    negated: negation.some(Boolean),
    hasVerb: pos.some((tag) => tag === "VERB" || tag === "AUX"),
    about: customer > company ? "customer" : company > customer ? "company" : null,
    sarcastic: SARCASM.test(text),
  };
}

/**
 * "What that means for you: …", "When you signed up you got a discount": a wh-word followed by its
 * own subject before any verb opens a clause inside a statement, as does one asking about the
 * subject that a later "is" takes as its own ("What happened is your discount ended", "what caused it was…"); a question
 * inverts ("what is", "how long have you") or asks about the subject ("what happened to it").
 */
function whClauseAsSubject({ words, pos }: Tokens): boolean {
  const wh = words.findIndex((word) => /^(?:how|what|when|where|why|who|which)$/.test(word));
  if (wh < 0) return false;
  for (let i = wh + 1; i < pos.length; i += 1) {
    // "What happened is your discount ended": the wh-clause is the subject of a later "is".
    if (pos[i] === "VERB" && i === wh + 1 && words[wh] === "what") {
      const next = /^(?:it|this|that|them)$/.test(words[i + 1] ?? "") ? i + 2 : i + 1;
      return /^(?:is|was)$/.test(words[next] ?? "");
    }
    if (pos[i] === "AUX" || pos[i] === "VERB") return false;
    if (pos[i] === "PRON" || (pos[i] === "DET" && /^(?:that|this|these|those)$/.test(words[i] ?? ""))) return true;
  }
  return false;
}

/**
 * A part is a clause when it has an auxiliary, a pronoun before a verb ("we lost it"), or opens the
 * sentence with a command ("Call me back"); a bare noun phrase or a verb alone ("escalated") is not.
 */
function countFragments(words: string[], pos: string[]): { parts: number; fragments: number } {
  const chunks: number[][] = [[]];
  words.forEach((word, i) => {
    if (/^[,;:•·|/–—-]$/.test(word)) chunks.push([]);
    else if (pos[i] !== "PUNCT") chunks.at(-1)?.push(i);
  });
  const parts = chunks.filter((chunk) => chunk.length > 0);
  const isClause = (chunk: number[], index: number) =>
    chunk.some((i) => pos[i] === "AUX") ||
    (index === 0 && pos[chunk[0] ?? -1] === "VERB" && !/ing$/.test(words[chunk[0] ?? -1] ?? "")) ||
    chunk.some((i, k) => pos[i] === "VERB" && chunk.slice(0, k).some((j) => pos[j] === "PRON"));
  return { parts: parts.length, fragments: parts.filter((chunk, index) => !isClause(chunk, index)).length };
}
