import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import type { TurnEvent } from "../practice/turn-events";

/** Streams a turn's events as server-sent events, one per event, named by its type. */
export function streamTurn(c: Context, events: AsyncIterable<TurnEvent>) {
  return streamSSE(c, async (stream) => {
    let clientGone = false;
    stream.onAbort(() => {
      clientGone = true;
    });
    const send = async (event: TurnEvent) => {
      // Keep consuming after a disconnect so the answer is still stored and the lock released.
      if (!clientGone) await stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
    };
    try {
      for await (const event of events) await send(event);
    } catch (error) {
      console.error("turn failed", error);
      await send({
        type: "error",
        code: "internal_error",
        message: "Something went wrong answering this turn; your turn is saved.",
        retryable: true,
      });
    }
  });
}
