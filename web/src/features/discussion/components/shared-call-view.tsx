import { ChatLog } from "../../../components/call/chat-log";
import { PassBadge } from "../../../components/ui/badge";
import { QueryView } from "../../../components/ui/query-view";
import { formatScore } from "../../../lib/labels";
import { useSharedCall } from "../api/sharing";
import { ThreadPanel } from "./thread-panel";
import "./discussion.css";

/** A call a teammate shared: transcript and scorecard, read-only, and its discussion. */
export function SharedCallView({ sessionId }: { sessionId: string }) {
  const call = useSharedCall(sessionId);
  return (
    <QueryView query={call} loading="Loading the shared call…" errorTitle="Could not load this call">
      {(data) => (
        <>
          <header className="page-head">
            <div>
              <h1>
                {data.mine ? "Your call" : `${data.learner.name}'s call`} with {data.persona.name}
              </h1>
              <p className="lead">Shared with the team to discuss: how would you handle this call?</p>
            </div>
          </header>
          <div className="shared-call">
            <section className="panel" aria-labelledby="shared-scorecard-title">
              <div className="panel__head">
                <h2 id="shared-scorecard-title" className="panel__title">
                  Scorecard
                </h2>
                {data.scorecard && <PassBadge passed={data.scorecard.passed} />}
              </div>
              {data.scorecard && (
                <>
                  <p className="shared-call__overall" data-testid="shared-overall">
                    {formatScore(data.scorecard.overall, 1)}
                  </p>
                  <ul className="shared-call__criteria">
                    {data.scorecard.criteria.map((criterion) => (
                      <li key={criterion.id}>
                        <span>{criterion.name}</span> <strong>{formatScore(criterion.score, 1)}</strong>
                        {criterion.rationale && <p className="small muted">{criterion.rationale}</p>}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
            <section className="panel shared-call__transcript" aria-labelledby="shared-transcript-title">
              <h2 id="shared-transcript-title" className="panel__title">
                The call
              </h2>
              <ChatLog
                turns={data.turns}
                customerName={data.persona.name}
                repName={data.mine ? "You" : data.learner.name}
                layout="stacked"
              />
            </section>
          </div>
          <ThreadPanel kind="call" refId={sessionId} title="Discussion" />
        </>
      )}
    </QueryView>
  );
}
