import { median } from "simple-statistics";
import type { Scorecard } from "../grading/types";
import type { Rubric } from "../library/rubric-schema";
import type { Transcript } from "../conversation/transcript";
import { agreementFigures, confusionMatrix, type ScoredRow } from "./agreement-figures";
import type { TranscriptScorer } from "./eval-engines";
import type { GradingItem, GradingSuite } from "../library/suites/grading-suite";
import type { AgreementFigures, GradedItemScore, GradingReport } from "../eval-runs/report-types";
import { itemChecks, itemRepeats, repeatFigures, thresholdChecks } from "./repeats";

export interface GradingRun {
  suite: GradingSuite;
  file: string;
  rubric: Rubric;
  transcripts: Map<string, Transcript>;
  repeat: number;
  scorerFor: (repeat: number) => TranscriptScorer;
  onItem?: () => void;
}

const humanScores = (item: GradingItem, criterion: string) =>
  Object.entries(item.scores).flatMap(([rater, scores]) => {
    const given = scores[criterion];
    if (given === undefined) return [];
    return [
      typeof given === "number"
        ? { rater, score: given, note: null }
        : { rater, score: given.score, note: given.note ?? null },
    ];
  });

/** Re-grades every stored transcript (never regenerating it) and measures agreement with the raters. */
export async function runGradingSuite(run: GradingRun): Promise<GradingReport> {
  const { suite, rubric } = run;
  const cards = new Map<string, Scorecard[]>();
  for (let repeat = 0; repeat < run.repeat; repeat++) {
    const score = run.scorerFor(repeat);
    for (const item of suite.items) {
      const card = await score({
        rubric,
        transcript: run.transcripts.get(item.id) ?? [],
        personaId: suite.persona ?? null,
      });
      cards.set(item.id, [...(cards.get(item.id) ?? []), card]);
      run.onItem?.();
    }
  }

  const raters = [...new Set(suite.items.flatMap((item) => Object.keys(item.scores)))].sort();
  const scores: GradedItemScore[] = [];
  const unscored: GradingReport["unscored"] = [];
  for (const item of suite.items) {
    const runs = cards.get(item.id) ?? [];
    for (const criterion of rubric.criteria) {
      const humans = humanScores(item, criterion.id);
      if (humans.length === 0) continue;
      const results = runs.map((card) => card.criteria.find((result) => result.id === criterion.id));
      const values = results.map((result) => result?.score ?? null);
      results.forEach((result) => {
        const missingTurns = result?.perTurn?.filter((turn) => turn.score === null && !turn.notNeeded).length ?? 0;
        if (result?.score === null || result === undefined)
          unscored.push({
            item: item.id,
            criterion: criterion.id,
            partial: false,
            rationale: result?.rationale ?? "missing from the scorecard",
          });
        // A turn-scope score from the turns that were scored still stands, but the gap is shown.
        else if (missingTurns > 0)
          unscored.push({
            item: item.id,
            criterion: criterion.id,
            partial: true,
            rationale: `${missingTurns} of ${result.perTurn?.length} rep turns unscored; the score rests on the rest`,
          });
      });
      const scored = values.filter((value): value is number => value !== null);
      const middle = scored.length === 0 ? null : median(scored);
      const chosen = results.find((result) => result?.score === middle) ?? results[0];
      scores.push({
        item: item.id,
        label: item.label ?? null,
        criterion: criterion.id,
        grader: middle,
        runs: values,
        spread: scored.length === 0 ? 0 : Math.max(...scored) - Math.min(...scored),
        humans,
        evidence: chosen?.evidence ?? [],
        rationale: chosen?.rationale ?? "",
      });
    }
  }

  const rows = (criterion?: string): ScoredRow[] =>
    scores
      .filter((score) => criterion === undefined || score.criterion === criterion)
      .map(({ item, criterion: id, grader, humans }) => ({ item, criterion: id, grader, humans }));
  const figures = (selected: ScoredRow[]) => ({
    grader: agreementFigures(selected, "grader", raters.length, suite.bootstrap),
    humans: raters.length > 1 ? agreementFigures(selected, "humans", raters.length, suite.bootstrap) : null,
  });
  const criteria = rubric.criteria
    .filter((criterion) => scores.some((score) => score.criterion === criterion.id))
    .map((criterion) => ({
      id: criterion.id,
      name: criterion.name,
      ...figures(rows(criterion.id)),
      confusion: confusionMatrix(rows(criterion.id), rubric.scale),
      unscored: unscored.filter((entry) => entry.criterion === criterion.id).length,
    }));
  const overall = figures(rows());

  // An item passes a run when every criterion is scored within `tolerance` of the raters' median.
  const items = suite.items.map((item) =>
    itemRepeats(
      item.id,
      (cards.get(item.id) ?? []).map((card) =>
        scores
          .filter((score) => score.item === item.id)
          .every((score) => {
            const value = card.criteria.find((result) => result.id === score.criterion)?.score ?? null;
            return (
              value !== null && Math.abs(value - median(score.humans.map((human) => human.score))) <= suite.tolerance
            );
          }),
      ),
    ),
  );

  const checks = [
    ...thresholdChecks(suite.thresholds, { ...flatFigures(overall.grader), ...repeatFigures(items) }),
    ...Object.entries(suite.criteria_thresholds).flatMap(([id, rules]) => {
      const found = criteria.find((criterion) => criterion.id === id);
      return thresholdChecks(rules, found ? flatFigures(found.grader) : {}, `${id}: `);
    }),
    ...itemChecks(items, new Map(suite.items.map((item) => [item.id, item])), { gateByDefault: false, label: "item" }),
  ];
  return {
    kind: "grading",
    id: suite.id,
    file: run.file,
    rubric: rubric.id,
    raters,
    scale: rubric.scale,
    overall,
    criteria,
    scores,
    unscored,
    items,
    checks,
  };
}

/** Figures by the names thresholds use; `kappa` and `alpha` both name the chance-corrected figure. */
export function flatFigures(figures: AgreementFigures): Record<string, number | null> {
  return {
    exact: figures.exact.value,
    within_one: figures.within_one.value,
    kappa: figures.chance.value,
    alpha: figures.chance.value,
    spearman: figures.spearman.value,
    mae: figures.mae.value,
  };
}
