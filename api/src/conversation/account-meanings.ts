import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";
import { POINT } from "./account-processes";
import { opensClause, THIRD_PARTY } from "./clause-spans";
import { OUT_OF_ORDER } from "./account-states";

/**
 * Accounts told by what a thing means or the state it is in (session 16, issue 14 item 7), forms the
 * thing-as-subject readings of account-readings.ts and account-states.ts miss:
 * - a thing as the subject of "means": "a credit on your invoice means the money comes off your next
 *   bill", "the amber light meant the line was resyncing" (account-readings' rule reads "that means");
 * - a thing in a state that says how it works or where it stands: "the block was automatic", "the
 *   renewal is optional", "your order is on hold until the payment clears"; not judged ("the bill is
 *   wrong", "the wait is long": those are verdicts, not states).
 */

/** The start of the noun phrase (with its own prepositional phrase) that ends right before `at`. */
function subjectStart({ words, pos }: Tokens, at: number): number {
  let start = at;
  let noun = false;
  while (start > 0) {
    const tag = pos[start - 1] ?? "";
    const possessive = tag === "PRON" && /^(?:your|our|my|his|her|their|its)$/.test(words[start - 1] ?? "");
    if (!/^(?:NOUN|PROPN|ADJ|DET|NUM|ADP|PART)$/.test(tag) && !possessive) break;
    if (THIRD_PARTY.test(tag)) noun = true;
    start -= 1;
  }
  return noun ? start : -1;
}

const GLOSS_ADVERB = /^(?:just|simply|really|actually|only|also|basically|usually|normally)$/;

/** "A credit on your invoice means the money comes off your next bill": a thing says what follows from it. */
export function saysWhatItMeans(tokens: Tokens): boolean {
  const { words, pos, lemmas } = tokens;
  return words.some((word, i) => {
    if (lemmas[i] !== "mean" || !/^(?:means|meant)$/.test(word)) return false;
    // "An escape of water just means…": an adverb may part the subject from its verb.
    const end = GLOSS_ADVERB.test(words[i - 1] ?? "") ? i - 1 : i;
    if (!THIRD_PARTY.test(pos[end - 1] ?? "")) return false;
    const start = subjectStart(tokens, end);
    if (start < 0) return false;
    const before = start > 0 ? (words[start - 1] ?? "") : ",";
    if (!/^(?:,|;|—|–|and|but|so|because)$/.test(before) && start > 0) return false;
    // What follows is a clause: a subject ("the money", "you") and, within a few words, its verb.
    if (!/^(?:DET|NOUN|PROPN|PRON|NUM)$/.test(pos[i + 1] ?? "")) return false;
    return pos.slice(i + 2, i + 7).some((tag) => tag === "VERB" || tag === "AUX");
  });
}

/** States that say how a thing works or where it stands, not how good it is. */
const STATE =
  /^(?:automatic|manual|temporary|permanent|separate|standard|mandatory|optional|pending|active|inactive|live|expired|due|overdue|outstanding|unpaid|locked|limited|capped|fixed|variable|included|excluded|non-refundable|refundable|transferable|suspended|frozen)$/;

/** "The block was automatic", "your order is on hold until the payment clears": a thing in a state. */
export function thingInAState({ words, pos }: Tokens): boolean {
  return words.some((word, j) => {
    if (!THIRD_PARTY.test(pos[j] ?? "") || THIRD_PARTY.test(pos[j + 1] ?? "") || !opensClause(words, pos, j))
      return false;
    let i = j + 1;
    if (!/^(?:is|are|was|were|'s|'re)$/.test(words[i] ?? "")) return false;
    i += 1;
    while (/^(?:now|still|currently|just|already|only|always|usually|not|n't|fully|completely)$/.test(words[i] ?? ""))
      i += 1;
    const next = words[i] ?? "";
    if (next === "on" && /^(?:hold)$/.test(words[i + 1] ?? "")) return true;
    return STATE.test(next) || (OUT_OF_ORDER.test(next) && next !== "out" && next !== "full");
  });
}

/** "I can see it went to an old address", "it looks like they were sent twice": what the rep finds, with "it" as its subject. */
const FINDING = /^(?:i can see|i see|it looks like|it seems|i have found|i found|i have noticed|i noticed)$/;
export function findsWhatItDid({ words, pos, lemmas }: Tokens): boolean {
  return words.some((_, at) => {
    const n = [4, 3, 2].find((size) => FINDING.test(words.slice(at, at + size).join(" ")));
    if (n === undefined) return false;
    let i = at + n;
    if (words[i] === "that") i += 1;
    if (!/^(?:it|they)$/.test(words[i] ?? "")) return false;
    i += 1;
    const passive = /^(?:was|were)$/.test(words[i] ?? "");
    if (passive) i += 1;
    const verb = words[i] ?? "";
    // A past form ("went", "bounced") or a passive participle ("was sent"), not "it is" or "it will".
    return pos[i] === "VERB" && verb !== lemmas[i] && !/ing$/.test(verb) && (passive || !/[^s]s$/.test(verb));
  });
}

/**
 * "If you turn on Wi-Fi calling, your phone will use your home internet": after a condition, what a thing
 * will then do says how it works (not what the rep will do: "…, I'll book it").
 */
export function whatAThingWillDo({ words, pos }: Tokens): boolean {
  if (!/^(?:if|once|when|whenever)$/.test(words[0] ?? "")) return false;
  const comma = words.indexOf(",");
  if (comma < 3) return false;
  let j = comma + 1;
  while (/^(?:DET|ADJ|NUM)$/.test(pos[j] ?? "") || /^(?:your|the|our)$/.test(words[j] ?? "")) j += 1;
  if (!THIRD_PARTY.test(pos[j] ?? "")) return false;
  while (THIRD_PARTY.test(pos[j + 1] ?? "")) j += 1;
  return /^(?:will|'ll|should|would)$/.test(words[j + 1] ?? "") && pos[j + 2] === "VERB";
}

/** Whether a statement says what a thing means or the state it is in; `found` holds its moves so far. */
export function tellsMeaningOrState(found: Set<RepMove>, tokens: Tokens): boolean {
  // What a remedy means is told ("a credit means the money comes off your next bill"); a pitch's or a
  // sympathy's "means" serves them.
  if (saysWhatItMeans(tokens) && !SERVES.some((move) => found.has(move))) return true;
  if (!SERVES.some((move) => found.has(move)) && (findsWhatItDid(tokens) || whatAThingWillDo(tokens))) return true;
  return !POINT.some((move) => found.has(move)) && thingInAState(tokens);
}

const SERVES: RepMove[] = [
  "retention_pitch",
  "superiority_pitch",
  "blames_customer",
  "acknowledges_impact",
  "generic_empathy",
  "refuses_or_delays",
];
