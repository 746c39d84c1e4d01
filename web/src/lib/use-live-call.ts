import { useCallback, useEffect, useReducer, useRef } from "react";
import { api } from "./api-client";
import { errorMessage, toApiError } from "./api-error";
import { type CallTurn, emptyCall, liveCallReducer, type TurnFeedback } from "./live-call";
import { readTurnEvents } from "./turn-stream";

export interface LiveCallStart {
  turns: CallTurn[];
  mood: number;
  ended: boolean;
  outcome: string | null;
  feedback: TurnFeedback[];
}

/**
 * A live call: loads the session's turns, then sends each rep turn and streams the customer's
 * answer (rep -> delta* -> persona -> feedback?) into state. `onTurnDone` runs after each turn.
 */
export function useLiveCall(sessionId: string, start: LiveCallStart | undefined, onTurnDone?: () => void) {
  const [state, dispatch] = useReducer(liveCallReducer, emptyCall);
  const abort = useRef<AbortController | null>(null);
  const loadedFor = useRef<string | null>(null);

  useEffect(() => {
    if (!start || loadedFor.current === sessionId) return;
    loadedFor.current = sessionId;
    dispatch({ type: "load", ...start });
  }, [sessionId, start]);

  useEffect(() => () => abort.current?.abort(), []);

  const send = useCallback(
    async (text: string) => {
      const controller = new AbortController();
      abort.current = controller;
      dispatch({ type: "send", text });
      try {
        const response = await api.sessions[":id"].turns.$post(
          { param: { id: sessionId }, json: { text } },
          { init: { signal: controller.signal } },
        );
        if (!response.ok) {
          const error = await toApiError(response);
          dispatch({ type: "failed", code: error.code, message: error.message });
          return;
        }
        if (!response.body) throw new Error("The server sent no answer.");
        for await (const event of readTurnEvents(response.body)) dispatch({ type: "event", event });
        dispatch({ type: "settled" });
      } catch (error) {
        if (controller.signal.aborted) return;
        const network = error instanceof TypeError;
        dispatch({
          type: "failed",
          code: network ? "network" : "stream_failed",
          message: network
            ? "The connection to Parley's server dropped. Your turn may have been saved; reload to check."
            : errorMessage(error),
        });
      } finally {
        onTurnDone?.();
      }
    },
    [sessionId, onTurnDone],
  );

  return { state, send };
}
