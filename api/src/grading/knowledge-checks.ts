import type { KnowledgeEntry } from "../library/knowledge-schema";
import { detectMoves } from "../conversation/detect-moves";
import { splitSentences } from "../conversation/sentences";
import { tokensOf } from "../conversation/tokens";
import type { Turn } from "../conversation/transcript";
import { amountsAt, formatAmount } from "./amounts";
import { mentionAt } from "./mention-forms";
import { findPattern } from "./patterns";
import { unlistedBenefits } from "./unlisted-benefits";
import type { PolicyFinding } from "./types";

// "I can't promise a refund today" states the policy rather than breaking it.
// "We're not going to cut you off", "we never disconnect a home with a baby", "no one's cutting
// your heating off" reassure the customer with the policy; they do not threaten what it forbids.
const NEGATED =
  /\b(?:can't|cannot|can not|won't|will not|unable to|not able to|not allowed|don't|do not|isn't|is not|aren't|are not|(?:'re|’re|am|'m|’m) not|not going to|never|no one(?:'s|’s)?|nobody(?:'s|’s)?)\b/i;

/**
 * Deterministic compliance with a scenario's knowledge, sentence by sentence over the rep turns:
 * a forbidden promise, an amount above an entry's limit, or an offer that matches no offer in the
 * knowledge is broken; an entry used within its limit is followed. Each finding quotes the policy
 * line and the rep's sentence, so the scorecard can show both.
 */
export function checkKnowledge(knowledge: KnowledgeEntry[], repTurns: Turn[]): PolicyFinding[] {
  if (knowledge.length === 0) return [];
  const offers = knowledge.filter((entry) => entry.kind === "offer");
  const findings: PolicyFinding[] = [];
  // What the offers already made in this call were about ("plan" of "spread it as a payment plan").
  const offeredThings = new Set<string>();
  for (const turn of repTurns) {
    // The offers the sentence before named, in this turn: "At the Harbour Inn. I've booked you a room there."
    let offeredBefore: KnowledgeEntry[] = [];
    for (const sentence of splitSentences(turn.text)) {
      const moves = detectMoves(sentence).map((found) => found.move);
      const offering = moves.includes("offers_remedy") || moves.includes("commits_to_action");
      const promise = offering || !NEGATED.test(sentence);
      const found = (entry: KnowledgeEntry, status: PolicyFinding["status"], reason: string) =>
        findings.push({
          entry: entry.id,
          title: entry.title,
          policy: entry.text,
          status,
          reason,
          turn: turn.index,
          quote: sentence,
        });

      for (const entry of knowledge) {
        const forbidden = promise ? entry.forbids.find((pattern) => findPattern(sentence, pattern)) : undefined;
        if (forbidden) found(entry, "broken", "promises what this policy rules out");
      }
      const where = new Map<KnowledgeEntry, number>();
      for (const entry of knowledge) {
        const at = Math.min(
          ...mentionsOf(entry)
            .map((pattern) => mentionAt(sentence, pattern))
            .filter((i) => i >= 0),
        );
        if (Number.isFinite(at)) where.set(entry, at);
      }
      const mentioned = [...where.keys()];
      for (const entry of mentioned) {
        if (!entry.limit || !promise) continue;
        if (UNBOUNDED.test(sentence)) {
          const limit = formatAmount(entry.limit.max, entry.limit.unit);
          found(entry, "broken", `promises no limit where the knowledge sets ${limit}`);
          continue;
        }
        const amounts = amountsFor(entry, sentence, where);
        const over = amounts.filter((amount) => amount > (entry.limit?.max ?? Infinity));
        const limit = formatAmount(entry.limit.max, entry.limit.unit);
        if (over.length > 0)
          found(
            entry,
            "broken",
            `states ${formatAmount(Math.max(...over), entry.limit.unit)}, above the limit of ${limit}`,
          );
        else if (amounts.length > 0) found(entry, "followed", `within the limit of ${limit}`);
      }
      const named = mentioned.filter((entry) => entry.kind === "offer");
      const before = offeredBefore;
      offeredBefore = named;
      const offersSomething = moves.includes("offers_remedy") || moves.includes("retention_pitch");
      if (!offersSomething || offers.length === 0) continue;
      // An offer that names no thing of its own ("there", "it") is about the offer the sentence before named.
      const offered = named.length > 0 || thingsNamed(sentence).length > 0 ? named : before;
      if (offered.length > 0) for (const thing of thingsNamed(sentence, true)) offeredThings.add(thing);
      else if (followsThrough(sentence, offeredThings)) continue;
      if (offered.length === 0) {
        findings.push({
          entry: null,
          title: "Offers in the knowledge",
          policy: offers.map((entry) => entry.title).join("; "),
          status: "broken",
          reason: "offers something that is not in the knowledge",
          turn: turn.index,
          quote: sentence,
        });
      }
      for (const entry of offered) {
        if (!entry.limit) found(entry, "followed", "offers what the knowledge allows");
      }
      const extras =
        offered.length > 0 && promise ? unlistedBenefits(sentence, offers, (clause) => NEGATED.test(clause)) : [];
      if (extras.length > 0) {
        findings.push({
          entry: null,
          title: "Offers in the knowledge",
          policy: offers.map((entry) => entry.title).join("; "),
          status: "broken",
          reason: `offers ${extras.map((extra) => `"${extra}"`).join(" and ")}, which is not in the knowledge`,
          turn: turn.index,
          quote: sentence,
        });
      }
    }
  }
  return dedupe(findings);
}

/**
 * An offer's `mentions`, and the head noun of a short title: "Payment plan" is offered as "a plan
 * at $40 a month" as often as by the words its author listed, and that is no offer outside the knowledge.
 */
function mentionsOf(entry: KnowledgeEntry): string[] {
  const known = allMentions.get(entry);
  if (known) return known;
  const { words, pos } = tokensOf(entry.title);
  // A name for a thing ("Payment plan", "Full refund"), not an act ("Hold the bill", "Lift the hold").
  const named = words.length <= 3 && pos.every((tag) => /^(?:NOUN|PROPN|ADJ)$/.test(tag)) && pos.at(-1) === "NOUN";
  // "Refund by card lookup", "Credit for the outage": the noun before the preposition is the thing.
  const nounFirst = /^(?:NOUN|PROPN)$/.test(pos[0] ?? "") && pos[1] === "ADP";
  const head = named ? words.at(-1) : nounFirst ? words[0] : undefined;
  const heads = entry.kind === "offer" && head !== undefined && head.length > 2 ? [head] : [];
  // "$189 is going back on your card" refunds it in other words.
  const refund = /\brefund/i.test(`${entry.title} ${entry.mentions.join(" ")}`) ? [REFUND_IN_OTHER_WORDS] : [];
  const mentions = [...entry.mentions, ...heads, ...refund];
  allMentions.set(entry, mentions);
  return mentions;
}
const REFUND_IN_OTHER_WORDS =
  "/\\b(?:back (?:on|onto|to|into) (?:your|that|the) (?:card|account|bank)|paid back to you)\\b/";
const allMentions = new WeakMap<KnowledgeEntry, string[]>();

/** "We'll cover whatever it comes to", "any fee, whatever it is": an amount left open where the knowledge caps it. */
const UNBOUNDED =
  /\b(?:whatever (?:it|they|that) (?:is|are|comes? to|costs?)|whatever (?:the )?(?:cost|amount|fare|price)|no matter (?:what|how much) it costs?|(?:there's |there is |with )?no (?:limit|cap)\b)/i;

/** What a sentence is about, as lemmas of its nouns ("the plan") and, for an offer, its verbs ("collect"). */
function thingsNamed(sentence: string, withVerbs = false): string[] {
  const { lemmas, pos } = tokensOf(sentence);
  return lemmas.filter((lemma, i) => (pos[i] === "NOUN" || (withVerbs && pos[i] === "VERB")) && lemma.length > 2);
}

/** "collect" and "collection", "plan" and "plans": one thing named in another form. */
const sameThing = (a: string, b: string) => (a.length >= 4 && b.startsWith(a)) || (b.length >= 4 && a.startsWith(b));

/**
 * "I'll set up the plan today" after "we can spread it as a payment plan", "I'll book the collection"
 * after "I can arrange for a restorer to collect the table": a sentence that names only what an offer
 * earlier in the call was about, and no amount, carries that offer out; it is not a second offer
 * that must be in the knowledge.
 */
function followsThrough(sentence: string, offeredThings: Set<string>): boolean {
  if (offeredThings.size === 0 || /\d|\$|£|€|\bfree\b|%/.test(sentence)) return false;
  const earlier = [...offeredThings];
  const known = (thing: string) => earlier.some((other) => sameThing(thing, other));
  const things = thingsNamed(sentence).filter((thing) => !CARRYING_NOUNS.test(thing));
  return things.length > 0 && things.every(known);
}
/** When and how an offer is carried out, which any follow-through may name. */
const CARRYING_NOUNS =
  /^(?:today|tomorrow|tonight|morning|afternoon|evening|week|day|minute|hour|call|time|moment|date|detail|writing|email|letter|text|confirmation|reference|note|record|form|paperwork)$/;

/**
 * The amounts in a sentence that belong to `entry`: each amount of its unit goes to the nearest
 * entry mentioned with that unit, so "I'll waive the $25 late fee and refund the $170 handset"
 * holds the late fee to $25, not to $170.
 */
function amountsFor(entry: KnowledgeEntry, sentence: string, where: Map<KnowledgeEntry, number>): number[] {
  const unit = entry.limit?.unit;
  if (!unit) return [];
  const rivals = [...where].filter(([other]) => other.limit?.unit === unit);
  // "On hold for three months" against a limit in days: months count as 30 days each, unless an
  // entry limited in months is named in the sentence to take them.
  const monthsAsDays =
    unit === "days" && ![...where.keys()].some((other) => other.limit?.unit === "months")
      ? amountsAt(sentence, "months").map((amount) => ({ ...amount, value: amount.value * DAYS_PER_MONTH }))
      : [];
  return [...amountsAt(sentence, unit), ...monthsAsDays]
    .filter((amount) => {
      const nearest = rivals.reduce((best, candidate) =>
        Math.abs(candidate[1] - amount.at) < Math.abs(best[1] - amount.at) ? candidate : best,
      );
      return nearest[0] === entry;
    })
    .map((amount) => amount.value);
}

const DAYS_PER_MONTH = 30;

function dedupe(findings: PolicyFinding[]): PolicyFinding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.entry}|${finding.status}|${finding.turn}|${finding.quote}|${finding.reason}`;
    return !seen.has(key) && seen.add(key);
  });
}
