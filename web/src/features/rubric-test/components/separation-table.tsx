import type { CriterionSeparation, RubricTestResult } from "../api/test-rubric";

/** One row per criterion: both scores as bars and numbers, the gap against its margin, and the verdict in words. */
export function SeparationTable({ result }: { result: RubricTestResult }) {
  const { min, max } = result.rubric.scale;
  return (
    <div className="table-wrap">
      <table className="table separation" data-testid="separation-table">
        <caption className="visually-hidden">
          Strong and weak scores per criterion, and whether the rubric separates them
        </caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Strong</th>
            <th scope="col">Weak</th>
            <th scope="col">Gap (needs)</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {result.criteria.map((criterion) => (
            <Row key={criterion.id} criterion={criterion} min={min} max={max} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Row({ criterion, min, max }: { criterion: CriterionSeparation; min: number; max: number }) {
  const verdict = criterion.separated === null ? "unscored" : criterion.separated ? "separated" : "not-separated";
  return (
    <tr className={`separation__row separation__row--${verdict}`} data-criterion={criterion.id}>
      <th scope="row" data-label="Criterion">
        {criterion.critical ? "★ " : ""}
        {criterion.name}
        <Evidence criterion={criterion} />
      </th>
      <td data-label="Strong">
        <ScoreBar score={criterion.strong.score} min={min} max={max} tone="strong" />
      </td>
      <td data-label="Weak">
        <ScoreBar score={criterion.weak.score} min={min} max={max} tone="weak" />
      </td>
      <td data-label="Gap (needs)">
        {criterion.gap === null ? "–" : formatGap(criterion.gap)} <span className="muted">(≥ {criterion.margin})</span>
      </td>
      <td data-label="Result">
        <span className={`verdict verdict--${verdict}`}>
          {verdict === "separated" ? "✓ Separated" : verdict === "not-separated" ? "✗ Not separated" : "? Unscored"}
        </span>
      </td>
    </tr>
  );
}

const formatGap = (gap: number) => (gap > 0 ? `+${Math.round(gap * 100) / 100}` : String(Math.round(gap * 100) / 100));

function ScoreBar({
  score,
  min,
  max,
  tone,
}: {
  score: number | null;
  min: number;
  max: number;
  tone: "strong" | "weak";
}) {
  if (score === null) return <span className="muted">unscored</span>;
  const share = Math.max(0, Math.min(1, (score - min) / (max - min)));
  return (
    <span className="score-bar">
      <span className="score-bar__track" aria-hidden="true">
        <span
          className={`score-bar__fill score-bar__fill--${tone}`}
          style={{ width: `${Math.max(4, share * 100)}%` }}
        />
      </span>
      <span className="score-bar__value">
        {score}
        <span className="visually-hidden"> of {max}</span>
      </span>
    </span>
  );
}

function Evidence({ criterion }: { criterion: CriterionSeparation }) {
  const sides = [
    { label: "Strong", side: criterion.strong },
    { label: "Weak", side: criterion.weak },
  ];
  if (sides.every(({ side }) => side.evidence.length === 0 && side.rationale === "")) return null;
  return (
    <details className="separation__evidence">
      <summary>Evidence</summary>
      {sides.map(({ label, side }) => (
        <div key={label} className="separation__side">
          <p className="small">
            <strong>{label}:</strong> {side.rationale}
          </p>
          {side.evidence.length > 0 && (
            <ul className="evidence-list">
              {side.evidence.map((item) => (
                <li key={`${item.turn}-${item.quote}`} className="evidence">
                  <span className="evidence__turn">turn {item.turn}</span> <q>{item.quote}</q>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </details>
  );
}
