import { useEffect } from "react";
import { Link } from "react-router";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { Loading } from "../../../components/ui/loading";
import type { SessionDetail } from "../../../lib/queries/session";
import { useScoreCall } from "../api/score-call";

/** A session with no scorecard yet: still live (go back to it), or ended (grade it now). */
export function NoScorecard({ detail }: { detail: SessionDetail }) {
  const { session } = detail;
  const score = useScoreCall(session.id);
  const ended = session.status === "ended";
  const { mutate, isIdle } = score;
  useEffect(() => {
    if (ended && isIdle) mutate();
  }, [ended, isIdle, mutate]);

  if (session.status === "abandoned")
    return (
      <EmptyState title="This call was abandoned">
        <p>An abandoned call has no scorecard.</p>
        <Link className="btn btn--primary" to="/">
          Start a new call
        </Link>
      </EmptyState>
    );
  if (!ended)
    return (
      <EmptyState title="This call is still going">
        <p>The scorecard appears when the call ends.</p>
        <Link className="btn btn--primary" to={`/sessions/${session.id}`}>
          Back to the call
        </Link>
      </EmptyState>
    );
  if (score.isError)
    return <ErrorPanel error={score.error} title="The call could not be scored" onRetry={() => score.mutate()} />;
  return <Loading label="Scoring your call…" />;
}
