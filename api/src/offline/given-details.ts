import { readByRules } from "../conversation/detect-moves";
import { splitSentences } from "../conversation/sentences";

/**
 * Details a customer asks for and a rep can give (issue 14: "Which day?" after the rep named the
 * day, "who's paying for the taxi?" after "it's on us"). The offline customer never asks again for
 * one the rep has already given: the question sentence is dropped from the line it would say.
 */
type Detail = "day" | "who_pays" | "refund" | "in_writing" | "chasing_stops" | "distance" | "action" | "done";

/** The customer asking for the detail (in a question sentence of their line). */
const ASKS: Record<Detail, RegExp> = {
  day: /^\s*(?:by )?when(?: exactly| then| is that| will that be| would that be)?\s*\?|^\s*(?:and )?(?:today|tonight|tomorrow|this week)\s*\?|\bhow (?:quickly|soon|fast)\b|\b(?:which|what) (?:day|date|time)\b|\bwhen (?:is|will|would|can|are|does|do)\b[^?]*\b(?:come|coming|arrive|visit|technician|engineer|someone|happen|be here|be done|fixed|see it|get it|have it|receive it|show|land|clear)\b/i,
  who_pays:
    /\bwho(?:'s| is|'ll| will)? (?:pay|paying|cover|covering)\b|\b(?:do|will|would) i (?:have to )?(?:pay|be charged)\b|\bam i paying\b|\bis (?:that|it) free\b/i,
  refund: /\b(?:refund|money back|reimburs\w*)\b/i,
  in_writing: /\b(?:in writing|an email|a letter|written confirmation)\b/i,
  chasing_stops: /\b(?:stop|no more|end) (?:the |all the )?(?:letters|calls|phone calls|chasing|collection calls)\b/i,
  distance: /\bhow (?:far|close|long (?:a|of a|will the|is the) (?:drive|walk|journey|ride))\b/i,
  action:
    /\bwhat (?:are|will|'re) you (?:going to |gonna )?do(?:ing)?\b|\bwhat you(?:'re| are) (?:going to |gonna )?do(?:ing)?\b|\bwhat (?:can|will) you (?:actually )?do\b|\bwhat happens now\b|\bwhat(?:'s| is) (?:going to happen|being done)\b/i,
  done: /\bis it done\b|\bhave you done it\b/i,
};
/**
 * The worry that goes with asking, said right after the question: "How far is it? I'm not driving another
 * hour." Once the rep has given the detail, the worry goes with the question.
 */
const WORRIES: Partial<Record<Detail, RegExp>> = {
  distance: /\b(?:driv\w*|walk\w*|travel\w*|another hour|miles?|across town|the other side of)\b/i,
  who_pays: /\b(?:pay(?:ing)? for|out of (?:my|our) (?:own )?pocket|footing the bill|cost me)\b/i,
};

/** A demand put as a statement: "I need to know what you're doing about it." */
const DEMAND = /^(?:i need to know|i want to know|i'd like to know|tell me)\b/i;

/** The customer telling the rep to give it ("Email me the confirmation"), in a request clause. */
const REQUESTS: Partial<Record<Detail, RegExp>> = {
  in_writing:
    /^(?:email|e-mail|send|text|post|write|put)\b.*\b(?:confirmation|in writing|reference|details|it|that)\b/i,
  refund: /^(?:refund|give|send|pay|put)\b.*\b(?:refund|money back)\b/i,
  day: /^(?:tell|let) me (?:know )?(?:when|which day|what time|the (?:day|date|time))\b/i,
  done: /^do (?:it|that|this)(?: now| today| right now| straight away)?\b/i,
};
const REQUEST_VERB = String.raw`(?:please |just |and )*(?:email|e-mail|send|text|post|write|put|tell|let|give|refund|pay|confirm|make sure|do)\b`;
const REQUEST_START = new RegExp(`^${REQUEST_VERB}`, "i");
const REQUEST_JOIN = new RegExp(`,?\\s+and\\s+(?=${REQUEST_VERB})`, "i");

/** The rep giving it (in a sentence that does not negate it). */
const GIVES: Partial<Record<Detail, RegExp>> = {
  day: /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|this (?:morning|afternoon|evening)|\d{1,2}(?::\d\d)?\s?(?:am|pm)|(?:by|at|before) (?:noon|midday|\d)|the \d{1,2}(?:st|nd|rd|th)|(?:in|within) (?:the next )?(?:\d+|a few|an?|one|two|three|five|seven|ten|fifteen|twenty|thirty|forty-five)(?:\s?(?:to|-|–)\s?\d+)? (?:minutes?|mins?|hours?|(?:working |business )?(?:days?|weeks?))|right (?:now|away)|straight away)\b/i,
  who_pays:
    /\bon us\b|\bwe(?:'ll| will)? (?:pay|cover)\b|\b(?:no|free of) charge\b|\bat no (?:cost|charge)\b|\bwon'?t cost you\b|\bfree\b|\bcomplimentary\b|\bour (?:cost|expense)\b|\bwe(?:'re| are) paying\b/i,
  refund: /\b(?:refund|money back|reimburs\w*|credit)\b/i,
  in_writing: /\b(?:email|e-mail|in writing|letter|text you|written confirmation)\b/i,
  // A breathing space is a pause in collection activity: the calls and letters stop.
  chasing_stops:
    /\bno (?:more )?(?:collection |chasing )?(?:calls|letters|chasing)\b|\b(?:stop|pause|hold|halt)\w* (?:the |all )?(?:collection |chasing )?(?:calls|letters|chasing|collections?)\b|\bbreathing space\b/i,
  // The act already done on the call: "I've booked you into the Grand", "a taxi's waiting outside now".
  done: /\b(?:i|we)(?:'ve| have) (?:just |now |already )?(?:booked|sent|refunded|cancelled|canceled|arranged|ordered|sorted|done|processed|put (?:it|that|the \w+) through|moved|rebooked|waived|credited)\b/i,
  distance:
    /\b(?:\d+|a few|two|three|four|five|ten|fifteen|twenty|thirty) (?:minutes?|mins?|miles?|km|kilometres?|kilometers?)(?: away| from here| down the road|'? (?:walk|drive))\b|\b(?:round|around) the corner\b|\bacross the (?:road|street)\b|\bnext door\b|\bdown the road\b/i,
};
const NEGATED = /\b(?:not|n't|no way|never|cannot|can't|unable)\b/i;

/** Every detail the rep has given so far in the call; `action` once the rep offered or committed to something. */
export function detailsGiven(repTexts: string[]): Set<Detail> {
  const given = new Set<Detail>();
  const acted = repTexts.some((text) =>
    readByRules(text).moves.some((move) => move === "offers_remedy" || move === "commits_to_action"),
  );
  if (acted) given.add("action");
  for (const sentence of repTexts.flatMap((text) => splitSentences(text))) {
    for (const [detail, gives] of Object.entries(GIVES) as [Detail, RegExp][]) {
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
  let answered: Detail[] = [];
  const kept = sentences.flatMap((sentence) => {
    const after = answered;
    answered = [];
    if (/\?\s*["'”’]?\s*$/.test(sentence) || DEMAND.test(sentence)) {
      answered = [...given].filter((detail) => ASKS[detail].test(sentence));
      return answered.length > 0 ? [] : [sentence];
    }
    if (after.some((detail) => WORRIES[detail]?.test(sentence))) return [];
    const request = withoutGivenRequests(sentence, given);
    return request === null ? [] : [request];
  });
  if (kept.length === sentences.length && kept.every((sentence, i) => sentence === sentences[i])) return line;
  return kept.length === 0 ? null : kept.join(" ");
}

/**
 * A request sentence without its clauses asking for what the rep already gave: "Email me the
 * confirmation and tell me where the router goes." once the email is on its way is "Tell me where
 * the router goes." Null when every clause was given; other sentences come back as they were.
 */
function withoutGivenRequests(sentence: string, given: Set<Detail>): string | null {
  const body = sentence.trim().replace(/[.!]+$/, "");
  if (!REQUEST_START.test(body)) return sentence;
  const clauses = body.split(REQUEST_JOIN);
  const strip = (clause: string) => clause.replace(/^(?:please |just |and )+/i, "");
  const kept = clauses.filter((clause) => ![...given].some((detail) => REQUESTS[detail]?.test(strip(clause))));
  if (kept.length === clauses.length) return sentence;
  if (kept.length === 0) return null;
  const text = kept.join(" and ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The line without any question, for the customer's last words in a call (or null if only questions). */
export function withoutQuestions(line: string): string | null {
  const kept = splitSentences(line).filter((sentence) => !/\?\s*["'”’]?\s*$/.test(sentence));
  return kept.length === 0 ? null : kept.join(" ");
}
