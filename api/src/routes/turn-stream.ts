import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import type { TurnEvent } from "../practice/turn-events";

/**
 * Streamed words closer together than this go out in one write. A socket write (one `writev`
 * syscall, and the response stream's machinery) costs more CPU than formatting the event, and a
 * model streams a word every 10-20 ms; 40 ms is below what a reader notices.
 */
export const DELTA_COALESCE_MS = 40;

/** One event in server-sent-event form, as hono's writeSSE writes it (JSON has no raw newlines). */
const formatEvent = (event: TurnEvent) => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;

/**
 * Streams a turn's events as server-sent events, one per event, named by its type. Every event but
 * a streamed word is written at once (after any words held back, so the order is kept); the first
 * word of a run is written at once too, and the words after it at most every DELTA_COALESCE_MS.
 */
export function streamTurn(c: Context, events: AsyncIterable<TurnEvent>) {
  return streamSSE(c, async (stream) => {
    let clientGone = false;
    stream.onAbort(() => {
      clientGone = true;
    });
    let held = "";
    let lastWordWrite = Number.NEGATIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Keep consuming after a disconnect so the answer is still stored and the lock released.
    const flush = async () => {
      clearTimeout(timer);
      timer = undefined;
      const text = held;
      held = "";
      if (text && !clientGone) await stream.write(text);
    };
    const send = async (event: TurnEvent) => {
      held += formatEvent(event);
      if (event.type !== "delta") return flush();
      const now = performance.now();
      if (now - lastWordWrite >= DELTA_COALESCE_MS) {
        lastWordWrite = now;
        return flush();
      }
      timer ??= setTimeout(
        () => {
          lastWordWrite = performance.now();
          void flush().catch(() => {});
        },
        lastWordWrite + DELTA_COALESCE_MS - now,
      );
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
    await flush();
  });
}
