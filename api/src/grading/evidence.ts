import type { Transcript } from "../conversation/transcript";
import type { CriterionResult, Evidence } from "./types";

/** The quotes that really occur in the turn they cite. */
export function verifyQuotes(transcript: Transcript, quotes: Evidence[]): Evidence[] {
  const byIndex = new Map(transcript.map((turn) => [turn.index, normaliseForMatch(turn.text)]));
  return quotes.filter((item) => {
    const said = byIndex.get(item.turn);
    const quote = normaliseForMatch(item.quote);
    return said !== undefined && quote.length > 0 && said.includes(quote);
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
 * Drops quotes that do not occur in the turn they cite and flags what is left: a score is only
 * as good as the words it rests on.
 */
export function verifyEvidence(transcript: Transcript, result: CriterionResult): CriterionResult {
  const evidence = verifyQuotes(transcript, result.evidence);
  const flags = new Set(result.flags);
  if (evidence.length < result.evidence.length) flags.add("evidence_dropped");
  if (result.score !== null && evidence.length === 0) flags.add("no_evidence");
  else flags.delete("no_evidence");
  return { ...result, evidence, flags: [...flags] };
}
