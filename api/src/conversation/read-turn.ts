import type { RepMove } from "./moves";
import { KIND_MOVES, REP_MOVES } from "./moves";
import { FEELING, FEELING_PERSON, matches, type SentenceRule } from "./move-rules";
import { EMPATHY_CUE, RULES, STALL } from "./call-move-rules";
import { POLICY_AS_REASON } from "./refusal-cues";
import { splitSentences } from "./sentences";
import { unnaturalReason } from "./unnatural-turn";
import { loadLanguageModel, tokensOf, type Tokens } from "./tokens";
import { empathyIsSpecific, isSpecific } from "./specificity";
import { blank, maskOtherSenses } from "./word-senses";
import { asksAboutExperience } from "./impact-questions";
import { jargonIsTheCustomers } from "./jargon-readings";
import { explainsAfterReading } from "./account-readings";
import { withLearnedReading } from "./learned-reader";
import { MoveSet } from "./move-set";
import { checksAfterReading } from "./check-readings";
import { accountInAClause } from "./account-clauses";
import { accountAside } from "./account-asides";
import { counterOffers, remedyIsNotOffered } from "./remedy-readings";
import { remedyOnlyNamed } from "./remedy-terms";
import { remedyDone, remedyNegatedElsewhere } from "./remedy-done";
import { confirmsByDeed } from "./cancellation-deeds";
import { confirmsByRequest } from "./cancellation-requests";
import { cancellationNotNow } from "./cancellation-timing";
import { commitsByDeed } from "./rep-commitments";
import { readCommitment } from "./commitment-readings";
import { pitchesToKeep } from "./pitch-readings";
import { readObstructions } from "./obstruction-readings";
import { readInAnswer, type TurnContext } from "./answer-readings";
import { reread } from "./rereadings";
import { statementBeforeQuestion } from "./question-leads";
import { readsAsOtherLanguage } from "./language-guard";
import { blamesTheCustomer } from "./blame-deeds";
import { NO_WAY, refusesTheAct, sendsElsewhere } from "./obstruction-deeds";
import { FILLER, PERFORMATIVE, readSentence, type SentenceReading } from "./sentence-reading";
import {
  judgesTheSituation,
  offersToPutRight,
  refusalWithdrawn,
  REGRET,
  repIsDoing,
  rule,
  SELF_PROMISES,
  statesConsequence,
} from "./clause-deeds";

/**
 * Reads a rep turn as language (issue 14): sentences from the splitter, then wink-nlp (with its
 * English "lite" model, which ships inside the npm package: no download, pure JS) for tokens,
 * parts of speech and negation. The phrase rules propose moves per sentence; the reading decides
 * what they are worth: open or closed question, negated promises, stock sympathy or a specific
 * acknowledgement, sarcasm, and a turn that is a verb-less list of fragments or carries
 * implausibly many moves is flagged `unnatural`. Kept out of the web bundle: the web imports only
 * speakable-text.ts from this folder.
 */

export interface DetectedMove {
  move: RepMove;
  /** An exact substring of the input: the sentence that carries the move. */
  quote: string;
}

export interface TurnReading {
  sentences: SentenceReading[];
  moves: DetectedMove[];
  /** Why the turn does not read as speech (a list of fragments, too many moves), or null. */
  unnatural: string | null;
  /** The moves the words would carry if spoken; for an unnatural turn `moves` is empty. */
  listed: DetectedMove[];
}

export { loadLanguageModel };
export type { SentenceReading, TurnContext };

/** A negated keyword withdraws these ("I'm not going to refund", "nobody will transfer you"). */
const PROMISE_WORDS: Partial<Record<RepMove, RegExp>> = {
  offers_remedy:
    /^(?:credit|refund|reimburse|compensate|waive|send|book|schedule|dispatch|replace|fix|discount|cut|reduce|lower|split|spread|repair|restore|extend|swap)/,
  commits_to_action: /^(?:call|email|send|book|schedule|arrange|dispatch|follow|update|fix|process|ring|get|have)/,
  transfers: /^(?:transfer|put|connect|pass|hand|send)/,
  escalates: /^(?:escalat|supervisor|manager|priorit|flag|rais|expedit)/,
  confirms_cancellation: /^(?:cancel|terminat|clos|disconnect|process)/,
};

/**
 * A commitment is withdrawn by the rep's negated act ("I won't call you"), not by a negated word in
 * someone else's clause ("…, since you don't use email").
 */
