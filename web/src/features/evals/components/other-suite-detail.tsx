import type { SuiteReport } from "../api/get-eval-run";
import { share } from "./figures";

type Persona = Extract<SuiteReport, { kind: "persona" }>;
type Separation = Extract<SuiteReport, { kind: "separation" }>;
type Robustness = Extract<SuiteReport, { kind: "robustness" }>;

export function PersonaSuiteDetail({ suite }: { suite: Persona }) {
  return (
    <>
      <p className="muted small">
        Persona {suite.persona} · role adherence{" "}
        {suite.roleAdherence === null ? "not judged (no model judge)" : share(suite.roleAdherence)}
        {suite.judgedTurns > 0 ? ` over ${suite.judgedTurns} turns` : ""}
      </p>
      <ul className="evals__list">
        {suite.runs.map((run) => (
          <li key={`${run.script}-${run.repeat}`}>
            <strong>{run.script}</strong> {run.passed ? "met every expectation" : "failed"} · mood {run.startMood} →{" "}
            {run.endMood}
            {run.ended ? ` · ended (${run.outcome ?? "–"})` : " · still open"}
            {run.problems.map((problem) => (
              <div key={problem} className="small">
                {problem}
              </div>
            ))}
          </li>
        ))}
      </ul>
    </>
  );
}

export function SeparationSuiteDetail({ suite }: { suite: Separation }) {
  return (
    <div className="table-wrap">
      <table className="table evals__figures">
        <caption className="visually-hidden">Strong and weak rep scores per criterion</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Strong</th>
            <th scope="col">Weak</th>
            <th scope="col">Gap</th>
            <th scope="col">Needs</th>
          </tr>
        </thead>
        <tbody>
          {suite.criteria.map((criterion) => (
            <tr key={criterion.id}>
              <th scope="row" data-label="Criterion">
                {criterion.id}
              </th>
              <td data-label="Strong">{criterion.strong ?? "–"}</td>
              <td data-label="Weak">{criterion.weak ?? "–"}</td>
              <td data-label="Gap">{criterion.gap === null ? "–" : criterion.gap.toFixed(2)}</td>
              <td data-label="Needs">≥ {criterion.margin}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RobustnessSuiteDetail({ suite }: { suite: Robustness }) {
  const failed = suite.attempts.filter((attempt) => !attempt.passed);
  return (
    <>
      <p className="muted small">
        Rubric {suite.rubric} · {suite.attempts.length - failed.length} of {suite.attempts.length} attempts to instruct
        the grader were flagged and raised no score
      </p>
      {failed.length > 0 && (
        <ul className="evals__list">
          {failed.map((attempt) => (
            <li key={attempt.attempt}>
              <span className="evals__quote">“{attempt.attempt}”</span>
              {!attempt.flagged && " · not flagged"}
              {attempt.rose.map((rise) => ` · ${rise.id} rose ${rise.from} → ${rise.to}`).join("")}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
