import { PassBadge } from "../../../components/ui/badge";
import { engineText } from "../../../components/engine-badge";
import { formatDate, formatScore, outcomeLabel } from "../../../lib/labels";
import type { SessionDetail, SessionScorecard } from "../../../lib/queries/session";

interface ScoreSummaryProps {
  detail: SessionDetail;
  scorecard: SessionScorecard;
  personaName: string;
  rubricName: string;
  max: number;
  passMark: number;
}

export function ScoreSummary({ detail, scorecard, personaName, rubricName, max, passMark }: ScoreSummaryProps) {
  const { session } = detail;
  const tone = scorecard.passed === null ? "warn" : scorecard.passed ? "good" : "bad";
  return (
    <header className={`summary summary--${tone}`}>
      <div className="summary__score" data-testid="overall">
        <span className="summary__number">{formatScore(scorecard.overall, 2)}</span>
        <span className="summary__max">/ {max}</span>
      </div>
      <div className="summary__text">
        <p className="eyebrow">Scorecard</p>
        <h1 className="summary__title">
          Call with {personaName} <PassBadge passed={scorecard.passed} />
        </h1>
        <p>
          {outcomeLabel(session.outcome)}. Pass mark {passMark}; {scorecard.criteria.filter((c) => c.passed).length} of{" "}
          {scorecard.criteria.length} points passed
          {scorecard.unscored > 0 ? `, ${scorecard.unscored} could not be scored` : ""}.
        </p>
        <p className="muted small">
          {rubricName} v{scorecard.rubric.version} · {session.mode} mode · {session.difficulty} ·{" "}
          {formatDate(session.createdAt)} · graded by {engineText(scorecard.engine, scorecard.model)}
        </p>
      </div>
    </header>
  );
}
