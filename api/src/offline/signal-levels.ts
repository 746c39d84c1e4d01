import type { SentenceReading } from "../conversation/read-turn";
import type { RepMove } from "../conversation/moves";
import type { Criterion } from "../library/rubric-schema";
import { findPattern } from "../grading/patterns";

/** A `/regular expression/` in `needs`: a condition on the words, not a signal that earns a step. */
const isPattern = (signal: string) => signal.length > 2 && signal.startsWith("/") && signal.lastIndexOf("/") > 0;

/** What a level can be met by: the moves in scope, and what found each good signal (move, `question`, pattern). */
export interface FoundSignals {
  moves: Set<string>;
  sources: string[];
  /** The rep's words in scope: a `/pattern/` a level needs is looked for here. */
  words?: string[];
  /** The rep gave back the customer's own words about their situation (the signal `reflects`). */
  reflects?: boolean;
  /** The call ended with the customer still asking to end their service (`left_open`). */
  leftOpen?: boolean;
}

/**
 * The rubric's `needs` and `reaches` over the signals found. `floor`: the counted score (baseline
 * plus one per good signal), lifted to any level a signal found reaches by itself; bad signals are
 * taken from it. `ceiling`: the level below the lowest one whose needs are not all met (a level
 * that needs two things needs both).
 */
export function levelled(
  criterion: Criterion,
  found: FoundSignals,
  counted: number,
): { floor: number; ceiling: number } {
  const { needs, reaches, no_offer: unoffered } = criterion.signals;
  const has = (signal: string) =>
    (signal === "reflects" && found.reflects === true) ||
    found.moves.has(signal) ||
    found.sources.some((source) => source === signal || criterion.labels[source] === signal) ||
    (isPattern(signal) && (found.words ?? []).some((words) => findPattern(words, signal) !== null));
  let floor = counted;
  for (const [level, signals] of Object.entries(reaches)) if (signals.some(has)) floor = Math.max(floor, Number(level));
  // No offer in scope: what should come before one had nothing to come before (`no_offer`).
  const offered =
    unoffered !== undefined &&
    (unoffered.moves.some((move) => found.moves.has(move)) ||
      unoffered.phrases.some((phrase) => (found.words ?? []).some((words) => findPattern(words, phrase) !== null)));
  if (unoffered && !offered && unoffered.shown.some(has)) floor = Math.max(floor, unoffered.level);
  let ceiling = Number.POSITIVE_INFINITY;
  for (const [level, signals] of Object.entries(needs))
    if (!signals.every((entry) => (typeof entry === "string" ? has(entry) : entry.some(has))))
      ceiling = Math.min(ceiling, Number(level) - 1);
  const open = criterion.signals.left_open;
  if (open && found.leftOpen && !open.done.some(has)) ceiling = Math.min(ceiling, open.level);
  return { floor, ceiling };
}

const OBSTRUCTING = new Set<RepMove>([
  "interrogates_reason",
  "retention_pitch",
  "superiority_pitch",
  "refuses_or_delays",
  "deflects_channel",
  "transfers",
  "blames_customer",
]);
/** Questions that ask the customer for nothing about their situation: the rep's check or offer. */
const NOT_ABOUT_THEM = new Set<RepMove>([
  "checks_understanding",
  "offers_remedy",
  "commits_to_action",
  "confirms_cancellation",
]);
/** Account, security, opening and closing questions, and troubleshooting ("have you tried restarting it?"). */
const ADMIN_QUESTION =
  /\b(?:account (?:number|holder|email|name)|(?:email|e-mail|name|address|number)(?: address)? (?:on|for) (?:the|your) account|(?:the |your )?email (?:address )?(?:you use|on file)|account email|booking reference|(?:reference|membership|member|customer|policy|order|case|ticket|claim) number|last four digits|card ending|confirm (?:your|the) (?:name|address|account|date|details|identity|postcode|email)|date of birth|post ?code|zip code|security|anything else|is that everything|how (?:can|may|could) (?:i|we) help|what can (?:i|we) do for you|have you (?:tried|checked|restarted|rebooted|unplugged)|tried (?:restarting|rebooting|turning))\b|^(?:(?:your|the) )?(?:email|e-mail|account email|reference|booking reference)\??$/i;

/**
 * Read as questions, but asking nothing: a bare tag ("OK? Great.", anchor 2's rhetorical check of
 * service-recovery) and a statement that opens like a question ("So what happened there is the
 * payment timed out…", the cause told, not asked).
 */
const ASKS_NOTHING =
  /^(?:ok|okay|alright|all right|right|yeah|yes|yep|no|sure|great|good)\W*$|^(?:so |and |well |now |basically )?what(?:'s| has)? (?:happened|went wrong)(?: there| here| on the \w+)? (?:is|was)\b/i;

/**
 * `good.question`: a question the customer could answer about their situation. "Why do you want
 * to cancel?" or "why don't you want the fastest internet?" presses or pitches and asks nothing
 * (issue 14); nor does a check, an offer, an account or closing question, or troubleshooting
 * (the anchors put those at the bottom of the scale, or count them under their own move).
 */
export function asksAboutTheirSituation(sentence: SentenceReading): boolean {
  return (
    sentence.question !== null &&
    !sentence.moves.some((move) => OBSTRUCTING.has(move) || NOT_ABOUT_THEM.has(move)) &&
    !ADMIN_QUESTION.test(sentence.text) &&
    !ASKS_NOTHING.test(sentence.text.trim())
  );
}

/** Whether a criterion's levels read the signal `reflects` (a statement giving back the customer's words). */
export function readsReflections(criterion: Criterion): boolean {
  const { needs, reaches, no_offer: unoffered } = criterion.signals;
  return [...Object.values(needs).flat(2), ...Object.values(reaches).flat(), ...(unoffered?.shown ?? [])].includes(
    "reflects",
  );
}
