import { matches } from "./move-rules";
import { rule } from "./clause-deeds";
import type { Tokens } from "./tokens";

/**
 * A term the rep takes from the customer's own line is the customer's term, not jargon (session 17, second round): the
 * word itself ("you mentioned the excess…" after "what's the excess?"), or an acronym of what they just said
 * ("That's a valid PCN" after "I got a penalty charge notice", "the RCA" after "I need a root cause
 * analysis"). Read in answer to the customer's line (answer-readings.ts); the rest of the sentence is still
 * read for jargon.
 */

const ACRONYM = /^[A-Z]{2,6}s?$/;

/** The initials of each run of the customer's words: "penalty charge notice" gives "pcn". */
function initialsOf(words: string[], length: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + length <= words.length; i += 1)
    out.add(
      words
        .slice(i, i + length)
        .map((word) => word[0])
        .join(""),
    );
  return out;
}

/** Whether the rep's word at `i` is one the customer said, or the initials of words they said in a row. */
function echoes(value: string, pos: string, said: string[]): boolean {
  if (ACRONYM.test(value)) {
    const letters = value.replace(/s$/, "").toLowerCase();
    return said.includes(value.toLowerCase()) || initialsOf(said, letters.length).has(letters);
  }
  return /^(?:NOUN|PROPN|ADJ|X)$/.test(pos) && value.length > 3 && said.includes(value.toLowerCase());
}

/** Whether the sentence's jargon is all the customer's own words or their initials. */
export function jargonEchoesTheCustomer(text: string, { values, pos, starts }: Tokens, customerSaid: string): boolean {
  const said = customerSaid.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
  let rest = text;
  values.forEach((value, i) => {
    if (!echoes(value, pos[i] ?? "", said)) return;
    const start = starts[i] ?? 0;
    rest = rest.slice(0, start) + " ".repeat(value.length) + rest.slice(start + value.length);
  });
  return rest !== text && !matches(rule("uses_jargon"), rest);
}