const PROMISED_BY_REP = new Set<RepMove>(["commits_to_action"]);
const repBefore = (words: string[], i: number) =>
  words.slice(Math.max(0, i - 4), i).some((word) => /^(?:i|we|me|us)$/.test(word));

function keywordsAllNegated({ words, negation }: Tokens, keyword: RegExp, repsOnly = false): boolean {
  const hits = words
    .map((word, i) => (keyword.test(word) && (!repsOnly || repBefore(words, i)) ? i : -1))
    .filter((i) => i >= 0);
  return hits.length > 0 && hits.every((i) => negation[i]);
}

/** The rep is the one acting: "I'll post you…", "we're sending…", "let me…". */
const REP_ACTS = /\b(?:i|we)(?:'ll| will|'m| am|'re| are| can(?!'t|not)|'ve| have)\b|\blet me\b|\bif i\b/i;
/** The customer is told to do it themselves, somewhere else. */
const CUSTOMER_MUST_ACT =
  /\byou(?:'ll| will)? (?:need|have to|must|can|should|'d have to)\b|\b(?:please|just) (?:call|go|visit|email|ring|write|log)\b|\bplease (?:fill|use|send|submit|complete|download|contact|speak|head|pop|drop|apply|book|check)\b|\bneed you to\b/i;

