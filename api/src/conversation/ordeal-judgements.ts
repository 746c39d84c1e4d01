/**
 * A stretch of the customer's ordeal, counted and judged by the rep (session 16, from a held call):
 * "a week without heating with a baby at home is awful", "three outages in a month is not okay",
 * "two nights in a row with no hot water must have been miserable". The subject counts days, nights,
 * outages or calls of going without; the predicate judges it. It names what this customer lived
 * through, so it acknowledges the impact; a count with no judgement ("a week without heating is the
 * longest we allow") or a judgement of something else does not.
 */

const COUNT = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few|another|almost a|nearly a|over a|more than a)`;
const SPAN = String.raw`(?:days?|weeks?|nights?|months?|hours?|fortnight|weekends?|outages?|visits?|calls?|times|cancellations?|missed appointments?)`;
const GOING_WITHOUT = String.raw`(?:without|with no|no|in a row|in (?:a|one) (?:month|week|day)|on hold|of (?:no|waiting|chasing|calling))`;
const BAD = String.raw`(?:awful|terrible|horrible|dreadful|hard|rough|tough|difficult|unacceptable|exhausting|frightening|scary|stressful|miserable|a nightmare|no joke|too long|far too long|a long time|ridiculous|appalling|shocking|unfair|grim|really bad|so bad)`;
const NOT_FINE = String.raw`(?:not|n't|never)\s+(?:ok(?:ay)?|acceptable|good enough|right|fair|on|what you (?:paid|signed up) for)`;
const ORDEAL = new RegExp(
  String.raw`(?:^|[,;—–:]\s*(?:and\s+|but\s+)?)${COUNT}\s+(?:\w+\s+){0,2}?${SPAN}\b[^,;.?!]*?\b${GOING_WITHOUT}\b[^,;.?!]*?\b(?:is|was|'s|has been|have been|are|were|must (?:be|have been)|can't (?:be|have been)|sounds?)\s+(?:(?:just|really|so|absolutely|genuinely|completely|totally|honestly|frankly|simply|pretty)\s+)*(?:${BAD}|${NOT_FINE})\b`,
  "i",
);

/** Whether the sentence counts a stretch of what the customer went without and judges it. */
export function judgesAnOrdeal(text: string): boolean {
  return ORDEAL.test(text.replace(/[‘’`´]/g, "'"));
}
