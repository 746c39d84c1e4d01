const ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES: [number, string][] = [
  [1_000_000_000, "billion"],
  [1_000_000, "million"],
  [1000, "thousand"],
];

function underHundred(n: number): string[] {
  if (n < 20) return [ONES[n] ?? ""];
  const tens = TENS[Math.floor(n / 10)] ?? "";
  return n % 10 === 0 ? [tens] : [tens, ONES[n % 10] ?? ""];
}

function underThousand(n: number): string[] {
  if (n < 100) return underHundred(n);
  const rest = n % 100;
  return [ONES[Math.floor(n / 100)] ?? "", "hundred", ...(rest === 0 ? [] : ["and", ...underHundred(rest)])];
}

/** A whole number as English words, the way a speech synthesiser reads it ("four hundred and two"). */
export function numberWords(n: number): string[] {
  if (!Number.isSafeInteger(n) || n < 0) return [];
  if (n === 0) return ["zero"];
  const words: string[] = [];
  let rest = n;
  for (const [size, name] of SCALES) {
    if (rest >= size) {
      words.push(...underThousand(Math.floor(rest / size)), name);
      rest %= size;
    }
  }
  if (rest > 0) words.push(...(words.length > 0 && rest < 100 ? ["and"] : []), ...underThousand(rest));
  return words;
}