/** The customer's situation or its toll, put by the rep: "…means you've paid $89 for nothing", "…would give anyone a fright". */
const TOLL =
  /\b(?:means? you(?:'ve| have| are|'re)?|puts? you in (?:a|an|such|this)|left you|leaves you|cost(?:s|ing)? you|makes? (?:it|you) feel|would (?:give|make|worry|frighten|upset) anyone|(?:is|was) the opposite of|for nothing|(?:that's|it's|that is) (?:on us|our (?:fault|mistake|error))|you(?:'ve| have) (?:had to|been|called|rung|waited|paid|sent|done)|you did (?:the right thing|everything)|you(?:'re| are) (?:standing|stuck|left|waiting)|you need(?:ed)? to be|it'?s your (?:busiest|only|biggest|first))\b/i;

/** Sympathy or a judgement of what happened: "…, that's awful", "I'm sorry…", "…is just not good enough". */
const JUDGEMENT = new RegExp(
  String.raw`\b(?:sorry|apologi[sz]e|apologies|unacceptable|poor|unfair|wrong|shouldn'?t|should never|let you down|not (?:good enough|ok(?:ay)?|right|fair|great|on|acceptable)|too (?:much|long|many)|far too|a lot|real|huge|no way to|last thing|every right|on top of|must (?:be|have been|feel)|can'?t (?:be|have been))\b|\b${FEELING}\b|\b${FEELING_PERSON}\b`,
  "i",
);
function judged(text: string): boolean {
  return JUDGEMENT.test(text) || matches(EMPATHY_CUE, text);
}

function reflectsExperience(reading: Omit<SentenceReading, "moves">, tokens: Tokens, found: Set<RepMove>): boolean {
  if (found.has("acknowledges_impact") || reading.sarcastic) return false;
  for (const move of ["blames_customer", "refuses_or_delays", "interrogates_reason", "retention_pitch"] as const)
    if (found.has(move)) return false;
  return TOLL.test(reading.text) && isSpecific(tokens);
}

const NEGATIVE_QUESTION = /^(?:wouldn'?t|won'?t|isn'?t|doesn'?t|don'?t|shouldn'?t)\s+(?:it|that|this|you)\b/i;

function movesOf(reading: Omit<SentenceReading, "moves">, read: Tokens): MoveSet {
  let tokens = read;
  const { text } = reading;
  const found = new MoveSet();
  // The rules read the sentence without words used in another sense ("your credit file", "I'll be honest").
  const ruleText = maskOtherSenses(text.replace(/[‘’`´]/g, "'"), tokens);
  // "Wouldn't it be better if I refunded it now?": a negative question suggests; it negates no act.
  if (NEGATIVE_QUESTION.test(text) && reading.question !== null)
    tokens = { ...tokens, negation: tokens.negation.map(() => false) };
  for (const move of REP_MOVES) {
    const rule = RULES[move];
    if (typeof rule === "function") continue;
    if (matches(rule as SentenceRule, ruleText)) found.add(move);
  }
  // A question asks about the situation; a situation named only as the ground of another act, with no word of
  // sympathy or judgement ("I'll make three calls today", "you've been with us nine years, so I can offer…"),
  // does that act rather than acknowledge what it was like for them.
  const otherAct = ["commits_to_action", "offers_remedy", "retention_pitch", "refuses_or_delays", "transfers"];
  if (
    found.has("acknowledges_impact") &&
    (reading.question !== null || (!judged(ruleText) && otherAct.some((move) => found.has(move as RepMove))))
  )
    found.delete("acknowledges_impact");
  // Readings by who does what carry to wordings the phrase rules lack (obstruction-deeds.ts).
  if (reading.question === null) {
    if (blamesTheCustomer(ruleText, tokens)) found.add("blames_customer");
    if (refusesTheAct(ruleText, tokens)) found.add("refuses_or_delays");
    if (sendsElsewhere(ruleText, tokens)) found.add("deflects_channel");
    if (confirmsByDeed(tokens) || confirmsByRequest(tokens)) found.add("confirms_cancellation");
  }
  if (found.has("confirms_cancellation") && cancellationNotNow(tokens)) found.delete("confirms_cancellation");
  if (found.has("refuses_or_delays") && refusalWithdrawn(ruleText, tokens, found)) found.delete("refuses_or_delays");
  readObstructions(found, ruleText, tokens, reading.question !== null);
  // "I'm afraid we don't compensate for time off": bad news with a no in it refuses.
  if (REGRET.test(text) && tokens.negation.some(Boolean) && !found.has("blames_customer"))
    found.add("refuses_or_delays");
  if (reading.question === null && judgesTheSituation(tokens)) found.add("acknowledges_impact");
  if (found.has("generic_empathy") && (found.has("acknowledges_impact") || empathyIsSpecific(text, tokens))) {
    found.delete("generic_empathy");
    found.add("acknowledges_impact");
  }
  if (!found.has("retention_pitch") && pitchesToKeep(ruleText, tokens, found, reading.question !== null))
    found.add("retention_pitch");
  if (
    !found.has("offers_remedy") &&
    (offersToPutRight(tokens, found) ||
      counterOffers(text, tokens, found) ||
      remedyDone(ruleText, tokens, found, reading.question !== null))
  )
    found.add("offers_remedy");
  if (found.has("offers_remedy") && remedyIsNotOffered(text, tokens, found)) found.delete("offers_remedy");
  if (found.has("offers_remedy") && remedyOnlyNamed(ruleText, tokens, found)) found.delete("offers_remedy");
  if (!found.has("commits_to_action") && repIsDoing(tokens, found)) found.add("commits_to_action");
  if (!found.has("commits_to_action") && commitsByDeed(tokens, found, reading)) found.add("commits_to_action");
  // "I'm escalating this to the manager", "I'll cancel that now": the promise is the escalation or the
  // cancellation itself; a commitment needs something more ("… and I'll call you by 3").
  for (const [move, verbs] of SELF_PROMISES)
    if (
      found.has(move) &&
      found.has("commits_to_action") &&
      !matches(rule("commits_to_action"), blank(ruleText, verbs))
    )
      found.delete("commits_to_action");
  readCommitment(found, tokens, reading.question !== null);
  // "What would it take to keep you with us?" presses for a reason; it pitches nothing.
  if (found.has("interrogates_reason") && reading.question !== null) found.delete("retention_pitch");
  if (reading.question !== null) found.add("asks_question");
  else if (PERFORMATIVE.test(text.replace(FILLER, ""))) found.delete("asks_question");
  // "I'll look into it": no owner-and-time promise, so a stall rather than a commitment.
  if (STALL.test(text)) found.delete("commits_to_action");
  // Sending the customer elsewhere, or a promise with a time, is not a refusal unless it says no.
  const saysNo =
    /\b(?:can'?t|cannot|unable|not (?:able|allowed|possible)|won'?t|only)\b/i.test(text) ||
    POLICY_AS_REASON.test(text) ||
    NO_WAY.test(text);
  if ((found.has("deflects_channel") || found.has("commits_to_action")) && !saysNo) found.delete("refuses_or_delays");
  // "I'll post you a letter": the rep does it for the customer; sending them elsewhere needs them to act.
  if (found.has("deflects_channel") && REP_ACTS.test(text) && !CUSTOMER_MUST_ACT.test(text) && !saysNo)
    found.delete("deflects_channel");
  if (asksAboutExperience(reading, found)) found.add("asks_about_impact");
  if (checksAfterReading(found, tokens, ruleText, reading.question !== null)) found.add("checks_understanding");
  else found.delete("checks_understanding");
  if (reading.question === null && reflectsExperience(reading, tokens, found)) found.add("acknowledges_impact");
  // The benefit clause of a pitch sells; it explains nothing ("…our senior plan, which covers everything").
  if (
    reading.question === null &&
    !found.has("retention_pitch") &&
    !found.has("superiority_pitch") &&
    statesConsequence(tokens)
  )
    found.add("explains");
  if (
    explainsAfterReading(found, tokens, ruleText, reading.question !== null) ||
    accountInAClause(found, tokens, reading.question !== null, ruleText) ||
    accountAside(found, tokens, reading.question !== null, ruleText)
  )
    found.add("explains");
  else found.delete("explains");
  for (const [move, holds] of reread(found, reading, tokens, ruleText)) found[holds ? "add" : "delete"](move);
  // A product's name, or an acronym asked about in the customer's terms, is not jargon to them; nor are the
  // features a pitch sells ("our Business tier comes with automatic failover"): the labels read them as the pitch.
  if (
    found.has("uses_jargon") &&
    (found.has("retention_pitch") ||
      found.has("superiority_pitch") ||
      jargonIsTheCustomers(ruleText, tokens, reading.question !== null))
  )
    found.delete("uses_jargon");
  // An explanation in jargon explains nothing to the customer (MOVES.md).
  if (found.has("uses_jargon")) found.delete("explains");
  if (found.has("asks_about_impact") && (found.has("interrogates_reason") || /^\s*why\b/i.test(text)))
    found.delete("asks_about_impact");
  if (reading.sarcastic) for (const move of KIND_MOVES) found.delete(move);
  // "Is worrying about the rent making things hard?" asks about the situation; only a statement acknowledges it,
  // said before the question in the same sentence too ("Six sessions out of pocket is a lot — how are you?").
  if (reading.question !== null) found.delete("acknowledges_impact");
  const lead = reading.question !== null ? statementBeforeQuestion(text) : null;
  const leadTokens = lead === null ? null : tokensOf(lead);
  if (lead && leadTokens && movesOf(readSentence(lead, leadTokens), leadTokens).has("acknowledges_impact"))
    found.add("acknowledges_impact");
  // "I can't promise the refund will be instant, but I'm processing it": the "can't" is the promise's.
  if (reading.negated && !(found.has("offers_remedy") && remedyNegatedElsewhere(ruleText, tokens))) {
    for (const [move, keyword] of Object.entries(PROMISE_WORDS) as [RepMove, RegExp][]) {
      if (found.has(move) && keywordsAllNegated(tokens, keyword, PROMISED_BY_REP.has(move))) found.delete(move);
    }
  }
  return found;
}

/** A sentence as the rules read it, with its tokens (what a reader built on top of the rules needs). */
export interface RuleSentence {
  reading: Omit<SentenceReading, "moves">;
  tokens: Tokens;
  ruleMoves: RepMove[];
  /** Moves the rules found and then took back on purpose: a reader on top adds none of them. */
  withdrawn: RepMove[];
}

/** The sentences of a rep turn as the rules read them (api/src/evals/moves/cross-validate-moves.ts reads these). */
export function readSentencesByRules(text: string): RuleSentence[] {
  return splitSentences(text).map((sentence) => {
    const tokens = tokensOf(sentence);
    const reading = readSentence(sentence, tokens);
    const found = movesOf(reading, tokens);
    return { reading, tokens, ruleMoves: REP_MOVES.filter((move) => found.has(move)), withdrawn: [...found.withdrawn] };
  });
}

/**
 * Reads one rep turn: sentences, their moves, and whether it reads as speech at all. With the
 * customer's line it answers, a sentence also carries what it does only in answer to that line
 * (answer-readings.ts: "I'll start that for you now" to "I want to cancel").
 */
export function readTurn(text: string, context: TurnContext = {}): TurnReading {
  if (readsAsOtherLanguage(text)) return { sentences: [], moves: [], unnatural: null, listed: [] };
  const sentences = readInAnswer(withLearnedReading(readSentencesByRules(text)), context.customerSaid);
  const moves: DetectedMove[] = [];
  for (const move of REP_MOVES) {
    const rule = RULES[move];
    const quote =
      typeof rule === "function"
        ? rule(
            sentences.map((sentence) => sentence.text),
            text,
          )
        : sentences.find((sentence) => sentence.moves.includes(move))?.text;
    if (quote !== undefined) moves.push({ move, quote });
  }
  const unnatural = unnaturalReason(sentences);
  return { sentences, moves: unnatural ? [] : moves, unnatural, listed: moves };
}
