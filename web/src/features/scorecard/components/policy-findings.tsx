import { Badge } from "../../../components/ui/badge";
import type { SessionScorecard } from "../../../lib/queries/session";
import { EvidenceLink } from "./evidence-link";

type Finding = NonNullable<SessionScorecard["criteria"][number]["policy"]>[number];

/** The scenario's policy lines this criterion held the rep to: the line, followed or broken, and the rep's words. */
export function PolicyFindings({ findings, onJump }: { findings: Finding[]; onJump: (turn: number) => void }) {
  if (findings.length === 0) return null;
  return (
    <ul className="policy-findings" aria-label="Policy lines followed or broken" data-testid="policy-findings">
      {findings.map((finding, i) => (
        <li key={`${finding.turn}-${finding.entry ?? "none"}-${i}`} className="policy-findings__item">
          <p className="small">
            <Badge tone={finding.status === "followed" ? "good" : "bad"}>{finding.status}</Badge>{" "}
            <strong>{finding.title}:</strong> <q>{finding.policy}</q> <span className="muted">({finding.reason})</span>
          </p>
          <EvidenceLink turn={finding.turn} quote={finding.quote} onJump={onJump} />
        </li>
      ))}
    </ul>
  );
}
