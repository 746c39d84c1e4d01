import { REP_MOVES, type RepMove } from "./moves";
import type { SentenceReading } from "./sentence-reading";
import { splitSentences } from "./sentences";
import { tokensOf, type Tokens } from "./tokens";
import { confirmsInAnswer, namesItEnded } from "./cancellation-answers";
import { END, SERVICE } from "./cancellation-deeds";
import { jargonEchoesTheCustomer } from "./jargon-echoes";
import { offersToCarryOn } from "./carry-on-pitches";

/**
 * Moves a rep sentence carries only as the answer to what the customer just said (session 16, issue
 * 14 item 7). "Sure, I'll start that for you now" names no cancellation; said to "I want to cancel my
 * membership", it puts the cancellation through. Read from the customer's line: a request to end a
 * service (or a question whether it has ended), then the rep's sentence taking that request in hand —
 * the rep doing it now or promising to ("I'll put it through", "I'm processing that now"), "Done",
 * or "Yes" to "is it cancelled?". Not a question, a negated act, an act on a condition ("once the
 * router is back, I'll do that") or an act that is not the request's (looking into it, passing it on).
 */

/** What a customer holds and can end: a service, or an order or booking they placed. */
const HELD = (word: string) =>
  SERVICE.test(word) ||
  /^(?:(?:sub|order|booking|reservation|pass|ticket|appointment|unit|rental|lease|card|debit|licen[cs]e)s?|deliver(?:y|ies))$/.test(
    word,
  );
/** The customer's verbs of ending: the rep's, and leaving. */
const ENDING = (lemma: string) => END.test(lemma) || /^(?:leave|quit)$/.test(lemma);

/** The customer asks to end a service, asks whether it has ended, or chases a request to end it. */
export function asksToEnd(customerSaid: string): boolean {
  // "If it drops again, I'm calling back to cancel": a threat on a condition asks for nothing now.
  const asks = splitSentences(customerSaid).some(
    (sentence) => !CONDITION.test(sentence) && sentenceAsksToEnd(sentence),
  );
  // "Is the unit closed now?" chases the end asked for; "Why is the branch closed?" asks about something else.
  return asks || (asksWhetherDone(customerSaid) && !/\b(?:why|how|when|where|what|who)\b/i.test(customerSaid));
}

const CONDITION = /\b(?:if|unless|otherwise|or else)\b/i;

function sentenceAsksToEnd(sentence: string): boolean {
  const { words, lemmas, pos } = tokensOf(sentence);
  return words.some((word, i) => {
    const lemma = lemmas[i] ?? "";
    if (/^(?:cancell?ation|termination|cancelled|canceled)$/.test(word)) return true;
    const after = words.slice(i + 1, i + 5);
    if (after.some(HELD)) return ENDING(lemma);
    // "I want to cancel", "cancel it": the service goes without saying; "cancel the engineer visit" names something else.
    // Its object comes before any preposition: "cancel by email" names how, not what.
    const objectEnds = after.findIndex((_, j) => pos[i + 1 + j] === "ADP" || pos[i + 1 + j] === "PUNCT");
    const object = objectEnds < 0 ? after : after.slice(0, objectEnds);
    const otherThing = object.some((_, j) => pos[i + 1 + j] === "NOUN" || pos[i + 1 + j] === "PROPN");
    return /^(?:cancel|terminate)$/.test(lemma) && !otherThing;
  });
}

/** The customer asks whether it has ended ("Is it cancelled?", "So has it gone through?"). */
function asksWhetherDone(customerSaid: string): boolean {
  return (
    /\?\s*$/.test(customerSaid) &&
    /\b(?:cancel+ed|closed|ended|done|gone through|terminated|stopped|deleted|disconnected)\b/i.test(customerSaid)
  );
}

/** Acts that take a request in hand ("process", "put … through", "sort", "action", "start"). */
const HANDLE =
  /^(?:process|start|action|do|sort|handle|complete|finalise|finalize|submit|arrange|backdate|log|lodge|push|put|take|get|go|set)$/;
