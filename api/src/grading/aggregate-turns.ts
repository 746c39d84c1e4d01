import type { Criterion, Rubric } from "../library/rubric-schema";
import type { GradedTurn } from "./grade-transcript";
import type { CriterionFlag, CriterionResult, Evidence } from "./types";

/**
 * A turn-scope criterion over a call: each rep turn's result combined by the rubric's `aggregate`.
 * Turns the criterion had nothing to judge in (`silent_turns: skip`) are left out and shown as such.
 */
export function aggregateTurns(rubric: Rubric, criterion: Criterion, turns: GradedTurn[]): CriterionResult {
  const perTurn = turns.map((turn) => ({
    turn,
    result: turn.criteria.find((r) => r.id === criterion.id) ?? missing(criterion),
  }));
  const scored = perTurn.filter(
    (entry): entry is { turn: GradedTurn; result: CriterionResult & { score: number } } => entry.result.score !== null,
  );
  const scores = perTurn.map((entry) => ({
    turn: entry.turn.turn,
    score: entry.result.score,
    ...(entry.result.flags.includes("not_applicable") ? { notNeeded: true } : {}),
  }));
  const notNeeded = perTurn.filter((entry) => entry.result.flags.includes("not_applicable")).length;
  if (scored.length === 0 && notNeeded > 0 && notNeeded === perTurn.length) {
    // No reply called for it (`silent_turns: skip`): the call keeps the rubric's starting point.
    return {
      id: criterion.id,
      score: criterion.signals.baseline ?? rubric.scale.min + 1,
      evidence: [],
      rationale: `Not needed in this call: none of the ${notNeeded} rep turns gave it anything to judge, so it stays at its starting point.`,
      flags: ["no_evidence", "not_applicable"],
      perTurn: scores,
    };
  }
  if (scored.length === 0) {
    const first = perTurn[0]?.result ?? missing(criterion);
    return { ...first, perTurn: scores, rationale: turns.length === 0 ? "The rep did not speak." : first.rationale };
  }
  const values = scored.map((entry) => entry.result.score);
  const score = Math.round(combine(criterion.aggregate, values) * 10) / 10;
  const worst = scored.reduce((low, entry) => (entry.result.score < low.result.score ? entry : low));
  const best = scored.reduce((high, entry) => (entry.result.score > high.result.score ? entry : high));
  // The turn that decided the score leads the evidence: the best for `max`, else the worst.
  const decisive = criterion.aggregate === "max" ? best : worst;
  const evidence = dedupe([...decisive.result.evidence, ...scored.flatMap((e) => e.result.evidence)]).slice(0, 6);
  const flags: CriterionFlag[] = [...new Set(scored.flatMap((entry) => entry.result.flags))].filter(
    (flag) => flag !== "no_evidence",
  );
  if (evidence.length === 0) flags.push("no_evidence");
  const skipped = perTurn.length - scored.length - notNeeded;
  // With k samples per turn: the widest disagreement on any one turn (the least sure verdict).
  const spreads = scored.flatMap((entry) => (entry.result.spread === undefined ? [] : [entry.result.spread]));
  const sampled = spreads.length > 0 ? { spread: Math.max(...spreads), samples: decisive.result.samples } : {};
  const policy = scored.flatMap((entry) => entry.result.policy ?? []);
  return {
    ...sampled,
    ...(policy.length > 0 ? { policy } : {}),
    id: criterion.id,
    score,
    evidence,
    rationale: `${criterion.aggregate} over ${scored.length} rep turns (${values.join(", ")})${skipped > 0 ? `, ${skipped} unscored` : ""}${notNeeded > 0 ? `, ${notNeeded} not needed here` : ""}. ${criterion.aggregate === "max" ? "Best" : "Weakest"}, turn ${decisive.turn.turn}: ${decisive.result.rationale}`,
    flags,
    perTurn: scores,
    focusTurn: worst.turn.turn,
  };
}

function combine(how: Criterion["aggregate"], scores: number[]): number {
  if (how === "max") return Math.max(...scores);
  if (how === "min") return Math.min(...scores);
  return scores.reduce((sum, score) => sum + score, 0) / scores.length;
}

export function missing(criterion: Criterion): CriterionResult {
  return {
    id: criterion.id,
    score: null,
    evidence: [],
    rationale: "The grader returned no result for this criterion.",
    flags: ["unscored"],
  };
}

export function dedupe(items: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.turn}:${item.quote}`;
    return !seen.has(key) && seen.add(key);
  });
}
