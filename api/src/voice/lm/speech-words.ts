import { numberWords } from "./number-words";

const SYMBOLS: Record<string, string> = { "%": " percent ", "&": " and ", "+": " plus ", "@": " at " };

/**
 * Text as the words a person would say: lower case, numbers and symbols spelled out, punctuation
 * gone, in-word apostrophes kept ("don't"). Used for language-model text and for scoring
 * recognition, so both sides are normalised the same way.
 */
export function speechWords(text: string): string[] {
  const spelled = text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\$\s?(\d[\d,]*)(?:\.(\d{2}))?/g, (_, whole: string, cents: string | undefined) => {
      const dollars = ` ${whole} dollars`;
      return cents && cents !== "00" ? `${dollars} ${Number(cents)} cents ` : `${dollars} `;
    })
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/(\d+)(st|nd|rd|th)\b/gi, "$1")
    .replace(
      /\d+/g,
      (digits) =>
        ` ${(digits.length > 12 ? [...digits].map(Number) : [Number(digits)]).flatMap(numberWords).join(" ")} `,
    )
    .replace(/[%&+@]/g, (symbol) => SYMBOLS[symbol] ?? " ")
    .toLowerCase();
  return spelled
    .split(/[^a-z']+/)
    .map((word) => word.replace(/^'+|'+$/g, ""))
    .filter((word) => word !== "");
}
