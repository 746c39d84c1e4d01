import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";
import { OPENERS } from "./clause-spans";
import { matches } from "./move-rules";
import { rule } from "./clause-deeds";

/**
 * Checks of understanding read from a question's structure (session 14, issue 14 item 7), where the
 * phrase rules name only some wordings:
 * - a closed question whose subject points back at what the rep just said ("Does that all work?",
 *   "Does all of this suit you?"): a pronoun, not a determiner before a noun ("Does that time work for
 *   your team?" asks about a slot), nor "it" (a device: "Does it work now?");
 * - a statement put as a question with the customer as the subject of a verb of understanding
 *   ("So you understand there's nothing more to pay?", "You follow?").
 * And the opposite: "just to check," before an ordinary question ("Just to check, are you calling from
 * the number on the account?") checks a fact, not the customer's understanding.
 */

const POINTS_BACK = /^(?:that|this|everything|all)$/;
/** Verbs that ask whether what was said suits or holds ("work", "suit", "sound right", "make sense", "add up", "cover it"). */
const HOLDS = /^(?:work|suit|sound|seem|make|add|cover)$/;
/** What may close such a question: "… for you?", "… okay?", "… right?", "… everything you need?". */
const CLOSING = /^(?:for|to|you|everyone|everything|need|okay|ok|alright|right|good|fine|fair|sense|up|clear|\?|\.)$/;

function firstWord({ words }: Tokens): number {
  let i = 0;
  while (OPENERS.test(words[i] ?? "")) i += 1;
  return i;
}

/** "Does that all work?", "Does all of that make sense to you?", "Does this sound fair?" */
function asksWhetherItHolds(tokens: Tokens): boolean {
  const { words, pos, lemmas } = tokens;
  let i = firstWord(tokens);
  if (!/^(?:does|do|did|would|will)$/.test(words[i] ?? "")) return false;
  i += 1;
  if (!POINTS_BACK.test(words[i] ?? "")) return false;
  // "that time", "this plan": a determiner before a noun names something else.
  if (pos[i] === "DET" && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(pos[i + 1] ?? "") && !HOLDS.test(lemmas[i + 1] ?? ""))
    return false;
  i += 1;
  while (/^(?:all|of|that|this|so|far|then)$/.test(words[i] ?? "")) i += 1;
  if (!HOLDS.test(lemmas[i] ?? "")) return false;
  // Only closing words after the verb, up to a second clause ("…, and is there anything else?"): "Does that
  // work for your Tuesday delivery?" asks about a slot.
  const rest = words.slice(i + 1);
  const clauseEnds = rest.findIndex((word, k) => word === "," && /^(?:and|or)$/.test(rest[k + 1] ?? ""));
  return (clauseEnds < 0 ? rest : rest.slice(0, clauseEnds)).every((word) => CLOSING.test(word));
}

/** "So you understand there's nothing more to pay?", "You follow?", "You see what I mean?" */
function declaresUnderstanding(tokens: Tokens): boolean {
  const { words, lemmas } = tokens;
  if (words.at(-1) !== "?") return false;
  // At the start, or after ", so": "It's all sorted, so you understand nothing more comes out?"
  const starts = [
    firstWord(tokens),
    ...words.flatMap((word, i) => (word === "so" && words[i - 1] === "," ? [i + 1] : [])),
  ];
  return starts.some((i) => words[i] === "you" && /^(?:understand|follow|see|get)$/.test(lemmas[i + 1] ?? ""));
}

const JUST_TO_CHECK = /^\s*(?:(?:ok(?:ay)?|so|and),?\s+)?just to (?:check|confirm|double-check)\s*,\s*/i;

/**
 * "Just to check, are you seeing two charges or one?": the rest is an ordinary inverted question (an
 * auxiliary, then its subject), so the opener checks a fact; "Just to confirm, you want it closed today?"
 * puts what the customer said back to them, and stays a check.
 */
function checksOnlyAFact(text: string): boolean {
  const opener = JUST_TO_CHECK.exec(text);
  if (!opener) return false;
  const after = text.slice(opener[0].length);
  if (!/^(?:are|is|was|were|do|does|did|would|will|could|can|have|has|should)\s+(?!i\b)\w+/i.test(after)) return false;
  return !matches(rule("checks_understanding"), " ".repeat(opener[0].length) + after);
}

/** Whether the sentence checks understanding, once its structure is read (`found`: the rules' moves). */
export function checksAfterReading(found: Set<RepMove>, tokens: Tokens, ruleText: string, question: boolean): boolean {
  if (found.has("checks_understanding")) return !checksOnlyAFact(ruleText);
  return question && (asksWhetherItHolds(tokens) || declaresUnderstanding(tokens));
}
