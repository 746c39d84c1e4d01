import { blank } from "./word-senses";
import { matches } from "./move-rules";
import { rule } from "./clause-deeds";
import type { Tokens } from "./tokens";
import { withoutGlossedTerms } from "./jargon-glosses";
import { withoutPlainCapitals } from "./jargon-plain";

/**
 * Where a jargon match is not jargon to the customer (session 12, issue 14 item 7):
 * - a product's own name ("our Premium SLA tier", "the Enterprise Plus tier"): capitalised words
 *   before "tier", "plan" or "package" name what is sold, and a pitch names it that way;
 * - an acronym the rep asks the customer about ("Did your SSO provider log it?", "Does that SLA
 *   timeline work?"): a question put in the customer's terms, not an account in internal ones;
 * - an acronym for something the customer owns ("your VPN", "your CRM"): their system, their term;
 * - a term the rep glosses in plain words in the same sentence (jargon-glosses.ts, session 14);
 * - capitals for stress and everyday initials ("I NEED you to…", "the ATM", jargon-plain.ts, session 15).
 */

const PRODUCT_HEAD = /^(?:tier|plan|package|bundle|edition|level)s?$/;
const ACRONYM = /\b[A-Z]{2,}s?\b/g;
const YOUR_ACRONYM = /(?<=\b[Yy]our (?:own )?)[A-Z]{2,}s?\b/g;

/** The sentence with product names blanked, and acronyms too when it is a question. */
export function withoutCustomerTerms(text: string, { values, words, pos, starts }: Tokens, question: boolean): string {
  // "Your VPN", "your CRM's export": a system the customer owns is named in their own terms.
  let out = blank(question ? blank(text, ACRONYM) : text, YOUR_ACRONYM);
  words.forEach((word, i) => {
    if (!PRODUCT_HEAD.test(word)) return;
    let from = i;
    // Capitalised words, not the sentence's first: "Enterprise Plus", "Premium SLA".
    while (from > 1 && /^[A-Z]/.test(values[from - 1] ?? "") && pos[from - 1] !== "PUNCT") from -= 1;
    if (from === i) return;
    const start = starts[from] ?? 0;
    const end = (starts[i] ?? 0) + (values[i] ?? "").length;
    out = out.slice(0, start) + " ".repeat(end - start) + out.slice(end);
  });
  return out;
}

/** Whether every jargon match in the sentence is the customer's own term. */
export function jargonIsTheCustomers(ruleText: string, tokens: Tokens, question: boolean): boolean {
  const plain = withoutPlainCapitals(withoutGlossedTerms(ruleText, tokens), tokens);
  return !matches(rule("uses_jargon"), withoutCustomerTerms(plain, tokens, question));
}
