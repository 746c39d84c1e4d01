import { splitSentences } from "../conversation/sentences";

/**
 * Details a customer asks for and a rep can give (issue 14: "Which day?" after the rep named the
 * day, "who's paying for the taxi?" after "it's on us"). The offline customer never asks again for
 * one the rep has already given: the question sentence is dropped from the line it would say.
 */
type Detail = "day" | "who_pays" | "refund" | "in_writing" | "chasing_stops";

/** The customer asking for the detail (in a question sentence of their line). */
const ASKS: Record<Detail, RegExp> = {
  day: /^\s*when(?: exactly| then| is that| will that be| would that be)?\s*\?|\b(?:which|what) (?:day|date|time)\b|\bwhen (?:is|will|would|can|are|does|do)\b[^?]*\b(?:come|coming|arrive|visit|technician|engineer|someone|happen|be here|be done|fixed)\b/i,
  who_pays:
    /\bwho(?:'s| is|'ll| will)? (?:pay|paying|cover|covering)\b|\b(?:do|will|would) i (?:have to )?(?:pay|be charged)\b|\bam i paying\b|\bis (?:that|it) free\b/i,
  refund: /\b(?:refund|money back|reimburs\w*)\b/i,
  in_writing: /\b(?:in writing|an email|a letter|written confirmation)\b/i,
  chasing_stops: /\b(?:stop|no more|end) (?:the |all the )?(?:letters|calls|phone calls|chasing|collection calls)\b/i,
};

/** The rep giving it (in a sentence that does not negate it). */
const GIVES: Record<Detail, RegExp> = {
  day: /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|this (?:morning|afternoon|evening)|\d{1,2}(?::\d\d)?\s?(?:am|pm)|(?:by|at|before) (?:noon|midday|\d)|the \d{1,2}(?:st|nd|rd|th))\b/i,
  who_pays:
    /\bon us\b|\bwe(?:'ll| will)? (?:pay|cover)\b|\b(?:no|free of) charge\b|\bat no (?:cost|charge)\b|\bwon'?t cost you\b|\bfree\b|\bcomplimentary\b|\bour (?:cost|expense)\b|\bwe(?:'re| are) paying\b/i,
  refund: /\b(?:refund|money back|reimburs\w*|credit)\b/i,
  in_writing: /\b(?:email|e-mail|in writing|letter|text you|written confirmation)\b/i,
  // A breathing space is a pause in collection activity: the calls and letters stop.
  chasing_stops:
    /\bno (?:more )?(?:collection |chasing )?(?:calls|letters|chasing)\b|\b(?:stop|pause|hold|halt)\w* (?:the |all )?(?:collection |chasing )?(?:calls|letters|chasing|collections?)\b|\bbreathing space\b/i,
};
const NEGATED = /\b(?:not|n't|no way|never|cannot|can't|unable)\b/i;

/** Every detail the rep has given so far in the call. */
export function detailsGiven(repTexts: string[]): Set<Detail> {
  const given = new Set<Detail>();
  for (const sentence of repTexts.flatMap((text) => splitSentences(text))) {
    for (const detail of Object.keys(GIVES) as Detail[]) {
      const gives = GIVES[detail];
      // "no charge" and "won't cost you" give who pays by saying no; other negations withhold it.
      if (gives.test(sentence) && (detail === "who_pays" || !NEGATED.test(sentence))) given.add(detail);
    }
  }
  return given;
}

/**
 * The line without its questions for details the rep already gave, or null when nothing would be
 * left. Statements stay: "A month's credit and someone out this week. Which day?" becomes the first
 * sentence once the rep has named the day.
 */
export function withoutAnsweredQuestions(line: string, given: Set<Detail>): string | null {
  if (given.size === 0) return line;
  const sentences = splitSentences(line);
  const kept = sentences.filter(
    (sentence) => !/\?\s*["'”’]?\s*$/.test(sentence) || ![...given].some((detail) => ASKS[detail].test(sentence)),
  );
  if (kept.length === sentences.length) return line;
  return kept.length === 0 ? null : kept.join(" ");
}

/** The line without any question, for the customer's last words in a call (or null if only questions). */
export function withoutQuestions(line: string): string | null {
  const kept = splitSentences(line).filter((sentence) => !/\?\s*["'”’]?\s*$/.test(sentence));
  return kept.length === 0 ? null : kept.join(" ");
}
