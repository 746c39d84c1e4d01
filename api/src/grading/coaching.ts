import type { Rubric } from "../library/rubric-schema";
import type { Transcript } from "../practice/transcript";
import type { CriterionResult, Rewrite } from "./types";

const MAX_ITEMS = 3;

/**
 * Strengths quote what went well, improvements carry the rubric's coaching, and rewrites pair
 * a weak rep turn with the rubric's best exemplar reply for that criterion.
 */
export function deriveCoaching(
  rubric: Rubric,
  results: CriterionResult[],
  transcript: Transcript,
): { strengths: string[]; improvements: string[]; rewrites: Rewrite[] } {
  const threshold = rubric.pass.overall;
  const scored = results
    .map((result) => ({ result, criterion: rubric.criteria.find((c) => c.id === result.id) }))
    .filter(
      (pair): pair is { result: CriterionResult & { score: number }; criterion: Rubric["criteria"][number] } =>
        pair.result.score !== null && pair.criterion !== undefined,
    );

  const strengths = scored
    .filter(({ result }) => result.score >= threshold)
    .sort((a, b) => b.result.score - a.result.score)
    .slice(0, MAX_ITEMS)
    .map(({ result, criterion }) => {
      const quote = result.evidence[0];
      return quote ? `${criterion.name}: "${quote.quote}" (turn ${quote.turn})` : criterion.name;
    });

  const weak = scored.filter(({ result }) => result.score < threshold).sort((a, b) => a.result.score - b.result.score);
  const improvements = weak.slice(0, MAX_ITEMS).map(({ criterion }) => `${criterion.name}: ${criterion.coaching}`);

  const rewrites: Rewrite[] = [];
  for (const { result, criterion } of weak) {
    const exemplar = [...criterion.examples].sort((a, b) => b.score - a.score)[0];
    const repEvidence = result.evidence.find((item) => transcript.some((t) => t.index === item.turn && t.role === "rep"));
    const turn = transcript.find((t) => t.index === repEvidence?.turn) ?? lastRepTurn(transcript);
    if (!exemplar || !turn || rewrites.some((rewrite) => rewrite.turn === turn.index)) continue;
    rewrites.push({ turn: turn.index, original: turn.text, better: exemplar.reply, why: criterion.coaching });
    if (rewrites.length === MAX_ITEMS) break;
  }
  return { strengths, improvements, rewrites };
}

function lastRepTurn(transcript: Transcript) {
  return [...transcript].reverse().find((turn) => turn.role === "rep");
}

/** One line of coaching for a single rep turn in coach mode. */
export function turnTip(rubric: Rubric, results: CriterionResult[]): string {
  const scored = results.filter((result): result is CriterionResult & { score: number } => result.score !== null);
  const weakest = [...scored].sort((a, b) => a.score - b.score)[0];
  const criterion = rubric.criteria.find((c) => c.id === weakest?.id);
  if (weakest && criterion && weakest.score < rubric.pass.overall) return criterion.coaching;
  const best = [...scored].sort((a, b) => b.score - a.score)[0];
  const bestCriterion = rubric.criteria.find((c) => c.id === best?.id);
  if (best && bestCriterion) {
    const quote = best.evidence[0]?.quote;
    return quote
      ? `Good: ${bestCriterion.name.toLowerCase()} — "${quote}". Keep it up.`
      : `Good turn: ${bestCriterion.name.toLowerCase()}.`;
  }
  return "Keep going: listen for what the customer needs next.";
}
