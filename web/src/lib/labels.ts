/** Plain words for the API's identifiers (moves, outcomes), for people rather than programs. */

const OUTCOMES: Record<string, string> = {
  hung_up: "The customer hung up",
  ended_by_rep: "You ended the call",
  offer_accepted: "The customer accepted your offer",
  cancellation_confirmed: "The cancellation was confirmed",
  abandoned: "Abandoned (no scorecard)",
};

export function outcomeLabel(outcome: string | null | undefined): string {
  if (!outcome) return "Call in progress";
  return OUTCOMES[outcome] ?? sentence(outcome);
}

/** `acknowledges_impact` -> `Acknowledges impact` */
export function moveLabel(move: string): string {
  return sentence(move);
}

function sentence(id: string): string {
  const words = id.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatDate(epochMs: number): string {
  return new Date(epochMs).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** Every score the same way, two decimals ("1.00", "4.50"), so a 1 never reads differently from a 4.5. */
export function formatScore(score: number | null | undefined, digits = 2): string {
  return score === null || score === undefined ? "–" : score.toFixed(digits);
}

/** 1 -> "1st", 2 -> "2nd", 3 -> "3rd", 11 -> "11th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/**
 * How a transcript index reads to a rep: "your 3rd reply" for their own turns, "the customer's
 * 2nd line" for the customer's. The index counts both speakers; people count their own replies.
 */
export function turnName(turns: readonly { index: number; role: string }[], index: number): string {
  const turn = turns.find((candidate) => candidate.index === index);
  if (!turn) return `turn ${index}`;
  const n = turns.filter((candidate) => candidate.role === turn.role && candidate.index <= index).length;
  return turn.role === "rep" ? `your ${ordinal(n)} reply` : `the customer's ${ordinal(n)} line`;
}
