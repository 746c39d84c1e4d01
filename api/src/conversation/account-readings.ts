import type { RepMove } from "./moves";
import { matches } from "./move-rules";
import { rule } from "./clause-deeds";
import { blank } from "./word-senses";
import type { Tokens } from "./tokens";
import { OPENERS, opensClause, THIRD_PARTY } from "./clause-spans";
import { reportsTheThingsState, SAME_PARTICIPLE, saysWhatItIs } from "./account-states";

/**
 * Whether a sentence gives an account (explains: what happened, why, what something means), read
 * from its clause structure rather than from more cue phrases (session 12, issue 14 item 7).
 */

const WH = /^(?:how|what|when|where|why|who|which)$/;

/**
 * "Did you get the email, because…", "Are you sure you were in, because…": a sentence that opens as
 * a question asks; its "because" gives the reason for asking. A statement with a tag ("…, wouldn't
 * you?", "…, have I explained that okay?") still tells.
 */
export function opensAsQuestion({ words, pos }: Tokens): boolean {
  let i = 0;
  while (OPENERS.test(words[i] ?? "")) i += 1;
  if (pos[i] === "AUX") {
    // "Wouldn't it help if…": the negation sits between the auxiliary and its subject.
    const subject = /^(?:not|n't)$/.test(words[i + 1] ?? "") ? i + 2 : i + 1;
    return !/^being$/.test(words[i] ?? "") && ["PRON", "DET", "NOUN", "PROPN"].includes(pos[subject] ?? "");
  }
  // "What happened is the equipment failed": a wh-clause as the subject of a statement.
  return WH.test(words[i] ?? "") && ["AUX", "VERB"].includes(pos[i + 1] ?? "") && words.at(-1) === "?";
}

/** Discourse markers, not reasons: "as I said", "as you know", "as agreed". */
const NOT_A_REASON =
  /^(?:say|mention|know|explain|discuss|promise|request|ask|agree|expect|see|understand|can|tell|note|describe|show|put|suggest|wish|like|want|need)$/;

/**
 * "There's no change fee, as your flight was cancelled by us": "as" or "since" after a comma opens a
 * clause (a subject, then its verb) that gives the reason.
 */
export function givesReasonClause({ words, pos, lemmas }: Tokens): boolean {
  return words.some((word, i) => {
    if (!/^(?:as|since)$/.test(word) || words[i - 1] !== "," || !["SCONJ", "ADP"].includes(pos[i] ?? "")) return false;
    const subject = i + 1;
    if (!["PRON", "DET", "NOUN", "PROPN"].includes(pos[subject] ?? "")) return false;
    if (/^(?:i|you)$/.test(words[subject] ?? "") && NOT_A_REASON.test(lemmas[subject + 1] ?? "")) return false;
    for (let at = subject + 1; at < Math.min(pos.length, subject + 5); at += 1) {
      if (pos[at] === "PUNCT") return false;
      if (pos[at] === "AUX" || pos[at] === "VERB") return !NOT_A_REASON.test(lemmas[at] ?? "");
    }
    return false;
  });
}

/** A past the lite model has no lemma for: a word of five letters or more in "-ed" (not "need", "feed"). */
const UNKNOWN_PAST = /^[a-z]{3,}ed$/;

/** Adverbs a subject and its verb may be parted by ("the courier only delivers on weekdays"). */
const ADVERB =
  /^(?:just|already|then|also|only|never|accidentally|wrongly|automatically|usually|normally|always|still)$/;
const BETWEEN =
  /^(?:was|were|had|has|have|been|did|is|are|n't|not|never|just|already|then|also|only|accidentally|wrongly|automatically)$/;

/**
 * "The system released the rooms at ten", "the travel notice was set for the wrong card", "the readings
 * just weren't loaded": a thing (not the rep or the customer) as the subject of a past or passive verb
 * tells what happened.
 */
export function narratesWhatHappened({ words, pos, lemmas }: Tokens): boolean {
  return words.some((word, j) => {
    if (!THIRD_PARTY.test(pos[j] ?? "") || THIRD_PARTY.test(pos[j + 1] ?? "")) return false;
    if (!opensClause(words, pos, j)) return false;
    let i = j + 1;
    let passive = false;
    while (i < words.length && BETWEEN.test(words[i] ?? "")) {
      if (/^(?:was|were|been)$/.test(words[i] ?? "")) passive = true;
      i += 1;
    }
    const verb = words[i] ?? "";
    if (pos[i] !== "VERB") return false;
    // "Our system didn't send it": a past tense carried by "did".
    if (/^(?:did|n't|not)$/.test(words[i - 1] ?? "") && words.slice(j + 1, i).includes("did")) return true;
    // A past participle can be its lemma ("was set", "were put", "was cut").
    // A past the model does not know keeps its "-ed" in the lemma ("glitched", a misspelt "recieved").
    if (verb === lemmas[i] && !(passive && SAME_PARTICIPLE.test(verb)) && !UNKNOWN_PAST.test(verb)) return false;
    // A past form: not the lemma, not a gerund, not a present "-s" ("held", "sent", "released").
    if (/ing$/.test(verb) || /[^s]s$/.test(verb)) return false;
    // With no auxiliary, "the system released rooms" (or "the discount only lasted six months") is a clause
    // and "fingers crossed." is not.
    // An adverb between them shows it is a clause ("the engineer never arrived").
    if (words.slice(j + 1, i).every((between) => ADVERB.test(between)))
      return i > j + 1 || (pos[i + 1] !== undefined && pos[i + 1] !== "PUNCT");
    return passive || /^(?:had|did|n't|not)$/.test(words[i - 1] ?? "");
  });
}

/** Verbs that judge or feel rather than tell how a thing works ("the bill looks wrong", "this seems unfair"). */
const SENSE = /^(?:sound|seem|look|feel|appear|matter|help|suck|hurt|happen)$/;

/**
 * "The claims team reviews the report within ten days", "your plan runs to the 14th and then stops",
 * "the supply doesn't get switched off during a move": a thing as the subject of a present-tense verb
 * says how the process works. wink-nlp tags such a verb as a plural noun at times ("team reviews/NOUN
 * the report"); one followed by a determiner is read as the verb.
 */
export function describesHowItWorks({ words, pos, lemmas }: Tokens): boolean {
  return words.some((word, j) => {
    if (!THIRD_PARTY.test(pos[j] ?? "") || !opensClause(words, pos, j)) return false;
    let i = j + 1;
    // The noun-tagged verb: "reviews" after "team", before "the".
    // Or before a plural object after a singular subject: "the assessor reviews/NOUN disputes".
    const object = (at: number) =>
      pos[at + 1] === "DET" ||
      (pos[at + 1] === "NOUN" && /[^s]s$/.test(words[at + 1] ?? "") && !/s$/.test(words[at - 1] ?? ""));
    const misTagged = (at: number) => pos[at] === "NOUN" && /[^s]s$/.test(words[at] ?? "") && object(at) && at > j;
    while (THIRD_PARTY.test(pos[i] ?? "") && !misTagged(i)) i += 1;
    while (ADVERB.test(words[i] ?? "")) i += 1;
    if (/^(?:does|doesn't)$/.test(words[i] ?? "") || (words[i] === "does" && words[i + 1] === "n't")) return true;
    const verb = words[i] ?? "";
    if (!(pos[i] === "VERB" || misTagged(i)) || !/[^s]s$/.test(verb) || verb === lemmas[i]) return false;
    return !SENSE.test(lemmas[i] ?? "");
  });
}

/**
 * Moves whose ", so …" clause is their point, not an account: the pitch's benefit, the blame's verdict,
 * the refusal, the acknowledgement's judgement, what the rep's act gets the customer ("I've refunded it, so you don't need to call your bank").
 */
const SELLS_OR_BLAMES: RepMove[] = [
  "superiority_pitch",
  "retention_pitch",
  "blames_customer",
  "deflects_channel",
  "offers_remedy",
  "commits_to_action",
  "confirms_cancellation",
  "escalates",
  // Session 14: "we're fully booked, so you'll have to wait" (the refusal's point), "you booked months
  // ahead, so you had every right to expect it" (the acknowledgement's judgement).
  "refuses_or_delays",
  "acknowledges_impact",
];
/** A blame's or a pitch's "as …" is its own reason ("as that's often the cause"), not an account. */
const MOVES_OWN_REASON: RepMove[] = ["superiority_pitch", "retention_pitch", "blames_customer", "deflects_channel"];
/** "Your refund has been processed", "your account has been closed": what was done for them, not an account. */
const DONE_FOR_THE_CUSTOMER: RepMove[] = ["offers_remedy", "confirms_cancellation"];
/** "Policy says I'm unable to…", "that adds up to $360 a year": how things work, told to refuse or to sympathise. */
const RULE_AS_REFUSAL: RepMove[] = ["refuses_or_delays", "acknowledges_impact", "generic_empathy"];
/**
 * ", so …", or "<what they went through> means you…" (session 15: the toll on the customer a move draws, as
 * its ", so" does). "That means you now pay…" points back at what was said: it says what something means.
 */
const CONSEQUENCE =
  /,\s*so\b[^.?!;—–]*|(?<!\b(?:that|this|which|it)(?:'s| (?:just|also|simply|really|only|actually))? )\bmeans? (?=you\b)[^.?!]*/i;

/**
 * Whether the sentence explains, once its clause structure is read: `found` holds the moves so far
 * (the rules' explains among them), `ruleText` the sentence as the rules read it.
 */
export function explainsAfterReading(
  found: Set<RepMove>,
  tokens: Tokens,
  ruleText: string,
  question: boolean,
): boolean {
  const has = (moves: RepMove[]) => moves.some((move) => found.has(move));
  let explains = found.has("explains");
  // "Did you get the email, because…": the reason for asking is not an account of what happened.
  if (explains && question && opensAsQuestion(tokens)) explains = false;
  // "We're the cheapest in the region, so you're getting a good deal": the consequence a pitch, a blame, a
  // deflection or an act draws is the move itself; the sentence explains only if it does without its ", so" clause.
  if (
    explains &&
    has(SELLS_OR_BLAMES) &&
    CONSEQUENCE.test(ruleText) &&
    !matches(rule("explains"), blank(ruleText, CONSEQUENCE))
  )
    explains = false;
  if (explains || question || has(MOVES_OWN_REASON)) return explains;
  // "…, as your flight was cancelled by us": a reason clause explains; the customer's circumstance given as
  // the reason for the rep's act ("I'll post it, since you don't use email") is the act's own (session 14).
  if (givesReasonClause(tokens) && !(found.has("commits_to_action") && /,\s*(?:as|since) you\b/i.test(ruleText)))
    return true;
  // "The system released the rooms at ten": a thing's past or passive verb tells what happened; its
  // present tense or present passive, how the process works.
  if (has(DONE_FOR_THE_CUSTOMER)) return false;
  return (
    narratesWhatHappened(tokens) ||
    (!has(RULE_AS_REFUSAL) &&
      (describesHowItWorks(tokens) ||
        (!found.has("transfers") && (reportsTheThingsState(tokens) || saysWhatItIs(tokens)))))
  );
}
