import type { Tokens } from "./tokens";

/**
 * Capitals a customer reads as plain words (session 15, issue 14 item 7), blanked before the jargon
 * rule reads the sentence again (same length, so offsets still line up):
 * - a word in capitals for stress, not an acronym: "I NEED you to hear this", "it is NOT your fault".
 *   The tagger reads such a word as what it is (a verb, a negation, an adverb); an acronym it reads
 *   as a name or a noun;
 * - the initials of everyday life, which a customer meets outside any company: a cash machine, sales
 *   tax, a phone's SIM, a doctor, an arrival time, the tax office, a parcel carrier. Internal terms (a queue, a code, a network part)
 *   stay jargon: "the OLT on your node", "a P2 in the NOC queue".
 */

/**
 * Initials a customer uses themselves, whatever the company: banking, tax, phones, health, post, media,
 * and the public bodies and carriers they deal with directly.
 */
const EVERYDAY =
  /^(?:ATM|VAT|APR|ISA|IBAN|SIM|ETA|DVD|CD|GPS|USB|PC|DM|GP|NHS|MOT|ISP|CV|DIY|LED|HD|QR|FYI|RSVP|TBC|PS|DOB|SSN|PAYG|IRS|HMRC|DWP|DVLA|DMV|UPS|DHL|USPS)s?$/;

/** A word in capitals that is not read as a name or a noun: stress, not initials. */
const STRESSED = /^(?:VERB|AUX|PART|ADV|ADJ|PRON|DET|ADP|CCONJ|SCONJ|INTJ)$/;

/** The sentence with capitalised stress and everyday initials blanked. */
export function withoutPlainCapitals(text: string, { values, pos, starts }: Tokens): string {
  let out = text;
  values.forEach((value, i) => {
    if (!/^[A-Z]{2,}s?$/.test(value)) return;
    if (!EVERYDAY.test(value) && !STRESSED.test(pos[i] ?? "")) return;
    const start = starts[i] ?? 0;
    if (out.slice(start, start + value.length) !== value) return;
    out = out.slice(0, start) + " ".repeat(value.length) + out.slice(start + value.length);
  });
  return out;
}
