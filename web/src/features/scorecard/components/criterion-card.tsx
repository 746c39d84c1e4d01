import { Badge, PassBadge } from "../../../components/ui/badge";
import { formatScore } from "../../../lib/labels";
import type { SessionScorecard } from "../../../lib/queries/session";
import { EvidenceLink } from "./evidence-link";
import { PolicyFindings } from "./policy-findings";

type Criterion = SessionScorecard["criteria"][number];

const FLAG_TEXT: Record<string, string> = {
  no_evidence: "No quote backs this score",
  unscored: "Could not be scored",
  instruction_attempt: "The reply tried to instruct the grader",
  evidence_dropped: "Some quoted words were not in the transcript and were dropped",
  check_failed: "A rule check failed",
  capped_no_evidence: "Capped at the middle of the scale: no quote from the rep backs a higher score",
  unnatural: "A reply read as a list of keywords or too many moves at once, and earned nothing for them",
  not_applicable: "Replies that gave this criterion nothing to judge are left out of its score",
};

export function CriterionCard({
  criterion,
  max,
  onJump,
}: {
  criterion: Criterion;
  max: number;
  onJump: (turn: number) => void;
}) {
  const titleId = `criterion-${criterion.id}`;
  return (
    <article className="card criterion" aria-labelledby={titleId} data-criterion={criterion.id}>
      <header className="card__head">
        <h3 id={titleId} className="card__title">
          {criterion.name}
        </h3>
        <span className="criterion__score">
          {formatScore(criterion.score)}
          <span className="muted">/{max}</span>
        </span>
      </header>
      <p className="criterion__badges">
        <PassBadge passed={criterion.passed} />
        {criterion.critical && <Badge tone="info">critical</Badge>}
        {criterion.flags.map((flag) => (
          <Badge key={flag} tone="warn">
            {FLAG_TEXT[flag] ?? flag}
          </Badge>
        ))}
      </p>
      <p className="criterion__rationale">{criterion.rationale}</p>
      {criterion.samples !== undefined && criterion.samples.length > 1 && criterion.spread !== undefined && (
        <p className="muted small" data-testid="spread">
          Judged {criterion.samples.length} times; the scores differed by up to {formatScore(criterion.spread)}{" "}
          {criterion.spread === 0 ? "(they agreed)" : "(the median counts)"}.
        </p>
      )}
      <PolicyFindings findings={criterion.policy ?? []} onJump={onJump} />
      {criterion.evidence.length > 0 ? (
        <ul className="evidence-list" aria-label={`Evidence for ${criterion.name}`}>
          {criterion.evidence.map((item, i) => (
            <li key={`${item.turn}-${i}`}>
              <EvidenceLink turn={item.turn} quote={item.quote} onJump={onJump} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">No quote from the call backs this score.</p>
      )}
    </article>
  );
}