/** What the act is done to: the request itself, by a pronoun or by name. */
const REQUEST = /^(?:it|that|this|everything|request|cancell?ation|termination|closure|one)$/;
const NOW =
  /\b(?:now|right away|straight away|immediately|today|tonight|as we speak|this (?:minute|second)|while you(?:'re| are) on the (?:line|phone)|on this call)\b/;
/** A condition or a time clause sets the scene for a later act; it confirms nothing now. */
const SCENE = /^(?:if|once|when|whenever|after|before|unless|until|till)$/;
const NOT_THE_REQUEST: RepMove[] = [
  "refuses_or_delays",
  "transfers",
  "deflects_channel",
  "escalates",
  "interrogates_reason",
];
const DONE =
  /^(?:(?:ok(?:ay)?|right|sure|great|all|no problem|of course)[,.!\s—–-]*)*(?:done|all done|consider it done|(?:that's|that is|it's|it is) (?:all |now )?done)\b/i;
const YES = /^(?:yes|yep|yeah|it is|it has|that's right|correct|all done)\b/i;

/** Whether the rep's act in `tokens` is the request taken in hand: "I'll put it through", "processing that now". */
function handlesTheRequest({ words, lemmas, pos, negation }: Tokens): boolean {
  if (words.some((word) => SCENE.test(word))) return false;
  return words.some((word, i) => {
    // The lite model reads a gerund opening a sentence ("Processing that now") as a noun.
    const lemma = pos[i] === "VERB" ? (lemmas[i] ?? "") : word.replace(/ing$/, "");
    if (negation[i] || !HANDLE.test(lemma) || (pos[i] !== "VERB" && !/ing$/.test(word))) return false;
    // "take care of it", "get that done", "go ahead with it", "put it through": the object within a few words.
    const object = words.slice(i + 1, i + 5).some((next) => REQUEST.test(next));
    if (!object) return false;
    const before = words.slice(Math.max(0, i - 4), i);
    const doing = before.some((prior) => /^(?:'m|am|'re|are|'ve|have)$/.test(prior));
    // A promise is the request under way only when it is for now ("I'll get that going" may be any time).
    const promised = before.some((prior) => /^(?:'ll|will|let)$/.test(prior)) && NOW.test(words.join(" "));
    const subject = before.some((prior) => /^(?:i|we|me|us)$/.test(prior));
    const byRep = subject && (doing || promised);
    // "Processing that now": the act with no subject opens the sentence.
    const opens = /ing$/.test(word) && before.every((prior) => /^(?:ok(?:ay)?|sure|right|,|great|so)$/.test(prior));
    return byRep || opens;
  });
}

/** A pitch to stay only as the answer to a request to end: the service offered as going on (carry-on-pitches.ts). */
function pitchInAnswer(sentence: { moves: readonly RepMove[] }, tokens: Tokens, customerSaid: string): RepMove[] {
  if (sentence.moves.some((move) => move === "retention_pitch" || move === "confirms_cancellation")) return [];
  return offersToCarryOn(tokens) && asksToEnd(customerSaid) ? ["retention_pitch"] : [];
}

/** The moves `sentence` adds as the answer to `customerSaid`, beyond what the sentence carries alone. */
export function movesInAnswer(
  sentence: { text: string; question: "open" | "closed" | null; moves: readonly RepMove[] },
  tokens: Tokens,
  customerSaid: string,
): RepMove[] {
  if (sentence.moves.includes("confirms_cancellation")) return [];
  // "So that's the unit closed today, all clear?": a check after the thing named as ended still confirms it.
  if (sentence.question !== null) {
    const checked = sentence.moves.includes("checks_understanding") && asksToEnd(customerSaid);
    return checked && namesItEnded(tokens, sentence.text) ? ["confirms_cancellation"] : [];
  }
  if (sentence.moves.some((move) => NOT_THE_REQUEST.includes(move))) return [];
  if (!asksToEnd(customerSaid)) return [];
  const text = sentence.text.trim();
  const confirms =
    DONE.test(text) ||
    (asksWhetherDone(customerSaid) && YES.test(text) && !tokens.negation.some(Boolean)) ||
    handlesTheRequest(tokens) ||
    confirmsInAnswer(tokens, text);
  return confirms ? ["confirms_cancellation"] : [];
}

/** What the call around a rep turn says about it: the customer's line it answers. */
export interface TurnContext {
  customerSaid?: string | undefined;
}

/** A memo key for a turn read in its context: the same words answer different lines differently. */
export function keyInContext(text: string, customerSaid: string | undefined): string {
  return customerSaid === undefined ? text : `${text}\u0000${customerSaid}`;
}

const OFFERS = new Set<RepMove>(["offers_remedy", "retention_pitch"]);

/** A turn's sentences as the rules read them, with what each does in answer to `customerSaid`. */
export function readInAnswer(
  ruleSentences: { reading: Omit<SentenceReading, "moves">; tokens: Tokens; ruleMoves: RepMove[] }[],
  customerSaid: string | undefined,
): SentenceReading[] {
  return ruleSentences.map(({ reading, tokens, ruleMoves }, at) => {
    // After an offer in the same turn, "I'll set that up now" may be the offer's: answer nothing.
    const offered = ruleSentences
      .slice(0, at + 1)
      .some((sentence) => sentence.ruleMoves.some((move) => OFFERS.has(move)));
    const inAnswer =
      customerSaid === undefined
        ? []
        : [
            ...pitchInAnswer({ moves: ruleMoves }, tokens, customerSaid),
            // …unless it names the thing ended: "The roses are cancelled, and the £36 is back on your card."
            ...(offered && !namesItEnded(tokens, reading.text)
              ? []
              : movesInAnswer({ ...reading, moves: ruleMoves }, tokens, customerSaid)),
          ];
    const echoed = customerSaid !== undefined && jargonEchoesTheCustomer(reading.text, tokens, customerSaid);
    return {
      ...reading,
      moves: REP_MOVES.filter(
        (move) => (ruleMoves.includes(move) || inAnswer.includes(move)) && !(echoed && move === "uses_jargon"),
      ),
    };
  });
}
