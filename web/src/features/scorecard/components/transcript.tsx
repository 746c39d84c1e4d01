import type { ReactNode } from "react";
import { useNavigate } from "react-router";
import { type ChatTurn, ChatLog } from "../../../components/call/chat-log";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { turnName } from "../../../lib/labels";
import type { SessionDetail } from "../../../lib/queries/session";
import { useForkSession } from "../api/fork-session";

interface TranscriptProps {
  detail: SessionDetail;
  customerName: string;
  highlightedTurn: number | null;
  /** Notes beside any turn (a reviewer's comments), from the page. */
  turnNotes?: (turnIndex: number) => ReactNode;
}

/** The whole call, with coaching notes beside rep turns and "retry from here" on each of them. */
export function Transcript({ detail, customerName, highlightedTurn, turnNotes }: TranscriptProps) {
  const navigate = useNavigate();
  const fork = useForkSession(detail.session.id);
  const tips = new Map(detail.feedback.map((item) => [item.turn, item.tip]));

  const retry = (turn: ChatTurn) =>
    fork.mutate(turn.index, { onSuccess: ({ session }) => navigate(`/sessions/${session.id}`) });

  return (
    <section className="panel" aria-labelledby="transcript-title">
      <h2 id="transcript-title" className="panel__title">
        Transcript
      </h2>
      {fork.isError && <ErrorPanel error={fork.error} title="Could not start the retry" />}
      <ChatLog
        turns={detail.turns}
        customerName={customerName}
        highlightedTurn={highlightedTurn}
        layout="stacked"
        aside={(turn) =>
          turn.role === "rep" ? (
            <div className="turn-tools">
              {tips.get(turn.index) && <p className="turn-tools__tip small">{tips.get(turn.index)}</p>}
              {/* A certification attempt is graded once: the server refuses a retry from a turn. */}
              {!detail.session.certification && (
                <button
                  type="button"
                  className="btn btn--small btn--secondary"
                  onClick={() => retry(turn)}
                  disabled={fork.isPending}
                >
                  <span aria-hidden="true">↺</span> Retry from {turnName(detail.turns, turn.index)}
                </button>
              )}
              {turnNotes?.(turn.index)}
            </div>
          ) : (
            turnNotes?.(turn.index)
          )
        }
      />
    </section>
  );
}
