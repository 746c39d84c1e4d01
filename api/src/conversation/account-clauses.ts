import type { RepMove } from "./moves";
import { matches } from "./move-rules";
import { rule } from "./clause-deeds";
import type { Tokens } from "./tokens";
import { tokensWhere, tokensWithin } from "./tokens";
import { describesHowItWorks, narratesWhatHappened } from "./account-readings";
import { reportsTheThingsState, saysWhatItIs, VERDICT } from "./account-states";

/**
 * Accounts inside a clause of a sentence that does something else (session 14, issue 14 item 7).
 * account-readings.ts reads the whole sentence and sets an account aside when the sentence refuses,
 * sends the customer elsewhere or blames them; these readings find the clause that still tells:
 * - the ground before ", so": "Sorry, the portal's been down since nine, so I'd try a branch"
 *   (the deflection is the ", so"; what comes before it tells what happened). Not a blame's ground
 *   ("the notice goes to everyone, so you must have missed it"): that is the blame's evidence;
 * - the content of a rule or a problem: "our rule is that late entries are held until Monday"
 *   (the rule's content says how things work, whatever the sentence then refuses);
 * - what the thing just named is: "…, that's a known fault we're fixing" (a demonstrative classed by a
 *   noun, not judged: "that's a fair point");
 * - a thing's account behind a relative clause or a finding: "the charge you're seeing is a hold", "it
 *   looks like the order was split" (what the rep finds, told);
 * - what the customer keeps, or loses, up to a time: "you'll keep access until the 30th" (how the
 *   service ends; "you won't be billed again" after a cancellation is the cancellation's own news);
 * - a clause after ", and" / ", but" of a sentence that offers or confirms in another clause.
 */

/**
 * What was done for the customer is not an account of it ("your refund's been processed, so…"); the
 * features a pitch sells are the pitch ("the fibre plan runs at 900 meg, so you'd never buffer"), and a
 * blame's ground is its evidence.
 */
const DONE_FOR_THEM: RepMove[] = ["offers_remedy", "confirms_cancellation"];
const SERVED: RepMove[] = ["retention_pitch", "superiority_pitch", "blames_customer"];
const NOT_AN_ACCOUNT: RepMove[] = [...DONE_FOR_THEM, ...SERVED];

/** A thing's past, present, state or class, read in a clause of its own. */
function tellsByAThing(tokens: Tokens): boolean {
  return (
    narratesWhatHappened(tokens) || describesHowItWorks(tokens) || reportsTheThingsState(tokens) || saysWhatItIs(tokens)
  );
}

/** The tokens of the sentence before its ", so …" clause, or null when it has none. */
function beforeConsequence(tokens: Tokens): Tokens | null {
  const { words, starts } = tokens;
  const so = words.findIndex((word, i) => word === "so" && words[i - 1] === "," && i > 2);
  if (so < 0) return null;
  return tokensWithin(tokens, 0, starts[so - 1] ?? 0);
}

/** "Our rule is that late entries are held until Monday": the clause after "<noun> is that", read alone. */
function ruleContent(tokens: Tokens): boolean {
  const { words, pos, starts, values } = tokens;
  const at = words.findIndex(
    (word, i) =>
      word === "that" &&
      pos[i] === "SCONJ" &&
      /^(?:is|was)$/.test(words[i - 1] ?? "") &&
      /^(?:NOUN|PROPN)$/.test(pos[i - 2] ?? ""),
  );
  if (at < 0) return false;
  const end = (starts.at(-1) ?? 0) + (values.at(-1) ?? "").length;
  return tellsByAThing(tokensWithin(tokens, starts[at + 1] ?? end, end));
}

/** Something the customer keeps or loses up to a time: "you'll keep access until the 30th". */
const KEPT = /^(?:keep|have|lose|retain)$/;

