import { examplesFor } from "./scenario-examples";
import type { Criterion, Rubric } from "../library/rubric-schema";
import type { Transcript } from "../conversation/transcript";
import type { GradedTurn } from "./grade-transcript";
import type { CriterionResult, Highlight, Rewrite, TurnCoachingNote } from "./types";
import { NO_TURN_CONTEXT, type TurnCoachingContext } from "./turn-coaching-context";

const HIGHLIGHTS = 2;
const REWRITES = 2;

type Scored = CriterionResult & { score: number };
const isScored = (result: CriterionResult): result is Scored => result.score !== null;
// A criterion with no evidence had nothing in the words to react to; coaching it would be noise.
const withEvidence = (results: CriterionResult[]) =>
  results.filter(isScored).filter((result) => result.evidence.length > 0);

/** Which criteria a turn helped and which it hurt (a must-pass criterion it broke first). */
export function turnImpact(
  rubric: Rubric,
  results: CriterionResult[],
  mustPassBroken: string[] = [],
): { helped: string[]; hurt: string[] } {
  const threshold = rubric.pass.overall;
  const relevant = withEvidence(results);
  return {
    helped: relevant.filter((result) => result.score >= threshold).map((result) => result.id),
    hurt: [...mustPassBroken, ...relevant.filter((result) => result.score < threshold).map((result) => result.id)],
  };
}

/**
 * Offline (or fallback) coaching for a turn: the worst thing in it, with the rubric's coaching line
 * and its best exemplar reply. A must-pass criterion the turn broke comes first; then the lowest of
 * the turn-scope results and the call-scope ones judged on this turn (`context.thisTurn`); a
 * criterion the turn scored low on only for what it lacked is not coached again once the rep met it
 * earlier in the call (the tip was followed); praise only for a turn that broke nothing.
 */
export function rubricTurnCoaching(
  rubric: Rubric,
  results: CriterionResult[],
  personaId: string | null,
  context: TurnCoachingContext & { next?: CriterionResult | null } = NO_TURN_CONTEXT,
): TurnCoachingNote {
  const mustPass = context.broken
    .map((result) => ({ result, criterion: rubric.criteria.find((criterion) => criterion.id === result.id) }))
    .find((entry) => entry.criterion !== undefined);
  const mustPassNote = mustPass?.criterion
    ? `${sentence(`This turn breaks a must-pass criterion, ${mustPass.criterion.name.toLowerCase()}${quoted(mustPass.result)}`)} ${mustPass.criterion.coaching}`
    : null;
  // A list of rubric words, or a pile of moves, is not a reply: say so before anything else.
  if (results.some((result) => result.flags.includes("unnatural")))
    return {
      tip: [
        "Say it to the customer in whole sentences: a list of keywords, or every move at once, earns nothing. Pick what this moment needs and say that.",
        mustPassNote,
      ]
        .filter(Boolean)
        .join(" "),
      betterReply: null,
      source: "rubric",
    };
  if (mustPass?.criterion && mustPassNote) {
    const score = mustPass.result.score ?? rubric.scale.min;
    return {
      tip: mustPassNote,
      betterReply: bestExemplar(mustPass.criterion, personaId, score, rubric.pass.overall)?.reply ?? null,
      source: "rubric",
    };
  }
  const baseline = (id: string) =>
    rubric.criteria.find((criterion) => criterion.id === id)?.signals.baseline ?? rubric.scale.min + 1;
  // Below its starting point a criterion was hurt by something said in this turn, not just missed.
  const didWrong = (result: Scored) => result.score < baseline(result.id);
  const scored = withEvidence([...results, ...context.thisTurn]).sort(
    (a, b) => a.score - b.score || Number(didWrong(b)) - Number(didWrong(a)),
  );
  const weakest = scored.find(
    (result) => result.score < rubric.pass.overall && (didWrong(result) || !context.metEarlier.has(result.id)),
  );
  const weakCriterion = rubric.criteria.find((criterion) => criterion.id === weakest?.id);
  if (weakest && weakCriterion) {
    return {
      tip: weakCriterion.coaching,
      betterReply: bestExemplar(weakCriterion, personaId, weakest.score, rubric.pass.overall)?.reply ?? null,
      source: "rubric",
    };
  }
  // Praise what the rep did: the criterion this turn lifted furthest above its starting point, and
  // of equals the one that starts lower (it took a deed), not one high because nothing went wrong
  // (tone, quoting "Thanks.").
  const earned = (result: Scored) => result.score - baseline(result.id);
  // Praise is for what the turn earned: a greeting that is merely polite is not "respectful tone".
  const best = scored
    .filter((result) => result.score >= rubric.pass.overall && earned(result) > 0)
    .sort((a, b) => earned(b) - earned(a) || baseline(a.id) - baseline(b.id))[0];
  const bestCriterion = rubric.criteria.find((criterion) => criterion.id === best?.id);
  if (best && bestCriterion) {
    return {
      tip: `${sentence(`Good: ${bestCriterion.name.toLowerCase()}${quoted(best)}`)} Keep it up.`,
      betterReply: null,
      source: "rubric",
    };
  }
  const next = rubric.criteria.find((criterion) => criterion.id === context.next?.id);
  if (next)
    return {
      tip: `Next, what this call still needs: ${lowerFirst(next.coaching)}`,
      betterReply:
        bestExemplar(next, personaId, context.next?.score ?? rubric.scale.min, rubric.pass.overall)?.reply ?? null,
      source: "rubric",
    };
  return { tip: KEEP_GOING, betterReply: null, source: "rubric" };
}

