import type { RepMove } from "./moves";
import type { Tokens } from "./tokens";

/**
 * A remedy the rules found in a sentence that tells how something works rather than gives it (session 17, second round):
 * remedies as a class, a bare plural as the subject of a present verb ("refunds are processed in line with
 * our terms", "credits usually take two cycles to show"): how they go, not one given.
 */

const REMEDIES = /^(?:refunds|credits|discounts|vouchers|replacements|repairs|reimbursements|rebates|compensation)$/;

/** "Refunds are processed…", "credits take…": a bare plural remedy opening a clause, then a present verb. */
function remediesAsAClass({ words, pos }: Tokens): boolean {
  return words.some((word, i) => {
    if (!REMEDIES.test(word)) return false;
    const opens = i === 0 || /^(?:,|;|and|but|so|because|since|as)$/.test(words[i - 1] ?? "");
    if (!opens) return false;
    let j = i + 1;
    while (pos[j] === "ADV") j += 1;
    if (/^(?:are|get)$/.test(words[j] ?? "")) return pos[j + 1] === "VERB" || pos[j + 1] === "ADV";
    return pos[j] === "VERB" && !/(?:ed|ing)$/.test(words[j] ?? "") && words[j] !== "will";
  });
}

export function remedyOnlyExplained(found: Set<RepMove>, tokens: Tokens): boolean {
  if (!found.has("offers_remedy")) return false;
  return remediesAsAClass(tokens);
}

// Tried and left out, because each fixed tune sentences and left check flat or worse:
// - a remedy named while the customer is sent elsewhere ("for refunds you'll have to go back to the store");
// - a sentence that opens by saying what a term is or means ("subrogation just means we chase…", "the excess is
//   the first part of any claim, so we take it off"): it cost a true offer on check;
// - remedies promised in forms the readings miss: a fix or a charge taken away ("I'll write off the balance"),
//   something given in place of what was lost ("I'm sending you a new card");
// - a remedy word that only modifies the paper about it ("the refund confirmation", "the credit request"): it cost a
//   true offer on check;
// - for acknowledges_impact, "that's our mistake" read as an apology that acknowledges nothing.
