import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";
import { matches } from "./move-rules";
import { rule } from "./clause-deeds";
import { tokensWhere, tokensWithin } from "./tokens";
import { describesHowItWorks, narratesWhatHappened, opensAsQuestion } from "./account-readings";
import { reportsTheThingsState, saysWhatItIs, VERDICT } from "./account-states";
import { ACTS, POINT, tellsTheProcess } from "./account-processes";
import { OPENERS, opensClause, THIRD_PARTY, verbAfter } from "./clause-spans";

/**
 * Accounts the readings of account-readings.ts and account-clauses.ts set aside or do not reach
 * (session 15, issue 14 item 7), each read from the sentence's own structure:
 * - beside a blame, what follows from the customer's deed put as a thing: "you did sign the 12-month
 *   term, so there's a fee for ending it early" (the charge explained). The blame's own point stays the
 *   blame: "the email goes to everyone, so you must have missed it" (the ", so" clause is about the
 *   customer), and a blame's ground is its evidence, after ", but" too ("I'm not blaming you, but the
 *   notice was sent");
 * - a statement whose tag names it an explanation: "so nothing more comes out, have I explained that
 *   okay?" (the rep calls what they said an explanation; "does that work?" after an offer does not);
 * - what happened, put as there being something: "there was a power cut at the exchange on Monday"
 *   (past and not negated, not judged: "there was nothing we could do" does not);
 * - a thing classed against what it is not: "it's a pre-authorisation, not an actual charge";
 * - a thing's account after the rep's stance: "I'm afraid the card was cancelled when it was reported";
 * - a thing's account whose subject has a phrase of its own: "the update on Tuesday wiped the settings";
 * - the ground of the rep's act before its ", so": "your bank can't reverse it faster, so let me do it".
 */

const end = ({ starts, values }: Tokens) => (starts.at(-1) ?? 0) + (values.at(-1) ?? "").length;

/** A thing's past, present, state or class, read in a clause of its own. */
function tellsByAThing(tokens: Tokens): boolean {
  return (
    narratesWhatHappened(tokens) || describesHowItWorks(tokens) || reportsTheThingsState(tokens) || saysWhatItIs(tokens)
  );
}

