import type { RepMove } from "./moves";
import { matches, type SentenceRule } from "./move-rules";
import { ONLY_A_REPLY, TIME_BOUND, WAIT_TIME } from "./refusal-cues";
import { RULES } from "./call-move-rules";
import { tokensWithin, type Tokens } from "./tokens";
import { blank } from "./word-senses";

/**
 * What a clause does, read from its words and their parts of speech rather than from more phrases
 * (session 8, on the grown DEV split of evals/moves): a refusal the sentence takes back, a
 * situation judged hard, an act that puts things right, the rep doing it now, and a promise that
 * is only the escalation or cancellation itself. read-turn.ts applies them to the rules' proposals.
 */

/** "I can't promise the result, but …": candour about the outcome, before the clause that acts. */
export const HEDGE =
  /\b(?:i|we)\s*(?:can'?t|cannot|can not|won'?t|couldn'?t)\s+(?:promise|guarantee|say for (?:sure|certain)|predict|tell you (?:for (?:sure|certain)|exactly|yet))\b[^.?!]*?\bbut\b/i;
const ACTS: RepMove[] = ["commits_to_action", "offers_remedy", "escalates"];
export const rule = (move: RepMove) => RULES[move] as SentenceRule;

/** A refusal the sentence takes back: a time it holds itself to, or candour followed by action. */
export function refusalWithdrawn(text: string, tokens: Tokens, found: Set<RepMove>): boolean {
  const withoutTime = blank(text, WAIT_TIME);
  // Days to wait for a call back or a reply are a delay, whoever makes it.
  if (withoutTime !== text && ONLY_A_REPLY.test(text) && !ACTS.some((move) => found.has(move))) return false;
  if (withoutTime !== text && !matches(rule("refuses_or_delays"), withoutTime)) {
    // "The team reviews it within 10 working days", "refunded now, 3 to 5 days to show", "… because
    // the bank posts them": a time stated with what is done or why, not a stall ("it can take up to 15 days").
    if (TIME_BOUND.test(text) || ACTS.some((move) => found.has(move)) || matches(rule("explains"), withoutTime))
      return true;
  }
  const hedge = HEDGE.exec(text);
  if (hedge) {
    const rest = text.slice(hedge.index + hedge[0].length);
    const acting =
      ACTS.some((move) => matches(rule(move), rest)) ||
      repIsDoing(tokensWithin(tokens, hedge.index + hedge[0].length, text.length), new Set());
    if (acting && !matches(rule("refuses_or_delays"), blank(text, HEDGE))) return true;
  }
  return false;
}

export const REGRET = /\b(?:i'?m afraid|unfortunately|sadly|regrettably)\b/i;
const COPULA = /^(?:be|must|can|could|would|will|might|may|sound|feel|seem|look|have)$/;

/**
 * "Being charged for food you never received is frankly not okay", "Juggling shifts around your son's
 * appointments can't be easy": a gerund clause (what the customer went through) judged by the rep.
 */
export function judgesTheSituation({ words, pos, lemmas }: Tokens): boolean {
  let g = 0;
  // After an opening "I'm so sorry," or "Oh,".
  const comma = words.indexOf(",");
  if (
    comma > 0 &&
    comma < 5 &&
    words.slice(0, comma).every((word) => /^(?:i'?m|i|'m|am|so|really|very|sorry|oh|honestly|look)$/.test(word))
  )
    g = comma + 1;
  // wink-nlp tags a capitalised gerund as a proper noun at times ("Juggling/PROPN").
  const gerund =
    ["VERB", "PROPN", "NOUN"].includes(pos[g] ?? "") &&
    /^[a-z]{3,}ing$/.test(words[g] ?? "") &&
    !/(?:thing|morning|evening|ceiling|building|spring)$/.test(words[g] ?? "");
  if (!gerund && words[g] !== "being") return false;
  // The judgement: a copula, then (after adverbs and "not") an adjective or a noun phrase.
  // A verb right after a pronoun belongs to a clause inside the subject ("Paying for something you're
  // not using is annoying", "… something you had no chance to see …"): the judgement is the main verb.
  // A pronoun after a preposition is its object, so the verb after it is the main one ("Having this
  // hanging over you is a lot").
  const main = (i: number) => i > g + 1 && (pos[i - 1] !== "PRON" || pos[i - 2] === "ADP");
  const verb = lemmas.findIndex((lemma, i) => main(i) && pos[i] !== "VERB" && COPULA.test(lemma));
  const sense = lemmas.findIndex((lemma, i) => main(i) && ["sound", "feel", "seem", "look"].includes(lemma));
  let i = verb >= 0 ? verb : sense;
  if (i < 0) return false;
  i += 1;
  let negated = false;
  while (["AUX", "PART", "ADV"].includes(pos[i] ?? "") || /^(?:not|n't|be|been|have)$/.test(words[i] ?? "")) {
    if (/^(?:not|n't|never)$/.test(words[i] ?? "")) negated = true;
    i += 1;
  }
  // "Checking the router is a good idea" judges a step, not what the customer went through.
  const predicate = words.slice(i, i + 3).join(" ");
  if (
    !negated &&
    /\b(?:good|great|best|fine|easy|simple|quick|idea|way|option|worth|helpful|useful|normal|common|usual|free)\b/.test(
      predicate,
    )
  )
    return false;
  return (
    pos[i] === "ADJ" ||
    (pos[i] === "DET" && /^(?:a|an)$/.test(words[i] ?? "")) ||
    /^(?:like|ok(?:ay)?|fine|right|acceptable)$/.test(words[i] ?? "")
  );
}

/** The promise as said, from its speaker to the end of its clause ("I'll cancel that for you now"). */
const promise = (verbs: string) =>
  new RegExp(
    String.raw`(?:\b(?:i|we)(?:'ll| will|'m|'re| am| are)\s+(?:(?:just|now|also)\s+)*)?\b(?:${verbs})\w*\b(?:(?!\band\b)[^,;.!?])*`,
    "i",
  );
/** Acts that put something right for the customer, by their verb ("book", "split", "waive", "set up"). */
const PUTS_RIGHT =
  /^(?:book|rebook|arrange|hold|reserve|split|spread|cut|reduce|lower|refund|replace|repair|waive|pay|credit|restore|reinstate|unblock|backdate|extend|swap|deliver|courier|set|switch|move|reverse)$/;
/** Who offers or does it: the rep, in any tense or as an offer ("would you like me to", "would it help if I"). */
const REP_SUBJECT = /^(?:i|we|i'm|im|we're|i've|we've|me)$/;

/** The customer as the one an act was just done for: "you're (now) booked", "you've been refunded". */
function doneForThem(words: string[], i: number): boolean {
  const before = words.slice(Math.max(0, i - 4), i).join(" ");
  // "You're booked to fly on Friday" says what the booking is; it does nothing now.
  if (words[i + 1] === "to") return false;
  return (
    /\byou(?: are|'re| have been|'ve been)(?: (?:now|all|already|fully))?$/.test(before) && /ed$/.test(words[i] ?? "")
  );
}

/**
 * "Would you like me to set a spending cap?", "I can split it across six months", "I've booked a loss
 * adjuster for Thursday": the rep offering or doing an act that puts things right.
 */
export function offersToPutRight({ words, pos, lemmas, negation }: Tokens, found: Set<RepMove>): boolean {
  if (found.has("retention_pitch") || found.has("transfers") || found.has("refuses_or_delays")) return false;
  // "Only" limits the act; "read-only" names a kind of access.
  if (words.some((word, i) => word === "only" && words[i - 1] !== "-")) return false;
  return lemmas.some((lemma, i) => {
    // wink-nlp tags a verb after "me to" as a noun at times ("would you like me to courier it"), and
    // after "what I can do is" ("…is book you into the Grand").
    const verb =
      pos[i] === "VERB" ||
      (words[i - 1] === "to" && /^(?:me|us)$/.test(words[i - 2] ?? "")) ||
      (words[i - 1] === "is" && /^(?:you|it|them|your)$/.test(words[i + 1] ?? ""));
    // The lite model leaves some forms unlemmatised ("rebooked").
    const word = words[i] ?? "";
    const act = [lemma, word.replace(/ed$/, ""), word.replace(/d$/, "")].some((form) => PUTS_RIGHT.test(form));
    if (!act || !verb || negation[i]) return false;
    // "You're booked at the Grand", "you've been refunded": done for the customer on the call.
    if (doneForThem(words, i)) return true;
    if (!PUTS_RIGHT.test(lemma)) return false;
    // "set up a plan", "set a spending cap"; not "set for Tuesday".
    if (lemma === "set" && words[i + 1] !== "up" && pos[i + 1] !== "DET") return false;
    // "your booking", "the booking site": a noun wink-nlp tagged as a verb.
    if (["DET", "PRON", "ADJ", "VERB"].includes(pos[i - 1] ?? "") && !REP_SUBJECT.test(words[i - 1] ?? ""))
      return false;
    // "we cancelled the flight", "we pay the rest": what happened or how it works; "I've booked", "if I booked" offer.
    const past = words[i] !== lemma && !/ing$/.test(words[i] ?? "");
    if (past && !words.slice(Math.max(0, i - 3), i).some((word) => /^(?:'ve|have|i've|we've|'d|if)$/.test(word)))
      return false;
    if (
      /^(?:we|i)$/.test(words[i - 1] ?? "") &&
      /s?$/.test(words[i] ?? "") &&
      lemma === words[i] &&
      words[i - 2] !== "if"
    )
      return false;
    // The rep within three words before the verb: "I can", "I'll just", "would you like me to".
    // A plain promise ("I'll set up the plan today") offers too; the knowledge check reads one that
    // carries out an offer already made in the call as following it, not as a second offer.
    for (let j = i - 1; j >= Math.max(0, i - 4); j -= 1) if (REP_SUBJECT.test(words[j] ?? "")) return true;
    return false;
  });
}

export const SELF_PROMISES: [RepMove, RegExp][] = [
  // "I'm putting this through to my team lead": the case handed up is the escalation's own act (session 17, second round).
  [
    "escalates",
    promise(
      "escalat|rais|flag|mark|prioriti[sz]|(?:putt|pass|referr)(?:ing)? (?:it|this|that) (?:through |over |on )?to",
    ),
  ],
  ["confirms_cancellation", promise("cancel|process|terminat|clos|disconnect|put (?:it|that|this) through")],
  // "I'm putting you through to claims now": the handover is the transfer's own act (session 18).
  ["transfers", promise("transfer|put(?:ting)? you through|pass(?:ing)? you (?:over|on|through)|connect")],
];

/** Verbs that are not an act on the customer's matter ("I'm trying", "I'm calling about", "I'm looking at it"). */
const NOT_AN_ACT =
  /^(?:go|try|hope|wonder|look|call|speak|talk|ask|say|tell|see|read|struggle|have|be|do|feel|think|understand|listen|wait|hold|get|come|leave|want|need|afraid|escalate|raise|flag|transfer|pass|put|run|work)$/;

/** "I'm chasing the assessor myself", "we're uploading your photos now": the rep doing it, now. */
export function repIsDoing({ words, pos, lemmas, negation }: Tokens, found: Set<RepMove>): boolean {
  if (found.has("escalates") || found.has("transfers") || found.has("confirms_cancellation")) return false;
  return words.some((word, i) => {
    // wink-nlp reads "I'm" as one token at times, and "I" + "'m" at others.
    const verb = /^(?:i'm|im|we're)$/.test(word)
      ? i + 1
      : /^(?:i|we)$/.test(word) && lemmas[i + 1] === "be"
        ? i + 2
        : -1;
    let at = verb;
    while (at > 0 && /^(?:now|just|personally|also|already|currently)$/.test(words[at] ?? "")) at += 1;
    return (
      at > 0 &&
      pos[at] === "VERB" &&
      /ing$/.test(words[at] ?? "") &&
      !negation[at] &&
      !NOT_AN_ACT.test(lemmas[at] ?? "")
    );
  });
}

/**
 * "…, which puts an engineer on it first thing tomorrow", "…so your orders reach you today": a clause
 * that says what an act leads to (a relative "which" with its own verb, or ", so" with a new subject
 * other than the rep) explains what happens, whatever the act.
 */
export function statesConsequence({ words, pos }: Tokens): boolean {
  return words.some((word, i) => {
    if (word === "which") return words[i - 1] === "," && pos[i + 1] === "VERB" && /[^s]s$/.test(words[i + 1] ?? "");
    // Set off by a comma: "…, so your orders reach you today"; a bare "so" after an act is its purpose.
    if (word !== "so" || i < 2 || words[i - 1] !== ",") return false;
    let at = words[i + 1] === "that" ? i + 2 : i + 1;
    if (/^(?:i|we|i'm|i'll|we'll|i'd|we're)$/.test(words[at] ?? "")) return false;
    if (!["PRON", "DET", "NOUN", "PROPN"].includes(pos[at] ?? "")) return false;
    for (const end = at + 4; at < end && at < pos.length; at += 1)
      if (pos[at] === "VERB" || pos[at] === "AUX") return true;
    return false;
  });
}
