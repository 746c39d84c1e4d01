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

export function formatScore(score: number | null | undefined, digits = 1): string {
  return score === null || score === undefined ? "–" : score.toFixed(digits).replace(/\.0+$/, "");
}
