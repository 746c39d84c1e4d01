import type { Turn } from "../conversation/transcript";
import { splitSentences } from "../conversation/sentences";
import { preparedOf, type Hit, type Hits } from "./turn-hits";

/**
 * Once the rep has done the deed on the call ("I've just refunded the charge", "It's done"), saying
 * how long it takes to reach the customer ("3 to 5 working days to show", "I can't make it faster",
 * "that's the bank's timing") is honest about someone else's clock: not the rep refusing or putting
 * it off, and not the vague promise ownership's anchor 2 names ("someone will be in touch, three to
 * five business days"), which is said *instead of* a deed. The same words with nothing done stay a
 * delay.
 */
const DONE =
  /\b(?:I've|I have|we've|we have) (?:just |now |already )?(?:refunded|reversed|credited|processed|restored|issued|unblocked|lifted|put (?:a|the|that) \w+ through)\b|\b(?:it's|that's|it is|that is) (?:all )?done\b|^(?:refunded|reversed|credited|processed) (?:it|that|this|the \w+)\b/i;
const TIMING =
  /\b(?:\d+|one|two|three|four|five|six|seven|ten)(?: to |-|–| or )(?:\d+|two|three|four|five|six|seven|ten) (?:working |business |bank )?days\b|\b(?:a few|several) (?:working |business )?days\b|\bmake it (?:any )?(?:faster|quicker|sooner)\b|\b(?:to|it) (?:show|clear|appear|land)s?\b|\bbank(?:'s|s)? (?:timing|side|end)\b/i;
/** What the deed's timing may be held against: a delay move, or a phrase the anchors call vague. */
const DELAY = "refuses_or_delays";

/** Whether `quote` (a sentence of `turn`) is the timing of a deed the rep did on the call at or before it. */
export function isSettledTiming(quote: string, turn: Turn, earlierRepTurns: readonly Turn[]): boolean {
  if (!TIMING.test(quote)) return false;
  if (earlierRepTurns.some((earlier) => saysDone(preparedOf(earlier.text).text))) return true;
  const sentences = splitSentences(preparedOf(turn.text).text);
  const at = sentences.findIndex((sentence) => sentence.includes(quote) || quote.includes(sentence));
  return sentences.slice(0, at === -1 ? sentences.length : at).some(saysDone);
}

function saysDone(text: string): boolean {
  return splitSentences(text).some((sentence) => DONE.test(sentence.trim()));
}

/**
 * A turn's hits without the delays and vague promises that are only the timing of a deed already
 * done. `earlierRepTurns`: the rep's turns before this one in the call.
 */
export function withoutSettledTiming(hits: Hits, turn: Turn, earlierRepTurns: readonly Turn[]): Hits {
  const settled = (hit: Hit) => isSettledTiming(hit.evidence.quote, turn, earlierRepTurns);
  const isDelay = (hit: Hit) => hit.source === DELAY && settled(hit);
  const bad = hits.bad.filter((hit) => !isDelay(hit));
  const mild = (hits.mild ?? []).filter((hit) => !isDelay(hit));
  const held = (hits.held ?? []).filter((hit) => !settled(hit));
  if (
    bad.length === hits.bad.length &&
    mild.length === (hits.mild?.length ?? 0) &&
    held.length === (hits.held?.length ?? 0)
  )
    return hits;
  return { ...hits, bad, mild, held };
}
