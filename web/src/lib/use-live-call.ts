import { useCallback, useEffect, useReducer, useRef } from "react";
import { api } from "./api-client";
import { errorMessage, toApiError } from "./api-error";
import { type CallTurn, emptyCall, liveCallReducer, type TurnFeedback } from "./live-call";
import { readTurnEvents } from "./turn-stream";

export interface SpokenTurn {
  audio: Blob;
  fileName: string;
  /** The rep's own words when they corrected the transcript; the server then does not transcribe. */
  text?: string;
  /** Words to show for the turn until the server's arrive (the reviewed transcript). */
  preview?: string;
  /** The rep spoke over the customer's reply. */
  interrupted: boolean;
  /** The words of that reply played before the interruption. */
  heard?: string;
}

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

  /**
   * Posts one rep turn and streams the answer into state; `shown` is the rep's line until the
   * server's arrives. Resolves to the error code when the turn was refused, else null; a refusal
   * with code `retriedOn` shows no error (the caller sends the turn again).
   */
  const take = useCallback(
    async (
      shown: string,
      post: (signal: AbortSignal) => Promise<Response>,
      heard?: string,
      retriedOn?: string,
    ): Promise<string | null> => {
      const controller = new AbortController();
      abort.current = controller;
      dispatch({ type: "send", text: shown, ...(heard === undefined ? {} : { heard }) });
      try {
        const response = await post(controller.signal);
        if (!response.ok) {
          const error = await toApiError(response);
          dispatch({ type: "failed", code: error.code, message: error.message, quiet: error.code === retriedOn });
          return error.code;
        }
        if (!response.body) throw new Error("The server sent no answer.");
        for await (const event of readTurnEvents(response.body)) dispatch({ type: "event", event });
        dispatch({ type: "settled" });
        return null;
      } catch (error) {
        if (controller.signal.aborted) return "aborted";
        const network = error instanceof TypeError;
        dispatch({
          type: "failed",
          code: network ? "network" : "stream_failed",
          message: network
            ? "The connection to Parley's server dropped. Your turn may have been saved; reload to check."
            : errorMessage(error),
        });
        return network ? "network" : "stream_failed";
      } finally {
        onTurnDone?.();
      }
    },
    [onTurnDone],
  );

  const send = useCallback(
    (text: string) =>
      take(
        text,
        (signal) =>
          api.sessions[":id"].turns.$post(
            { param: { id: sessionId }, json: { text } },
            { init: { signal } },
          ) as Promise<Response>,
      ),
    [sessionId, take],
  );

  /**
   * A spoken turn (multipart): the recording, the rep's corrected words if any, and barge-in
   * details. If the server cannot match `heard` to the customer's line (invalid_heard), the turn
   * is sent again without it: the rep's words matter more.
   */
  const sendSpoken = useCallback(
    async (turn: SpokenTurn): Promise<string | null> => {
      const post = (heard: string | undefined) => (signal: AbortSignal) => {
        const form = new FormData();
        form.set("audio", turn.audio, turn.fileName);
        if (turn.text) form.set("text", turn.text);
        form.set("interrupted", String(turn.interrupted));
        if (heard !== undefined) form.set("heard", heard);
        // The typed client has no multipart form for this route (it validates JSON), so plain fetch.
        return fetch(`/api/sessions/${sessionId}/turns`, { method: "POST", body: form, signal });
      };
      const shown = turn.text ?? turn.preview ?? "";
      if (turn.heard === undefined) return take(shown, post(undefined));
      const code = await take(shown, post(turn.heard), turn.heard, "invalid_heard");
      return code === "invalid_heard" ? take(shown, post(undefined)) : code;
    },
    [sessionId, take],
  );

  return { state, send, sendSpoken };
}