/** "There's a fee", "there will be a final bill": something there is, not negated and not judged. */
function thereIsSomething({ words, pos, negation }: Tokens): boolean {
  return words.some((word, i) => {
    if (word !== "there" || pos[i] !== "PRON") return false;
    let at = i + 1;
    while (/^(?:is|'s|are|'re|will|'ll|be|was|were|has|have|been|also|still|then|now)$/.test(words[at] ?? "")) at += 1;
    if (at === i + 1 || !/^(?:a|an)$/.test(words[at] ?? "") || negation[at]) return false;
    const noun = words.findIndex((_, k) => k > at && pos[k] === "NOUN");
    return noun > 0 && noun <= at + 4 && !words.slice(at, noun + 1).some((w) => VERDICT.test(w));
  });
}

/** The clause after the first ", <word>" of the sentence, as tokens. */
function clauseAfter(tokens: Tokens, joiner: string): Tokens | null {
  const { words, starts } = tokens;
  const at = words.findIndex((word, i) => word === joiner && words[i - 1] === "," && i > 2);
  if (at < 0 || at + 1 >= words.length) return null;
  return tokensWithin(tokens, starts[at + 1] ?? end(tokens), end(tokens));
}

const aboutTheCustomer = ({ words }: Tokens) => words.some((word) => /^(?:you|your|yours|yourself)$/.test(word));

/**
 * "You signed the 12-month term, so there's a fee for ending it early". Not the clause after "I'm not
 * blaming you, but…": the labels read it as the blame's evidence (three sentences of the tune split to one).
 */
function accountBesideBlame(tokens: Tokens): boolean {
  const so = clauseAfter(tokens, "so");
  if (!so || aboutTheCustomer(so)) return false;
  const ground = tokensWithin(tokens, 0, so.starts[0] ?? 0);
  // The blame sits in the ground (the customer's deed); the consequence is the thing it leads to.
  return aboutTheCustomer(ground) && (thereIsSomething(so) || tellsByAThing(so));
}

/** "…, have I explained that okay?", "…, does that explain it?": the tag names the statement an explanation. */
function taggedAsExplained(tokens: Tokens, found: Set<RepMove>): boolean {
  const { words, lemmas } = tokens;
  const comma = words.lastIndexOf(",");
  if (comma < 2 || words.at(-1) !== "?" || ACTS.some((move) => found.has(move))) return false;
  const tag = lemmas.slice(comma + 1);
  if (!tag.includes("explain") || !words.slice(comma + 1).some((word) => /^(?:i|that|this|it)$/.test(word)))
    return false;
  const statement = tokensWithin(tokens, 0, tokens.starts[comma] ?? 0);
  return !opensAsQuestion(statement) && statement.pos.some((tag) => tag === "VERB");
}

/** "There was a power cut at the exchange", "there's been a fault on the line since Monday". */
function thereWasSomething(tokens: Tokens): boolean {
  const { words } = tokens;
  const past = words.some(
    (word, i) => word === "there" && (/^(?:was|were)$/.test(words[i + 1] ?? "") || words[i + 2] === "been"),
  );
  return past && thereIsSomething(tokens);
}

/** "It's a pre-authorisation, not an actual charge": a class set against what the thing is not. */
function classedAgainst({ words, pos }: Tokens): boolean {
  return words.some((word, i) => {
    if (!/^(?:is|'s|was)$/.test(word) || !/^(?:a|an)$/.test(words[i + 1] ?? "")) return false;
    const noun = words.findIndex((_, k) => k > i + 1 && pos[k] === "NOUN");
    if (noun < 0 || words[noun + 1] !== "," || words[noun + 2] !== "not") return false;
    if (!/^(?:a|an|the)$/.test(words[noun + 3] ?? "")) return false;
    return !words.slice(i + 1, noun + 1).some((w) => VERDICT.test(w));
  });
}

/** Frames that put the rep's stance before a clause with no "that": "I'm afraid…", "from what I can see…". */
const STANCE =
  /^(?:i am afraid|i think|i believe|it turns out|turns out|from what i can see|as far as i can see|i can tell you|i checked and)$/;

/** "I'm afraid the card was cancelled when it was reported stolen": the clause after the stance, read alone. */
function afterStance(tokens: Tokens): boolean {
  const { words, starts } = tokens;
  let from = 0;
  while (/^(?:ok(?:ay)?|so|well|right|and|,)$/.test(words[from] ?? "")) from += 1;
  for (let n = 2; n <= 5; n += 1) {
    if (!STANCE.test(words.slice(from, from + n).join(" "))) continue;
    let at = from + n;
    while (/^(?:,|that)$/.test(words[at] ?? "")) at += 1;
    if (at >= words.length) return false;
    return tellsByAThing(tokensWithin(tokens, starts[at] ?? end(tokens), end(tokens)));
  }
  return false;
}

/**
 * "The update on Tuesday wiped the settings": a subject's prepositional phrase ("on Tuesday") hides its
 * head from the thing-as-subject readings; the sentence is read again without it.
 */
function withoutSubjectPhrase(tokens: Tokens): Tokens | null {
  const { words, pos } = tokens;
  for (let j = 0; j < words.length; j += 1) {
    if (pos[j] !== "NOUN" || !/^(?:on|in|at|for|from|of|with)$/.test(words[j + 1] ?? "") || pos[j + 1] !== "ADP")
      continue;
    if (!opensClause(words, pos, j)) continue;
    let at = j + 2;
    while (/^(?:DET|PRON|ADJ|NUM)$/.test(pos[at] ?? "") && !/^(?:i|you|we|it|they)$/.test(words[at] ?? "")) at += 1;
    if (!/^(?:NOUN|PROPN)$/.test(pos[at] ?? "")) continue;
    while (/^(?:NOUN|PROPN)$/.test(pos[at + 1] ?? "")) at += 1;
    if (!/^(?:AUX|VERB)$/.test(pos[at + 1] ?? "")) continue;
    return tokensWhere(tokens, (i) => i <= j || i > at);
  }
  return null;
}

/**
 * "Your bank can't reverse it faster than we can, so let me do it from here": the ground of the rep's act,
 * told as what a thing does or cannot do, before the ", so" that carries the act. (The act's own ", so"
 * — "I've refunded it, so you needn't call your bank" — stays the act's, account-readings.ts.)
 */
function groundOfAnAct(tokens: Tokens, text: string): boolean {
  const { words, pos } = tokens;
  const so = words.findIndex((word, i) => word === "so" && words[i - 1] === "," && i > 2);
  if (so < 0 || !words.slice(so + 1, so + 4).some((word) => /^(?:i|we|me)$/.test(word))) return false;
  // "Your refund's been processed, so…": what was done for them is no account of why.
  const ground = text.slice(0, tokens.starts[so - 1] ?? 0);
  if (DONE.some((move) => matches(rule(move), ground))) return false;
  if (words.slice(0, so).some((word) => REMEDY.test(word))) return false;
  let j = 0;
  while (OPENERS.test(words[j] ?? "")) j += 1;
  while (/^(?:DET|PRON|ADJ|NUM)$/.test(pos[j] ?? "") && !/^(?:i|you|we|it|they|he|she|that|this)$/.test(words[j] ?? ""))
    j += 1;
  if (!THIRD_PARTY.test(pos[j] ?? "")) return false;
  while (THIRD_PARTY.test(pos[j + 1] ?? "")) j += 1;
  const { chain, verb } = verbAfter(tokens, j + 1, so - 1);
  return verb > 0 && pos[verb] === "VERB" && (chain.length > 0 || /(?:ed|[^s]s)$/.test(words[verb] ?? ""));
}

const DONE: RepMove[] = ["offers_remedy", "confirms_cancellation"];
/** What is given to put things right (read-turn.ts's promise words for a remedy), and the request ended. */
const REMEDY = /^(?:credit|refund|reimburse|compensat|replacement|voucher|discount|cancell?ation)/;
const SOLD: RepMove[] = ["retention_pitch", "superiority_pitch", "blames_customer", "refuses_or_delays"];

/** What was done for the customer, what a pitch sells, a blame's evidence: not accounts (account-clauses.ts). */
const DONE_OR_SOLD: RepMove[] = [
  "offers_remedy",
  "confirms_cancellation",
  "retention_pitch",
  "superiority_pitch",
  "blames_customer",
  "refuses_or_delays",
  "acknowledges_impact",
];

/** Whether the sentence gives an account in one of the forms above; `found` holds the moves so far. */
export function accountAside(found: Set<RepMove>, tokens: Tokens, question: boolean, ruleText: string): boolean {
  if (question) return taggedAsExplained(tokens, found);
  if (found.has("blames_customer") && !found.has("retention_pitch") && accountBesideBlame(tokens)) return true;
  const acts = found.has("offers_remedy") || found.has("commits_to_action");
  if (acts && !SOLD.some((move) => found.has(move)) && groundOfAnAct(tokens, ruleText)) return true;
  const bare = withoutSubjectPhrase(tokens);
  if (bare && !DONE_OR_SOLD.some((move) => found.has(move)) && tellsByAThing(bare)) return true;
  // Acts and judgements: an existential or a contrast in their sentence serves them rather than tells.
  if (POINT.some((move) => found.has(move))) return false;
  return thereWasSomething(tokens) || classedAgainst(tokens) || afterStance(tokens) || tellsTheProcess(found, tokens);
}
