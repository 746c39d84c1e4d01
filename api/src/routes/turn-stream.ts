import type { Context } from "hono";
import type { TurnEvent } from "../practice/turn-events";

const encoder = new TextEncoder();

/** One server-sent event named by the event's type. JSON never holds a raw line break, so one `data:` line. */
function sse(event: TurnEvent): Uint8Array {
  return encoder.encode(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
}

const FAILED: TurnEvent = {
  type: "error",
  code: "internal_error",
  message: "Something went wrong answering this turn; your turn is saved.",
  retryable: true,
};

/**
 * Streams a turn's events as server-sent events, one per event, named by its type. The body is one
 * pull-driven stream that takes the next event when the server asks for more bytes (hono's
 * `streamSSE` puts a TransformStream, a writer and a second stream between the two: about 5% of a
 * turn's CPU, BENCHMARKS.md 6d). When the rep disconnects, the events are still consumed to the
 * end, so the answer is stored and the turn lease released.
 */
export function streamTurn(c: Context, events: AsyncIterable<TurnEvent>) {
  const iterator = events[Symbol.asyncIterator]();
  let finished = false;
  let cancelled = false;
  const next = async (): Promise<TurnEvent | null> => {
    if (finished) return null;
    try {
      const step = await iterator.next();
      if (!step.done) return step.value;
      finished = true;
      return null;
    } catch (error) {
      finished = true;
      console.error("turn failed", error);
      return FAILED;
    }
  };
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const event = await next();
      if (cancelled) return;
      if (event) controller.enqueue(sse(event));
      else controller.close();
    },
    async cancel() {
      cancelled = true;
      // Keep consuming after a disconnect so the answer is still stored and the lock released.
      while (await next());
    },
  });
  c.header("Transfer-Encoding", "chunked");
  c.header("Content-Type", "text/event-stream");
  // What noStore (on /api/*) would set: said here, the finished response is not rebuilt to say it.
  c.header("Cache-Control", "no-store");
  c.header("Connection", "keep-alive");
  return c.newResponse(body);
}
