import type { RepMove } from "./moves";
import { REP_MOVES } from "./moves";
import { FEELING, FEELING_PERSON, matches, type SentenceRule } from "./move-rules";
import { EMPATHY_CUE, RULES, STALL } from "./call-move-rules";
import { POLICY_AS_REASON } from "./refusal-cues";
import { splitSentences } from "./sentences";
import { unnaturalReason } from "./unnatural-turn";
import { loadLanguageModel, tokensOf, tokensWithin, type Tokens } from "./tokens";
import { empathyIsSpecific, isSpecific } from "./specificity";
import { blank, maskOtherSenses } from "./word-senses";
import { asksAboutExperience } from "./impact-questions";
import { blamesTheCustomer, NO_WAY, refusesTheAct, sendsElsewhere } from "./obstruction-deeds";
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

export interface SentenceReading {
  text: string;
  /** "open" (how/what/tell me ...), "closed" (yes/no, either/or), or null for a statement. */
  question: "open" | "closed" | null;
  /** Some word in the sentence is under a negation (wink-nlp's negation flag). */
  negated: boolean;
  hasVerb: boolean;
  /** Comma-separated parts, and how many of them are fragments (no clause: no subject and verb). */
  parts: number;
  fragments: number;
  /** Whom the words are about: the customer (you/your) or the company (we/our/us). */
  about: "customer" | "company" | null;
  sarcastic: boolean;
  moves: RepMove[];
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

const FILLER = /^(?:(?:ok(?:ay)?|so|and|also|alright|right|great|sure|sorry|well|now|just|quick question)\b[,\s]*)*/i;
const OPEN_START =
  /^(?:how|what|tell me|walk me through|describe|talk me through|(?:can|could|would) you (?:tell|walk|talk|describe|explain)|i'?d (?:like|love) to (?:hear|know|understand))\b/i;
const SARCASM =
  /^(?:oh|wow|well)[,!]?\s+(?:great|wonderful|perfect|fantastic|brilliant|lovely|fabulous|congratulations|terrific)\b|\byeah,? right\b|\b(?:what a|such a) (?:surprise|shock)\b|\blucky you\b|\bjust what you (?:needed|wanted)\b|\bthanks (?:a lot|for nothing)\b|\bgood luck with that\b|\bboo[- ]?hoo\b|\bcry me a river\b/i;
/** Moves that are withdrawn by sarcasm: it says the opposite of what the words offer. */
export const KIND_MOVES = new Set<RepMove>([
  "generic_empathy",
  "acknowledges_impact",
  "apologises",
  "offers_remedy",
  "commits_to_action",
  "greets",
]);
/** A negated keyword withdraws these ("I'm not going to refund", "nobody will transfer you"). */
const PROMISE_WORDS: Partial<Record<RepMove, RegExp>> = {
  offers_remedy:
    /^(?:credit|refund|reimburse|compensate|waive|send|book|schedule|dispatch|replace|fix|discount|cut|reduce|lower|split|spread|repair|restore|extend|swap)/,
  commits_to_action: /^(?:call|email|send|book|schedule|arrange|dispatch|follow|update|fix|process|ring|get|have)/,
  transfers: /^(?:transfer|put|connect|pass|hand|send)/,
  escalates: /^(?:escalat|supervisor|manager|priorit|flag|rais|expedit)/,
  confirms_cancellation: /^(?:cancel|terminat|clos|disconnect|process)/,
};
function readSentence(text: string, tokens: Tokens): Omit<SentenceReading, "moves"> {
  const { pos, words, negation } = tokens;
  const trimmed = text.replace(FILLER, "");
  const ends = /\?["'”’)\]\s]*$/.test(text);
  // "Being sent home is awful" starts with an auxiliary but is a statement.
  const startsAsQuestion =
    (pos[0] === "AUX" && !/^being\b/i.test(trimmed)) ||
    (/^(?:how|what|when|where|why|who|which)\b/i.test(trimmed) && !whClauseAsSubject(tokens));
  // "Had you kept up the payments, the account would be open": an inverted condition, then the statement.
  const invertedCondition = /^(?:had|were|should) (?:you|we|i|they|he|she|it)\b[^?]*,/i.test(trimmed);
  const question =
    !PERFORMATIVE.test(trimmed) &&
    (ends || (startsAsQuestion && !invertedCondition && /\b(?:you|your|i|we)\b/i.test(text)));
  const customer = words.filter((word) => /^(?:you|your|yours|yourself)$/.test(word)).length;
  const company = words.filter((word) => /^(?:we|our|us|ours)$/.test(word)).length;
  const { parts, fragments } = countFragments(words, pos);
  return {
    text,
    parts,
    fragments,
    question: !question ? null : OPEN_START.test(trimmed) ? "open" : "closed",
    negated: negation.some(Boolean),
    hasVerb: pos.some((tag) => tag === "VERB" || tag === "AUX"),
    about: customer > company ? "customer" : company > customer ? "company" : null,
    sarcastic: SARCASM.test(text),
  };
}

/** "Can I just say how sorry I am?": asking leave to say something is saying it, not a question to answer. */
const PERFORMATIVE =
  /^(?:can|could|may|might) (?:i|we) (?:just |quickly |first |also )?(?:say|tell you|add|mention|point out|thank|apologi[sz]e|reassure)\b/i;

/**
 * "What that means for you: …", "When you signed up you got a discount": a wh-word followed by its
 * own subject before any verb opens a clause inside a statement; a question inverts ("what is",
 * "how long have you") or asks about the subject ("what happened").
 */
function whClauseAsSubject({ words, pos }: Tokens): boolean {
  const wh = words.findIndex((word) => /^(?:how|what|when|where|why|who|which)$/.test(word));
  if (wh < 0) return false;
  for (let i = wh + 1; i < pos.length; i += 1) {
    if (pos[i] === "AUX" || pos[i] === "VERB") return false;
    if (pos[i] === "PRON" || (pos[i] === "DET" && /^(?:that|this|these|those)$/.test(words[i] ?? ""))) return true;
  }
  return false;
}

/**
 * A part is a clause when it has an auxiliary, a pronoun before a verb ("we lost it"), or opens the
 * sentence with a command ("Call me back"); a bare noun phrase or a verb alone ("escalated") is not.
 */
function countFragments(words: string[], pos: string[]): { parts: number; fragments: number } {
  const chunks: number[][] = [[]];
  words.forEach((word, i) => {
    if (/^[,;:•·|/–—-]$/.test(word)) chunks.push([]);
    else if (pos[i] !== "PUNCT") chunks.at(-1)?.push(i);
  });
  const parts = chunks.filter((chunk) => chunk.length > 0);
  const isClause = (chunk: number[], index: number) =>
    chunk.some((i) => pos[i] === "AUX") ||
    (index === 0 && pos[chunk[0] ?? -1] === "VERB" && !/ing$/.test(words[chunk[0] ?? -1] ?? "")) ||
    chunk.some((i, k) => pos[i] === "VERB" && chunk.slice(0, k).some((j) => pos[j] === "PRON"));
  return { parts: parts.length, fragments: parts.filter((chunk, index) => !isClause(chunk, index)).length };
}

function keywordsAllNegated({ words, negation }: Tokens, keyword: RegExp): boolean {
  const hits = words.map((word, i) => (keyword.test(word) ? i : -1)).filter((i) => i >= 0);
  return hits.length > 0 && hits.every((i) => negation[i]);
}

/** The rep is the one acting: "I'll post you…", "we're sending…", "let me…". */
const REP_ACTS = /\b(?:i|we)(?:'ll| will|'m| am|'re| are| can(?!'t|not)|'ve| have)\b|\blet me\b|\bif i\b/i;
/** The customer is told to do it themselves, somewhere else. */
const CUSTOMER_MUST_ACT =
  /\byou(?:'ll| will)? (?:need|have|must|can|should|'d have)\b|\b(?:please|just) (?:call|go|visit|email|ring|write|log)\b|\bplease (?:fill|use|send|submit|complete|download|contact|speak|head|pop|drop|apply|book|check)\b|\bneed you to\b/i;

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

/**
 * "I can't waive the full seven months, but I can cut it to one month's notice": after a refusal, the
 * clause that follows "but" offers what can be done; it is read on its own.
 */
function counterOffers(text: string, tokens: Tokens, found: Set<RepMove>): boolean {
  if (!found.has("refuses_or_delays")) return false;
  const but = /,?\s+but\s+/i.exec(text);
  if (!but) return false;
  const rest = new Set(found);
  rest.delete("refuses_or_delays");
  const after = tokensWithin(tokens, but.index + but[0].length, text.length);
  return !after.words.includes("only") && offersToPutRight(after, rest);
}

function movesOf(reading: Omit<SentenceReading, "moves">, tokens: Tokens): RepMove[] {
  const { text } = reading;
  const found = new Set<RepMove>();
  // The rules read the sentence without words used in another sense ("your credit file", "I'll be honest").
  const ruleText = maskOtherSenses(text.replace(/[‘’`´]/g, "'"), tokens);
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
  }
  if (found.has("refuses_or_delays") && refusalWithdrawn(ruleText, tokens, found)) found.delete("refuses_or_delays");
  // "I'm afraid we don't compensate for time off": bad news with a no in it refuses.
  if (REGRET.test(text) && tokens.negation.some(Boolean) && !found.has("blames_customer"))
    found.add("refuses_or_delays");
  if (reading.question === null && judgesTheSituation(tokens)) found.add("acknowledges_impact");
  if (found.has("generic_empathy") && (found.has("acknowledges_impact") || empathyIsSpecific(text, tokens))) {
    found.delete("generic_empathy");
    found.add("acknowledges_impact");
  }
  if (!found.has("offers_remedy") && (offersToPutRight(tokens, found) || counterOffers(text, tokens, found)))
    found.add("offers_remedy");
  if (!found.has("commits_to_action") && repIsDoing(tokens, found)) found.add("commits_to_action");
  // "I'm escalating this to the manager", "I'll cancel that now": the promise is the escalation or the
  // cancellation itself; a commitment needs something more ("… and I'll call you by 3").
  for (const [move, verbs] of SELF_PROMISES)
    if (
      found.has(move) &&
      found.has("commits_to_action") &&
      !matches(rule("commits_to_action"), blank(ruleText, verbs))
    )
      found.delete("commits_to_action");
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
  if (reading.question === null && reflectsExperience(reading, tokens, found)) found.add("acknowledges_impact");
  // The benefit clause of a pitch sells; it explains nothing ("…our senior plan, which covers everything").
  if (
    reading.question === null &&
    !found.has("retention_pitch") &&
    !found.has("superiority_pitch") &&
    statesConsequence(tokens)
  )
    found.add("explains");
  // An explanation in jargon explains nothing to the customer (MOVES.md).
  if (found.has("uses_jargon")) found.delete("explains");
  if (found.has("asks_about_impact") && (found.has("interrogates_reason") || /^\s*why\b/i.test(text)))
    found.delete("asks_about_impact");
  if (reading.sarcastic) for (const move of KIND_MOVES) found.delete(move);
  if (reading.negated) {
    for (const [move, keyword] of Object.entries(PROMISE_WORDS) as [RepMove, RegExp][]) {
      if (found.has(move) && keywordsAllNegated(tokens, keyword)) found.delete(move);
    }
  }
  return REP_MOVES.filter((move) => found.has(move));
}

/** A sentence as the rules read it, with its tokens (what a reader built on top of the rules needs). */
export interface RuleSentence {
  reading: Omit<SentenceReading, "moves">;
  tokens: Tokens;
  ruleMoves: RepMove[];
}

/** The sentences of a rep turn as the rules read them (api/src/evals/moves/cross-validate-moves.ts reads these). */
export function readSentencesByRules(text: string): RuleSentence[] {
  return splitSentences(text).map((sentence) => {
    const tokens = tokensOf(sentence);
    const reading = readSentence(sentence, tokens);
    return { reading, tokens, ruleMoves: movesOf(reading, tokens) };
  });
}

/** Reads one rep turn: sentences, their moves, and whether it reads as speech at all. */
export function readTurn(text: string): TurnReading {
  const sentences = readSentencesByRules(text).map((sentence) => ({ ...sentence.reading, moves: sentence.ruleMoves }));
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
