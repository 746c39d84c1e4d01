import type { KnowledgeEntry } from "../library/knowledge-schema";

/**
 * Things a rep can give away to calm a customer. An offer that names one of these beside an offer
 * the knowledge lists ("I'll refund it in full and throw in a $100 voucher") still offers the
 * extra thing, which must be in the knowledge too.
 */
const BENEFITS: [string, RegExp][] = [
  ["voucher", /\bvouchers?\b/i],
  ["coupon", /\bcoupons?\b/i],
  ["gift card", /\bgift ?cards?\b/i],
  ["credit", /\b(?:account |store |goodwill |bill )?credit\b(?! card| check| limit| score| report| union)/i],
  ["discount", /\bdiscount(?:s|ed)?\b/i],
  ["upgrade", /\bupgrade[sd]?\b/i],
  ["compensation", /\bcompensat(?:ion|e)\b/i],
  ["points", /\b(?:loyalty |reward |bonus )?points\b/i],
  ["free", /\bfree (?:of charge\b|(?!of\b)[a-z]+)/i],
];

/** Where a sentence turns ("…, but I can't give you a voucher"): a giveaway ruled out in its own clause is not offered. */
const CLAUSE_BREAK = /[;,—–]|\b(?:but|although|though|however)\b/i;

/**
 * The benefits a sentence offers that no offer in the knowledge is about ("voucher" in a car-rental
 * call); `negated` says whether a clause rules what it names out.
 */
export function unlistedBenefits(
  sentence: string,
  offers: KnowledgeEntry[],
  negated: (clause: string) => boolean,
): string[] {
  const listed = offers.map((entry) => [entry.title, entry.text, ...entry.mentions].join(" ").toLowerCase());
  const clauses = sentence.split(CLAUSE_BREAK).filter((clause) => !negated(clause));
  return BENEFITS.flatMap(([name, pattern]) => {
    const said = clauses.map((clause) => pattern.exec(clause)?.[0].toLowerCase()).find(Boolean);
    if (!said) return [];
    const covered = listed.some((text) => text.includes(name) || text.includes(said));
    return covered ? [] : [said];
  });
}
