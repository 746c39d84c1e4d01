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
  personaId: string | null,
): { strengths: string[]; improvements: string[]; rewrites: Rewrite[] } {
  const threshold = rubric.pass.overall;
  const scored = results
    .map((result) => ({ result, criterion: rubric.criteria.find((c) => c.id === result.id) }))
    .filter(
      (pair): pair is { result: CriterionResult & { score: number }; criterion: Rubric["criteria"][number] } =>
        pair.result.score !== null && pair.criterion !== undefined,
    );

  const strengths = scored
    .filter(({ result }) => result.score >= threshold && result.evidence.length > 0)
    .sort((a, b) => b.result.score - a.result.score)
    .slice(0, MAX_ITEMS)
    .map(({ result, criterion }) => {
      const quote = result.evidence[0];
      return `${criterion.name}: "${quote?.quote}" (turn ${quote?.turn})`;
    });

  const weak = scored.filter(({ result }) => result.score < threshold).sort((a, b) => a.result.score - b.result.score);
  const improvements = weak.slice(0, MAX_ITEMS).map(({ criterion }) => `${criterion.name}: ${criterion.coaching}`);

  const rewrites: Rewrite[] = [];
  for (const { result, criterion } of weak) {
    const exemplar = bestExemplar(criterion, personaId, result.score);
    const target =
      result.focusTurn === undefined ? result.evidence.find((item) => isRepTurn(transcript, item.turn))?.turn : result.focusTurn;
    const turn = transcript.find((t) => t.index === target && t.role === "rep");
    if (!exemplar || !turn || rewrites.some((rewrite) => rewrite.turn === turn.index)) continue;
    rewrites.push({ turn: turn.index, original: turn.text, better: exemplar.reply, why: criterion.coaching });
    if (rewrites.length === MAX_ITEMS) break;
  }
  return { strengths, improvements, rewrites };
}

const isRepTurn = (transcript: Transcript, index: number) => transcript.some((t) => t.index === index && t.role === "rep");

/**
 * The best exemplar that beats the rep's score: one written for this persona first, then a
 * general one. Exemplars written for other scenarios would be wrong here and are never used.
 */
function bestExemplar(criterion: Rubric["criteria"][number], personaId: string | null, above: number) {
  const rank = (persona: string | undefined) => (persona === personaId ? 0 : 1);
  return criterion.examples
    .filter((example) => example.score > above && (example.persona === undefined || example.persona === personaId))
    .sort((a, b) => rank(a.persona) - rank(b.persona) || b.score - a.score)[0];
}

/** One line of coaching for a single rep turn in coach mode. */
export function turnTip(rubric: Rubric, results: CriterionResult[]): string {
  // A criterion with no evidence in this turn had nothing to react to; coaching it is noise.
  const scored = results.filter(
    (result): result is CriterionResult & { score: number } => result.score !== null && result.evidence.length > 0,
  );
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
