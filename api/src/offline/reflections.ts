import type { RepMove } from "../conversation/moves";
import type { Turn } from "../conversation/transcript";
import { boundedMemo } from "../conversation/bounded-memo";
import { tokensOf } from "../conversation/tokens";
import { preparedOf } from "./turn-hits";

/**
 * The `reflects` signal: a rep statement that gives back what the customer told them about their
 * situation, in their words ("Moving to Denver for the new job, that makes sense."). Both blind
 * raters scored a call with nothing gone wrong on how the rep took in the customer's situation
 * (evals/blind/sources/HOW-*-WAS-RATED.md), which no move names.
 */

/** Content words the customer's own words must share with the rep's: nouns, names, verbs, adjectives, numbers. */
const CONTENT = new Set(["NOUN", "PROPN", "VERB", "ADJ", "NUM"]);
/** The request itself and the words of any call: echoing "cancel my membership" takes in nothing. */
const REQUEST =
  /^(?:cancel\w*|account|contract|membership|subscription|plan|service|today|now|need|want|please|help|get|go|do|make|say|tell|know|think|like|just|sure|thing|way|time|call|ring|have|be|let|sort|good|right|okay|ok)$/i;
/** Deeds, not reflections: a sentence that offers, confirms, pitches or refuses does something else. */
const DEEDS = new Set<RepMove>([
  "offers_remedy",
  "retention_pitch",
  "superiority_pitch",
  "confirms_cancellation",
  "commits_to_action",
  "refuses_or_delays",
  "transfers",
  "deflects_channel",
  "interrogates_reason",
  "blames_customer",
  "checks_understanding",
  "escalates",
]);
/** How many of the customer's content words a statement must give back. */
const SHARED = 2;
/**
 * The rep's own take on what they gave back ("that makes sense", "I can imagine", "good luck"):
 * without one, their words in a statement are a policy or a product ("the fee's waived for
 * residential care"), not their situation taken in.
 */
const STANCE =
  /\b(?:makes? (?:total |complete )?sense|of course|I can (?:only )?imagine|sorry|sounds? (?:like|hard|tough|exhausting|awful|exciting|great)|must (?:be|have been)|that's (?:a lot|hard|tough|huge|big|great|exciting|understandable|fair)|I hear you|understandabl[ey]|congratulations|good luck|fair enough|no wonder)\b/i;

// A call is graded again on every prefix: each text is read once.
const contentLemmas = boundedMemo(1_000, (text: string): Set<string> => {
  const { lemmas, pos } = tokensOf(text);
  const found = new Set<string>();
  lemmas.forEach((lemma, i) => {
    if (CONTENT.has(pos[i] ?? "") && lemma.length > 2 && !REQUEST.test(lemma)) found.add(lemma.toLowerCase());
  });
  return found;
});

/** The first statement of `turn` that gives back two or more of the customer's content words said before it, or null. */
export function reflectionIn(turn: Turn, transcript: readonly Turn[]): string | null {
  const theirs = new Set(
    transcript
      .filter((said) => said.role === "customer" && said.index < turn.index)
      .flatMap((said) => [...contentLemmas(said.text)]),
  );
  if (theirs.size === 0) return null;
  const { reading } = preparedOf(turn.text);
  if (reading.unnatural) return null;
  const sentence = reading.sentences.find(
    (candidate) =>
      candidate.question === null &&
      // About the company ("we don't charge where someone's moved into care"): policy, not their situation.
      candidate.about !== "company" &&
      STANCE.test(candidate.text) &&
      !candidate.moves.some((move) => DEEDS.has(move)) &&
      [...contentLemmas(candidate.text)].filter((lemma) => theirs.has(lemma)).length >= SHARED,
  );
  return sentence?.text ?? null;
}
