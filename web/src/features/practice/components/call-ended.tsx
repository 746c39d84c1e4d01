import { useNavigate } from "react-router";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { outcomeLabel } from "../../../lib/labels";
import { useEndSession } from "../api/end-session";

/** The state after the customer (or the rep) ended the call: the outcome, and the way to the scorecard. */
export function CallEnded({ sessionId, outcome }: { sessionId: string; outcome: string | null }) {
  const navigate = useNavigate();
  const end = useEndSession(sessionId);
  if (outcome === "abandoned")
    return (
      <div className="call-ended call-ended--abandoned" role="status" data-testid="call-ended">
        <p className="call-ended__title">Call abandoned: it has no scorecard and is not in your history.</p>
      </div>
    );
  return (
    <div className={`call-ended call-ended--${outcome ?? "ended"}`} role="status" data-testid="call-ended">
      <p className="call-ended__title">Call ended: {outcomeLabel(outcome ?? "ended_by_rep")}</p>
      <button
        type="button"
        className="btn btn--primary"
        disabled={end.isPending}
        onClick={() => end.mutate(undefined, { onSuccess: () => navigate(`/sessions/${sessionId}/scorecard`) })}
      >
        {end.isPending ? "Scoring your call…" : "See your scorecard"}
      </button>
      {end.isError && <ErrorPanel error={end.error} title="The scorecard could not be made" />}
    </div>
  );
}
