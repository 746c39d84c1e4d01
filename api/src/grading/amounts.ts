import type { LimitUnit } from "../library/knowledge-schema";

const SMALL: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  half: 0.5,
};

const COUNT = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred`;
const WORD = String.raw`(?:a|an|half|${COUNT})\b`;
// "a" starts a number ("a month", "a hundred") but never continues one: "forty a month" is a rate
// of forty per month, not forty-one months, and "and a half" is the only "a" inside a number.
const TAIL = String.raw`(?:(?:and[\s-]+)?(?:${COUNT})\b|and[\s-]+a[\s-]+half\b)`;
// Words are separated, so each match has one reading and a failed match cannot backtrack at length.
const NUMBER = String.raw`(?:\d[\d,]*(?:\.\d+)?|${WORD}(?:[\s-]+${TAIL})*)`;

const UNIT_PATTERNS: Record<LimitUnit, RegExp[]> = {
  dollars: [
    new RegExp(String.raw`\$\s?(\d[\d,]*(?:\.\d+)?)`, "gi"),
    new RegExp(String.raw`\b(${NUMBER})\s*(?:dollars?|bucks|usd)\b`, "gi"),
  ],
  months: [
    new RegExp(String.raw`\b(${NUMBER})[\s-]*(?:full\s+|whole\s+|calendar\s+)?months?(?:'s?|’s?)?(?=\W|$)`, "gi"),
  ],
  days: [
    new RegExp(
      String.raw`\b(${NUMBER})[\s-]*(?:full\s+|whole\s+|business\s+|working\s+)?days?(?:'s?|’s?)?(?=\W|$)`,
      "gi",
    ),
  ],
  percent: [new RegExp(String.raw`\b(${NUMBER})\s*(?:%|percent|per cent)`, "gi")],
};

/** A number written in digits ("1,200.50") or words ("eighty-five", "a", "one hundred"); null if neither. */
export function parseNumber(raw: string): number | null {
  const digits = raw.replace(/,/g, "").trim();
  if (/^\d+(?:\.\d+)?$/.test(digits)) return Number(digits);
  let total = 0;
  let current = 0;
  let seen = false;
  const words = raw.toLowerCase().split(/[\s-]+/);
  for (const [i, word] of words.entries()) {
    if (word === "and" || word === "") continue;
    // "one and a half": the "a" belongs to the half.
    if ((word === "a" || word === "an") && words[i + 1] === "half" && i > 0) continue;
    if (word === "hundred") {
      current = (current || 1) * 100;
      seen = true;
      continue;
    }
    const value = SMALL[word];
    if (value === undefined) return null;
    current += value;
    seen = true;
  }
  total += current;
  return seen ? total : null;
}

/** Every amount of `unit` stated in `sentence` ("two months' credit" -> [2]; "$170" -> [170]). */
export function amountsIn(sentence: string, unit: LimitUnit): number[] {
  return amountsAt(sentence, unit).map((amount) => amount.value);
}

/** Every amount of `unit` in `sentence`, with where it is written (the index of its match). */
export function amountsAt(sentence: string, unit: LimitUnit): { value: number; at: number }[] {
  const found: { value: number; at: number }[] = [];
  for (const pattern of UNIT_PATTERNS[unit]) {
    for (const match of sentence.matchAll(pattern)) {
      const value = parseNumber(match[1] ?? "");
      if (value !== null) found.push({ value, at: match.index });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

export function formatAmount(value: number, unit: LimitUnit): string {
  if (unit === "dollars") return `$${Number.isInteger(value) ? value : value.toFixed(2)}`;
  if (unit === "percent") return `${value}%`;
  const single = unit === "months" ? "month" : "day";
  return `${value} ${value === 1 ? single : unit}`;
}
