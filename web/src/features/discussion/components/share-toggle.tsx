import { Link } from "react-router";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { useSetSharing, useSharing } from "../api/sharing";
import "./discussion.css";

/** On one's own graded call: share it with the team (to discuss it) or take it back. Nothing in local mode. */
export function ShareToggle({ sessionId }: { sessionId: string }) {
  const status = useSharing(sessionId);
  const set = useSetSharing(sessionId);
  if (!status.data || status.data.local || (!status.data.canShare && !status.data.shared)) return null;
  const { shared } = status.data;
  return (
    <section className="panel discussion-share" data-testid="share-toggle">
      <label className="discussion-share__switch">
        <input
          type="checkbox"
          role="switch"
          checked={shared}
          disabled={set.isPending || !status.data.canShare}
          onChange={(event) => set.mutate(event.target.checked)}
        />
        <span>Share with my team</span>
      </label>
      <p className="small muted">
        {shared ? (
          <>
            Your teammates and trainer can read this call and its scorecard and{" "}
            <Link to={`/discussion/calls/${sessionId}`}>discuss it</Link>. Turn this off to take it back: the call and
            its discussion leave the team&apos;s view.
          </>
        ) : (
          "Only you and your trainer see this call. Share it to ask your team how they would handle it."
        )}
      </p>
      {set.isError && <ErrorPanel error={set.error} title="Could not change sharing" />}
    </section>
  );
}
