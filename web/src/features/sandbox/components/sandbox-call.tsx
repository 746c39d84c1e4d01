import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef } from "react";
import { ChatLog } from "../../../components/call/chat-log";
import { Composer } from "../../../components/call/composer";
import { EngineBadge } from "../../../components/engine-badge";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { queryKeys } from "../../../lib/query-client";
import type { Persona } from "../../../lib/queries/library";
import { type SessionDetail, useSession } from "../../../lib/queries/session";
import { useLiveCall } from "../../../lib/use-live-call";
import { useStickToBottom } from "../../../lib/use-stick-to-bottom";
import { DirectorPanel } from "./director-panel";

/** One sandbox call: the chat on the left, the director's state on the right, refreshed each turn. */
export function SandboxCall({ start, persona }: { start: SessionDetail; persona: Persona }) {
  const id = start.session.id;
  const queryClient = useQueryClient();
  const session = useSession(id);
  const refresh = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: queryKeys.session(id) }),
    [queryClient, id],
  );
  const { state, send } = useLiveCall(
    id,
    { ...start, mood: start.state.mood, ended: false, outcome: null, feedback: [] },
    refresh,
  );
  const logRef = useRef<HTMLDivElement>(null);
  useStickToBottom(logRef, [state.turns.length, state.streaming]);

  return (
    <div className="room__body">
      <section className="room__call" aria-label="Sandbox call">
        <EngineBadge answeredBy={state.answeredBy} />
        <div className="room__log" ref={logRef}>
          <ChatLog turns={state.turns} customerName={persona.name} streaming={state.streaming} />
        </div>
        {state.error && <ErrorPanel error={new Error(state.error.message)} title="The persona could not answer" />}
        {state.ended && (
          <p className="call-ended" role="status">
            The call ended. Start again to try another path.
          </p>
        )}
        <Composer
          onSend={(text) => void send(text)}
          disabled={state.busy || state.ended}
          disabledReason={state.ended ? "The call has ended." : undefined}
        />
      </section>
      <DirectorPanel
        persona={persona}
        mood={state.mood ?? persona.mood.start}
        moodDelta={state.moodDelta}
        lastMoves={state.lastMoves}
        state={session.data?.state ?? start.state}
        live={session.data?.live ?? start.live}
        outcome={state.outcome}
      />
    </div>
  );
}
