import type { Transcript } from "../conversation/transcript";
import type { CriterionResult, Evidence } from "./types";

/** The quotes that really occur in the turn they cite. */
export function verifyQuotes(transcript: Transcript, quotes: Evidence[]): Evidence[] {
  // Whole words: "cancel" is not a quote of "cancellation", nor "I" of any sentence with an i in it.
  const byIndex = new Map(transcript.map((turn) => [turn.index, ` ${normaliseForMatch(turn.text)} `]));
  return quotes.filter((item) => {
    const said = byIndex.get(item.turn);
    const quote = normaliseForMatch(item.quote);
    return said !== undefined && quote.length > 0 && said.includes(` ${quote} `);
  });
}

/** Case, punctuation and spacing do not matter when checking that a quote was really said. */
export function normaliseForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim();
}

/**
 * Drops quotes that do not occur in the turn they cite (among `scope`'s turns) and flags what is
 * left: a score is only as good as the words it rests on. With `capAt`, a score above it that no
 * verified quote backs is brought down to it, and the rationale says why.
 */
export function verifyEvidence(
  scope: Transcript,
  result: CriterionResult,
  capAt: number | null = null,
): CriterionResult {
  const evidence = verifyQuotes(scope, result.evidence);
  const flags = new Set(result.flags);
  if (evidence.length < result.evidence.length) flags.add("evidence_dropped");
  if (result.score !== null && evidence.length === 0) flags.add("no_evidence");
  else flags.delete("no_evidence");
  if (capAt !== null && result.score !== null && result.score > capAt && evidence.length === 0) {
    flags.add("capped_no_evidence");
    return {
      ...result,
      score: Math.floor(capAt),
      evidence,
      flags: [...flags],
      rationale: `${result.rationale} (Scored ${result.score}, capped at ${Math.floor(capAt)}: no quote from the rep backs it.)`,
    };
  }
  return { ...result, evidence, flags: [...flags] };
}