export const KEEP_GOING = "Keep going: listen for what the customer needs next.";

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function quoted(result: CriterionResult): string {
  const quote = result.evidence[0]?.quote;
  return quote ? ` — "${quote}"` : "";
}

/** Ends a sentence with a full stop, unless a quote at its end already did ('— "…chase us."', not '."."'). */
function sentence(text: string): string {
  return /[.!?]["”]?$/.test(text) ? text : `${text}.`;
}

/** Two strengths and two improvements, each with the rep's words where there are any. */
export function callHighlights(
  rubric: Rubric,
  results: CriterionResult[],
): { strengths: Highlight[]; improvements: Highlight[] } {
  const threshold = rubric.pass.overall;
  const named = (result: Scored) => {
    const criterion = rubric.criteria.find((c) => c.id === result.id);
    return { criterion: result.id, name: criterion?.name ?? result.id, coaching: criterion?.coaching ?? "" };
  };
  const strengths = withEvidence(results)
    .filter((result) => result.score >= threshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, HIGHLIGHTS)
    .map((result) => {
      const { criterion, name } = named(result);
      return { criterion, name, text: name, evidence: result.evidence[0] ?? null };
    });
  const improvements = results
    .filter(isScored)
    .filter((result) => result.score < threshold)
    .sort((a, b) => a.score - b.score)
    .slice(0, HIGHLIGHTS)
    .map((result) => {
      const { criterion, name, coaching } = named(result);
      const atFocus = result.evidence.find((item) => item.turn === result.focusTurn);
      return { criterion, name, text: coaching, evidence: atFocus ?? result.evidence[0] ?? null };
    });
  return { strengths, improvements };
}

/** "Try this instead" for the two weakest rep turns below the pass mark that have a better reply. */
export function weakestTurnRewrites(rubric: Rubric, turns: GradedTurn[], transcript: Transcript): Rewrite[] {
  const weights = new Map(rubric.criteria.map((criterion) => [criterion.id, criterion.weight]));
  // Under `aggregate: max` only the best turn counts, so a turn that did not show that skill is not weak for it.
  const everyTurnCounts = new Set(
    rubric.criteria.filter((criterion) => criterion.aggregate !== "max").map((criterion) => criterion.id),
  );
  const turnScore = (turn: GradedTurn) => {
    const scored = turn.criteria.filter(isScored).filter((result) => everyTurnCounts.has(result.id));
    const weight = scored.reduce((sum, result) => sum + (weights.get(result.id) ?? 1), 0);
    return weight === 0
      ? null
      : scored.reduce((sum, result) => sum + result.score * (weights.get(result.id) ?? 1), 0) / weight;
  };
  return turns
    .map((turn) => ({ turn, score: turnScore(turn) }))
    .filter(
      (entry): entry is { turn: GradedTurn; score: number } =>
        entry.score !== null && entry.score < rubric.pass.overall,
    )
    .filter((entry) => entry.turn.coaching.betterReply !== null)
    .sort((a, b) => a.score - b.score)
    .slice(0, REWRITES)
    .flatMap(({ turn }) => {
      const original = transcript.find((t) => t.index === turn.turn)?.text;
      const better = turn.coaching.betterReply;
      return original && better ? [{ turn: turn.turn, original, better, why: turn.coaching.tip }] : [];
    })
    .sort((a, b) => a.turn - b.turn);
}

/**
 * The best exemplar that beats the rep's score: one written for this persona first, then a
 * general one. Exemplars written for other scenarios would be wrong here and are never used.
 */
export function bestExemplar(criterion: Criterion, personaId: string | null, above: number, passMark = -Infinity) {
  const rank = (persona: string | undefined) => (persona === personaId ? 0 : 1);
  // "Try: …" shows a reply worth copying: never one the rubric itself scores below passing.
  return examplesFor(criterion, personaId)
    .filter((example) => example.score > above && example.score >= passMark)
    .sort((a, b) => rank(a.persona) - rank(b.persona) || b.score - a.score)[0];
}
