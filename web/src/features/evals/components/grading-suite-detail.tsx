import type { GradingReport } from "../api/get-eval-run";
import { withInterval } from "./figures";

type Figures = GradingReport["overall"]["grader"];

function FigureCells({ figures }: { figures: Figures }) {
  return (
    <>
      <td data-label="Pairs">{figures.pairs}</td>
      <td data-label="Exact">{withInterval(figures.exact)}</td>
      <td data-label="Within one">{withInterval(figures.within_one)}</td>
      <td data-label={figures.chance.name}>{withInterval(figures.chance)}</td>
      <td data-label="Spearman">{withInterval(figures.spearman)}</td>
      <td data-label="MAE">{withInterval(figures.mae)}</td>
    </>
  );
}

const middle = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[half] ?? 0) : ((sorted[half - 1] ?? 0) + (sorted[half] ?? 0)) / 2;
};

/** Per-criterion agreement, the human ceiling, unscored items and where the grader disagreed. */
export function GradingSuiteDetail({ suite }: { suite: GradingReport }) {
  const disagreements = suite.scores
    .filter((score) => score.grader !== null && score.humans.length > 0)
    .map((score) => ({ ...score, gap: Math.abs((score.grader ?? 0) - middle(score.humans.map((h) => h.score))) }))
    .filter((score) => score.gap >= 1)
    .sort((a, b) => b.gap - a.gap);
  const chance = suite.overall.grader.chance.name;
  return (
    <>
      <p className="muted small">
        Rubric {suite.rubric} · raters {suite.raters.join(", ")} · scale {suite.scale.min}–{suite.scale.max} · 95%
        bootstrap intervals, resampled by transcript
      </p>
      <div className="table-wrap">
        <table className="table evals__figures">
          <caption className="visually-hidden">Agreement of the grader with the human raters, per criterion</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Pairs</th>
              <th scope="col">Exact</th>
              <th scope="col">Within one</th>
              <th scope="col">{chance}</th>
              <th scope="col">Spearman</th>
              <th scope="col">MAE</th>
              <th scope="col">Unscored</th>
            </tr>
          </thead>
          <tbody>
            {suite.criteria.map((criterion) => (
              <tr key={criterion.id}>
                <th scope="row" data-label="Criterion">
                  {criterion.name}
                </th>
                <FigureCells figures={criterion.grader} />
                <td data-label="Unscored">{criterion.unscored}</td>
              </tr>
            ))}
            <tr>
              <th scope="row" data-label="Criterion">
                Overall
              </th>
              <FigureCells figures={suite.overall.grader} />
              <td data-label="Unscored">{suite.unscored.length}</td>
            </tr>
            {suite.overall.humans && (
              <tr className="muted">
                <th scope="row" data-label="Criterion">
                  Human ceiling (raters vs raters)
                </th>
                <FigureCells figures={suite.overall.humans} />
                <td />
              </tr>
            )}
          </tbody>
        </table>
      </div>

      <h4>Unscored ({suite.unscored.length})</h4>
      {suite.unscored.length === 0 ? (
        <p className="muted small">The grader scored every criterion of every transcript.</p>
      ) : (
        <ul className="evals__list">
          {suite.unscored.map((entry) => (
            <li key={`${entry.item}-${entry.criterion}`}>
              <strong>{entry.item}</strong> · {entry.criterion}
              {entry.partial ? " (some turns)" : ""}: <span className="muted">{entry.rationale}</span>
            </li>
          ))}
        </ul>
      )}

      <h4>Disagreements: a point or more from the raters ({disagreements.length})</h4>
      {disagreements.length === 0 ? (
        <p className="muted small">The grader was within a point of the raters everywhere.</p>
      ) : (
        <ul className="evals__list">
          {disagreements.map((score) => (
            <li key={`${score.item}-${score.criterion}`}>
              <strong>{score.item}</strong>
              {score.label ? <span className="muted"> ({score.label})</span> : null} · {score.criterion}: grader{" "}
              {score.grader}, raters {score.humans.map((h) => `${h.rater} ${h.score}`).join(", ")}
              {score.rationale && <div className="muted small">{score.rationale}</div>}
              {score.evidence.slice(0, 2).map((quote) => (
                <div key={`${quote.turn}-${quote.quote}`} className="small evals__quote">
                  turn {quote.turn}: “{quote.quote}”
                </div>
              ))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
