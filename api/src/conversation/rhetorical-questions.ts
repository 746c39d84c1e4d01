import type { RepMove } from "./moves";

/**
 * Questions that do not ask (session 16, issue 14 item 7): the writers of the blind sentences put blame and
 * refusal as rhetorical questions. Read by form: an act called impossible ("How am I supposed to refund
 * something you've used?", "why would we pay for your taxi?", "what makes you think we owe you anything?"),
 * hindsight put to the customer with a negated modal ("Couldn't you have called us first?", "wouldn't it have
 * been easier to check?"), the fault disowned ("Is it really our fault…?"), the notice they ignored ("isn't
 * that what the reminder was for?"), and a channel pressed on them ("can't you just use the app?").
 */

const REFUSED = [
  /^(?:\w+,?\s+)?how (?:am i|are we) (?:supposed|meant|expected) to\b|\bhow (?:can|could) (?:i|we) possibly\b/i,
  /\bwhy (?:would|should) (?:we|i|the company) (?:\w+ )?(?:pay|refund|cover|compensate|reimburse|give|waive|replace|credit)\b/i,
  /\bwhat makes you think (?:we|i)(?:'d| would| will|'ll)? (?:owe|have to|should|must|need to|can|could)\b/i,
];
const BLAMED = [
  /^(?:\w+,?\s+)?(?:couldn'?t|shouldn'?t|wouldn'?t) you (?:just )?(?:have|'ve)\b(?! (?:liked|wanted|preferred|been))/i,
  /^(?:\w+,?\s+)?wouldn'?t it (?:have been|be) (?:easier|better|simpler|quicker|wiser) (?:to|if you)\b/i,
  /\bis (?:it|that|this) (?:really )?(?:our|my|the company'?s) fault\b/i,
  /\bisn'?t that what (?:the|your|our) (?:\w+ )?(?:reminder|email|letter|text|warning|notice|instructions|manual|guide|terms|contract|leaflet)s? (?:is|are|was|were) for\b/i,
  /\blike (?:everyone|everybody|all the other customers|other customers|the rest of (?:us|them)) (?:else )?(?:does|do)?\b/i,
];
/** "Can't you just use the app?", "why don't you just do it online?": the channel pressed on them. */
const PRESSED_ONTO =
  /\b(?:can'?t|couldn'?t|why don'?t) you (?:just|simply) \w+\b[^?]*\b(?:app|website|online|portal|web ?chat|branch|form)\b/i;

/** The moves a rhetorical question does, in place of asking. */
export function rhetoricalMoves(text: string): RepMove[] {
  const moves: RepMove[] = [];
  if (REFUSED.some((form) => form.test(text))) moves.push("refuses_or_delays");
  if (BLAMED.some((form) => form.test(text))) moves.push("blames_customer");
  if (PRESSED_ONTO.test(text)) moves.push("deflects_channel");
  return moves;
}
