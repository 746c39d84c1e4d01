import { formatScore } from "../../../lib/labels";
import type { SessionScorecard } from "../../../lib/queries/session";

/**
 * Per-criterion scores as bars with the criterion's whole name above each (green passed, orange
 * not yet, grey unscored). Plain HTML rather than a canvas: a name wraps at any width instead of
 * being cut ("bout the impact on the cus…"). The cards below carry the same numbers as text.
 */
export function CriteriaChart({ scorecard, min, max }: { scorecard: SessionScorecard; min: number; max: number }) {
  const criteria = scorecard.criteria;
  const summary = criteria.map((c) => `${c.name}: ${c.score ?? "unscored"} of ${max}`).join("; ");
  const bottom = Math.min(0, min);
  return (
    <figure className="bars" role="img" aria-label={`Score per criterion. ${summary}`}>
      <ol className="bars__list" aria-hidden="true">
        {criteria.map((c) => {
          const share = c.score === null ? 0 : ((c.score - bottom) / (max - bottom)) * 100;
          const tone = c.score === null ? "unscored" : c.passed ? "good" : "bad";
          return (
            <li key={c.id} className="bars__item">
              <span className="bars__label">
                {c.critical && <span title="critical">★ </span>}
                {c.name}
              </span>
              <span className="bars__track">
                <span className="bars__area">
                  <span className={`bars__bar bars__bar--${tone}`} style={{ width: `${share}%` }} />
                </span>
                <span className="bars__value">
                  {formatScore(c.score)}/{max}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
      <figcaption className="visually-hidden">{summary}</figcaption>
    </figure>
  );
}
