import type { RepMove } from "./moves";
import { customersActEarnsIt } from "./remedy-terms";
import { pitchesAPrice } from "./pitch-prices";
import { pitchesAnAlternative } from "./pitch-alternatives";
import { pitchesTheStakes } from "./pitch-stakes";
import { setsOutToPitch } from "./pitch-intents";
import type { Tokens } from "./tokens";

/**
 * A retention pitch read by what the sentence does with the company's offer (session 14, issue 14
 * item 7), not by more phrases:
 * - a claim to be the best, set against what the customer could have instead ("no other provider gives
 *   you…", "…, so switching would be a step back"): a reason to stay;
 * - a price cut the customer earns by a commitment ("if you move to the annual plan, I can take 15% off"):
 *   a deal, not putting right what went wrong;
 * - a product offered on trial ("would you like to try it for a month?").
 */

/** A cut in price or a period for free. */
const PRICE_CUT =
  /\d\s?%|\b(?:percent|per cent|discount\w*|half[- ]price|cheaper|reduced rate|lower rate)\b|\b(?:months?|weeks?) (?:free|on us|at no (?:charge|cost))\b|\bfree (?:months?|weeks?)\b|\b(?:knock\w*|tak(?:e|ing)|shav\w*)\b[^.?!]{0,20}\boff\b/i;
/** Leaving or changing provider, as the customer's act: "switching", "leaving us", "moving away". */
const LEAVING = /^(?:switch|leave|move|go|cancel|change|port)$/;
/** A period of time a trial runs for. */
const PERIOD = /^(?:day|week|fortnight|month)s?$/;

/**
 * The claim set against the customer's alternatives: rivals ("nobody else", "no other vendor", "of any
 * service"), leaving ("switching would be a step back") or the deal they have ("a good deal"). Set
 * against nothing, it reassures about the problem at hand ("…, so you're in safe hands") and pitches nothing.
 */
const ALTERNATIVES =
  /\b(?:no ?(?:one|body) else|nobody else|no other|any other|every other|than (?:all|every)|of any|than any|anyone else|anywhere else|elsewhere|competitors?|rivals?|(?:good|great|better|best) (?:deal|value)|for (?:your|the) money)\b/i;
function setAgainstAlternatives(text: string, { words, pos, lemmas }: Tokens): boolean {
  if (ALTERNATIVES.test(text)) return true;
  return words.some((word, i) => pos[i] === "VERB" && /ing$/.test(word) && LEAVING.test(lemmas[i] ?? ""));
}

/** "Try it for a month", "you could try the family plan free for two weeks": a product put to the customer on trial. */
function offersATrial({ words, pos }: Tokens): boolean {
  return words.some((word, i) => {
    // Put to the customer, not what the rep did: "I tried it for a week" is neither.
    if (!/^(?:try|trying)$/.test(word) || pos[i] !== "VERB") return false;
    if (words.slice(Math.max(0, i - 3), i).some((before) => /^(?:i|we|i've|we've)$/.test(before))) return false;
    let j = i + 1;
    if (/^(?:it|them|this|that)$/.test(words[j] ?? "")) j += 1;
    else {
      if (!/^(?:DET|PRON)$/.test(pos[j] ?? "")) return false;
      while (j < i + 5 && /^(?:DET|PRON|ADJ|NOUN|PROPN)$/.test(pos[j] ?? "") && words[j] !== "free") j += 1;
      if (pos[j - 1] !== "NOUN" && pos[j - 1] !== "PROPN") return false;
    }
    if (words[j] === "free" || words[j] === "out") j += 1;
    return words[j] === "for" && PERIOD.test(words[j + 2] ?? "") && /^(?:DET|NUM)$/.test(pos[j + 1] ?? "");
  });
}

/** Whether a sentence pitches by one of the readings above (statements, except a trial put as a question). */
export function pitchesToKeep(text: string, tokens: Tokens, found: Set<RepMove>, question: boolean): boolean {
  if (found.has("interrogates_reason") || found.has("refuses_or_delays")) return false;
  if (offersATrial(tokens) || pitchesAPrice(text, tokens, found) || pitchesAnAlternative(tokens)) return true;
  if (setsOutToPitch(tokens)) return true;
  if (question) return false;
  if (pitchesTheStakes(tokens)) return true;
  if (found.has("superiority_pitch") && setAgainstAlternatives(text, tokens)) return true;
  return PRICE_CUT.test(text) && customersActEarnsIt(tokens);
}