/** "You'll keep access until the 30th", "you'll still have the line through Friday": the customer as the subject. */
function keptUntil({ words, lemmas }: Tokens): boolean {
  return words.some((word, i) => {
    if (word !== "you" || !/^(?:will|'ll|wo|won't)$/.test(words[i + 1] ?? "")) return false;
    let at = i + 2;
    while (/^(?:n't|not|still|also|only|then|just)$/.test(words[at] ?? "")) at += 1;
    if (!KEPT.test(lemmas[at] ?? "")) return false;
    return words.slice(at + 1).some((next) => /^(?:until|till|through|up)$/.test(next));
  });
}

/**
 * A refusal or sympathy classes what was said to refuse or sympathise ("that's a long time to wait"), a
 * pitch to sell ("that's a loyalty rate").
 */
const JUDGED: RepMove[] = [
  "refuses_or_delays",
  "acknowledges_impact",
  "generic_empathy",
  "retention_pitch",
  "superiority_pitch",
];
/** Words that judge rather than class, beyond account-states' verdicts ("that's a fair point", "a long wait"). */
const JUDGING = /^(?:question|point|lot|long|valid|tough|hard|difficult|fine|relief|worry|first|last|mistake)$/;
/** "That's a known fault", "this is a one-off admin charge": what the thing just named is, classed by a noun. */
function classesWhatWasSaid({ words, pos }: Tokens): boolean {
  return words.some((word, i) => {
    if (!/^(?:that|this)$/.test(word) || pos[i] !== "PRON" || !/^(?:is|'s|was)$/.test(words[i + 1] ?? "")) return false;
    if (i > 0 && words[i - 1] !== "," && !/^(?:and|so|but)$/.test(words[i - 1] ?? "")) return false;
    let at = i + 2;
    if (!/^(?:a|an)$/.test(words[at] ?? "")) return false;
    const noun = words.findIndex((w, k) => k > at && pos[k] === "NOUN" && pos[k + 1] !== "NOUN");
    if (noun < 0) return false;
    for (at += 1; at <= noun; at += 1)
      if (VERDICT.test(words[at] ?? "") || JUDGING.test(words[at] ?? "") || /^(?:VERB|AUX|PRON)$/.test(pos[at] ?? ""))
        return false;
    return true;
  });
}

/** The tokens without those in [from, to]. */
function without(tokens: Tokens, from: number, to: number): Tokens {
  return tokensWhere(tokens, (i) => i < from || i > to);
}

/**
 * "The charge you're seeing is a pre-authorisation", "the fee we took covers the visit": a subject with a
 * relative clause ("you're seeing") is read without it. The tagger reads such a verb as a noun at times.
 */
function withoutRelativeClause(tokens: Tokens): Tokens | null {
  const { words, pos } = tokens;
  for (let j = 0; j < words.length; j += 1) {
    if (pos[j] !== "NOUN" || !/^(?:you|we|i|they)$/.test(words[j + 1] ?? "")) continue;
    let at = j + 2;
    while (/^(?:AUX|ADV|PART)$/.test(pos[at] ?? "")) at += 1;
    if (!/^(?:VERB|NOUN)$/.test(pos[at] ?? "") || !/^(?:AUX|VERB)$/.test(pos[at + 1] ?? "")) continue;
    return without(tokens, j + 1, at);
  }
  return null;
}

/** "It looks like the order was split", "I can see the payment went out twice": what the rep finds, told. */
const FINDING =
  /^(?:it (?:looks|seems|appears)(?: like| that)?|i (?:can )?see(?: that)?|i(?:'ve| have)? (?:found|noticed)(?: that)?)$/;
function afterFinding(tokens: Tokens): Tokens | null {
  const { words, starts, values } = tokens;
  for (let n = 2; n <= 4; n += 1) {
    const at = words.findIndex((_, i) => FINDING.test(words.slice(i, i + n).join(" ")));
    if (at < 0) continue;
    const end = (starts.at(-1) ?? 0) + (values.at(-1) ?? "").length;
    let from = at + n;
    while (words[from] === "that" || words[from] === "like") from += 1;
    return tokensWithin(tokens, starts[from] ?? end, end);
  }
  return null;
}

/**
 * "The hotel we've found is ten minutes away, and the room's already paid for": a sentence that offers
 * or confirms in one clause may tell in another (after ", and" / ", but"); a clause's deed is read in its
 * own clause. Not beside a pitch or a blame, whose clauses serve them.
 */
function clauseWithoutTheAct(found: Set<RepMove>, text: string, tokens: Tokens): boolean {
  const acts = DONE_FOR_THEM.filter((move) => found.has(move));
  if (acts.length === 0 || SERVED.some((move) => found.has(move))) return false;
  const { words, starts, values } = tokens;
  const end = (starts.at(-1) ?? 0) + (values.at(-1) ?? "").length;
  const cuts = words.flatMap((word, i) => (word === "," && /^(?:and|but)$/.test(words[i + 1] ?? "") ? [i] : []));
  const bounds = [0, ...cuts.map((i) => starts[i + 2] ?? end)];
  const ends = [...cuts.map((i) => starts[i] ?? end), end];
  return bounds.some((from, k) => {
    const to = ends[k] ?? end;
    if (from >= to || acts.some((move) => matches(rule(move), text.slice(from, to)))) return false;
    const clause = tokensWithin(tokens, from, to);
    const bare = withoutRelativeClause(clause);
    return tellsByAThing(clause) || (bare !== null && tellsByAThing(bare));
  });
}

/** Whether a clause of the sentence tells an account that the reading of the whole sentence set aside. */
export function accountInAClause(found: Set<RepMove>, tokens: Tokens, question: boolean, ruleText: string): boolean {
  if (question) return false;
  if (clauseWithoutTheAct(found, ruleText, tokens)) return true;
  if (ruleContent(tokens) || keptUntil(tokens)) return true;
  if (!JUDGED.some((move) => found.has(move)) && classesWhatWasSaid(tokens)) return true;
  if (NOT_AN_ACCOUNT.some((move) => found.has(move))) return false;
  if (!JUDGED.some((move) => found.has(move))) {
    const bare = withoutRelativeClause(tokens);
    const finding = afterFinding(tokens);
    if ((bare && tellsByAThing(bare)) || (finding && tellsByAThing(finding))) return true;
  }
  const ground = beforeConsequence(tokens);
  return ground !== null && tellsByAThing(ground);
}
