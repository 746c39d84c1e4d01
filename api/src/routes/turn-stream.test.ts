import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { TurnEvent } from "../practice/turn-events";
import { readTurnEvents } from "../testing/test-runtime";
import { streamTurn } from "./turn-stream";

const delta = (text: string): TurnEvent => ({ type: "delta", text }) as TurnEvent;

/** An app whose one route streams `events`. */
function appStreaming(events: () => AsyncIterable<TurnEvent>) {
  return new Hono().post("/turn", (c) => {
    c.header("x-set-before", "kept");
    return streamTurn(c, events());
  });
}

describe("streamTurn", () => {
  it("writes each event as one server-sent event named by its type, with the SSE headers", async () => {
    const app = appStreaming(async function* () {
      yield delta("Hello");
      yield delta('line\nbreak "quoted"');
    });
    const response = await app.request("/turn", { method: "POST" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    // no-store: what the API's noStore rule always sent for it (web-guards.ts), said by the stream itself.
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-set-before")).toBe("kept");
    expect(await response.text()).toBe(
      'event: delta\ndata: {"type":"delta","text":"Hello"}\n\n' +
        'event: delta\ndata: {"type":"delta","text":"line\\nbreak \\"quoted\\""}\n\n',
    );
  });

  it("ends a failed turn with a retryable internal_error event, after the events before it", async () => {
    const app = appStreaming(async function* () {
      yield delta("Hi");
      throw new Error("boom");
    });
    const original = console.error;
    console.error = () => {};
    try {
      const events = await readTurnEvents(await app.request("/turn", { method: "POST" }));
      expect(events).toEqual([
        delta("Hi"),
        {
          type: "error",
          code: "internal_error",
          message: "Something went wrong answering this turn; your turn is saved.",
          retryable: true,
        },
      ]);
    } finally {
      console.error = original;
    }
  });

  it("consumes every event to the end when the client goes away mid-stream", async () => {
    const produced: string[] = [];
    let finished = false;
    const app = appStreaming(async function* () {
      try {
        for (const word of ["one", "two", "three", "four", "five"]) {
          produced.push(word);
          yield delta(word);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      } finally {
        finished = true;
      }
    });
    const response = await app.request("/turn", { method: "POST" });
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain('"one"');
    await reader.cancel();
    await expect.poll(() => finished).toBe(true);
    expect(produced).toEqual(["one", "two", "three", "four", "five"]);
  });
});
