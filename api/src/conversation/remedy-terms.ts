import type { RepMove } from "./moves";
import { matches } from "./move-rules";
import { offersToPutRight, rule } from "./clause-deeds";
import { clauses } from "./clause-spans";
import { productGivesIt } from "./pitch-stakes";
import type { Tokens } from "./tokens";

/**
 * A remedy the phrase rules found in a sentence that only names it (session 14, issue 14 item 7):
 * - the terms of something, stated with "there is no …" ("there's no fee for ending it early");
 * - the price of a pitch: a deal that is the customer's to earn by acting ("if you switch to our
 *   annual plan, I can take 15% off", "switching to our premium line would stop this");
 * - what someone else might give once the case is passed up ("…my manager, she can approve a refund");
 * - a remedy already known, described by what it is ("the divert is temporary").
 * All but the pitch's price are blanked and the rules read the rest: another remedy keeps the offer.
 */

/** What "there is no …" states as terms: a sum asked of the customer. */
const PRICE = /^(?:fee|charge|cost|penalty|fine|surcharge)s?$/;
/** A third person who may give something: "she", "my manager", "who". */
const THIRD_PERSON = /^(?:he|she|they|who|someone|somebody)$/;
const MAY = /^(?:can|could|may|might)$/;
/** Leaving the choice to the customer ("if you'd like", "if you want"): that is an offer, not a condition. */
const WISH = /^(?:like|want|prefer|wish|need|mind|be|have|do)$/;

type Span = [number, number];

/** Token ranges to blank: "there is no <fee>", terms stated rather than a fee waived. */
function termsStated({ words, pos, lemmas }: Tokens): Span[] {
  const spans: Span[] = [];
  words.forEach((word, i) => {
    if (word !== "there" || lemmas[i + 1] !== "be") return;
    let j = i + 1;
    while (lemmas[j] === "be" || lemmas[j] === "will" || words[j] === "'ll") j += 1;
    if (words[j] !== "no") return;
    let k = j + 1;
    while (k < j + 4 && /^(?:NOUN|ADJ|PROPN)$/.test(pos[k] ?? "") && !PRICE.test(words[k] ?? "")) k += 1;
    if (PRICE.test(words[k] ?? "")) spans.push([i, k + 1]);
  });
  return spans;
}

/** Adjectives that say a remedy is there for the customer ("free", "ready"): those still offer it. */
const THERE_FOR_THEM = /^(?:free|available|ready|yours|due|guaranteed|approved|confirmed)$/;

/** "The divert is temporary", "the credit is automatic": a remedy already known, described rather than given. */
function describedOnly({ words, pos }: Tokens): Span[] {
  const spans: Span[] = [];
  words.forEach((word, i) => {
    if (word !== "the" || !/^(?:NOUN|VERB)$/.test(pos[i + 1] ?? "") || words[i + 2] !== "is") return;
    let j = i + 3;
    while (pos[j] === "ADV") j += 1;
    if (pos[j] === "ADJ" && !THERE_FOR_THEM.test(words[j] ?? "")) spans.push([i, i + 2]);
  });
  return spans;
}

/** Clauses whose subject is a third person who may give it ("she can approve a refund"). */
function othersToGive(tokens: Tokens): Span[] {
  const { words, pos } = tokens;
  return clauses(tokens).filter(([from, to]) => {
    let at = from;
    while (at < to && /^(?:and|then|who|that)$/.test(words[at] ?? "") && !THIRD_PERSON.test(words[at] ?? "")) at += 1;
    let subject = at;
    if (!THIRD_PERSON.test(words[at] ?? "")) {
      // "my manager can…", "the team lead could…": a noun phrase headed by a person's noun.
      while (
        subject < to &&
        /^(?:DET|PRON|ADJ|NOUN|PROPN)$/.test(pos[subject] ?? "") &&
        !MAY.test(words[subject] ?? "")
      )
        subject += 1;
      if (subject === at || pos[subject - 1] !== "NOUN" || /^(?:i|we|you)$/.test(words[at] ?? "")) return false;
      return MAY.test(words[subject] ?? "");
    }
    return MAY.test(words[at + 1] ?? "");
  });
}

/** The customer's own act as the condition or the subject of a deal: "if you switch…", "switching to our…". */
export function customersActEarnsIt({ words, pos, lemmas }: Tokens): boolean {
  return words.some((word, i) => {
    if (word === "if" && words[i + 1] === "you") {
      let j = i + 2;
      while (pos[j] === "AUX" || pos[j] === "ADV" || pos[j] === "PART") j += 1;
      return pos[j] === "VERB" && !WISH.test(lemmas[j] ?? "") && !/^(?:'d|would)$/.test(words[i + 2] ?? "");
    }
    // A gerund that opens a clause and is its subject: "switching to our premium line would stop this".
    const opens = i === 0 || /^(?:,|so|and|but|then)$/.test(words[i - 1] ?? "");
    return (
      opens &&
      pos[i] === "VERB" &&
      /ing$/.test(word) &&
      words.slice(i + 1, i + 7).some((w) => /^(?:would|will|'d)$/.test(w))
    );
  });
}

function blankSpans(text: string, tokens: Tokens, spans: Span[]): string {
  let out = text;
  for (const [from, to] of spans) {
    const start = tokens.starts[from] ?? 0;
    const end =
      to < tokens.starts.length ? (tokens.starts[to - 1] ?? 0) + (tokens.values[to - 1]?.length ?? 0) : text.length;
    out = out.slice(0, start) + " ".repeat(Math.max(0, end - start)) + out.slice(end);
  }
  return out;
}

/** Whether the remedy the rules found in this sentence is only named, earned or someone else's to give. */
export function remedyOnlyNamed(text: string, tokens: Tokens, found: Set<RepMove>): boolean {
  if ((found.has("retention_pitch") || found.has("superiority_pitch")) && customersActEarnsIt(tokens)) return true;
  if (found.has("retention_pitch") && productGivesIt(tokens)) return true;
  const spans = [...termsStated(tokens), ...describedOnly(tokens)];
  if (found.has("escalates")) spans.push(...othersToGive(tokens));
  if (spans.length === 0) return false;
  return !matches(rule("offers_remedy"), blankSpans(text, tokens, spans)) && !offersToPutRight(tokens, found);
}
