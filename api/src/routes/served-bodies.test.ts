import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTurnEvents, startTestRuntime, type TestRuntime } from "../testing/test-runtime";

/**
 * Request bodies and turn streams through @hono/node-server on a loopback socket, as `npm start`
 * serves them: a body within its declared length is read straight from the socket (no web
 * `Request` around it), one over it is refused from the header, one without a length is counted as
 * it is read, and a turn's events stream as server-sent events.
 */
let parley: TestRuntime;
let server: ReturnType<typeof createAdaptorServer>;
let base: string;
/** runtime.ts: MAX_BODY_BYTES. */
const MAX_BODY = 1024 * 1024;

beforeAll(async () => {
  parley = await startTestRuntime();
  server = createAdaptorServer({ fetch: parley.app.fetch });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await parley.close();
});

const post = (path: string, body: NonNullable<RequestInit["body"]>, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);

const startCall = async () => {
  const response = await post(
    "/api/sessions",
    JSON.stringify({
      personaId: "cancel-after-outages",
      rubricId: "retention-call",
      mode: "coach",
      difficulty: "medium",
    }),
  );
  expect(response.status).toBe(201);
  return ((await response.json()) as { session: { id: string } }).session.id;
};

/** A body sent in chunks with no Content-Length (Transfer-Encoding: chunked). */
const chunked = (text: string) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      const bytes = new TextEncoder().encode(text);
      for (let at = 0; at < bytes.length; at += 65_536) controller.enqueue(bytes.slice(at, at + 65_536));
      controller.close();
    },
  });

describe("bodies and turn streams served over HTTP", () => {
  it("takes a JSON turn and streams the answer as server-sent events", async () => {
    const id = await startCall();
    const response = await post(`/api/sessions/${id}/turns`, JSON.stringify({ text: "Hi, I'm Sam. How can I help?" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const events = await readTurnEvents(response);
    expect(events.map((event) => event.type)).toEqual(
      expect.arrayContaining(["rep", "persona", "feedback"]) as string[],
    );
    expect(events[0]).toMatchObject({ type: "rep", turn: { text: "Hi, I'm Sam. How can I help?" } });
  });

  it("refuses a body declared over the limit with 413 payload_too_large", async () => {
    const id = await startCall();
    const response = await post(`/api/sessions/${id}/turns`, JSON.stringify({ text: "x".repeat(MAX_BODY) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "payload_too_large" } });
  });

  it("refuses a chunked body that grows past the limit, and takes one within it", async () => {
    const id = await startCall();
    const over = await post(`/api/sessions/${id}/turns`, chunked(JSON.stringify({ text: "x".repeat(MAX_BODY) })));
    expect(over.status).toBe(413);
    expect(await over.json()).toMatchObject({ error: { code: "payload_too_large" } });
    const within = await post(
      `/api/sessions/${id}/turns`,
      chunked(JSON.stringify({ text: "Sorry about the outages." })),
    );
    expect(within.status).toBe(200);
    expect((await readTurnEvents(within))[0]).toMatchObject({
      type: "rep",
      turn: { text: "Sorry about the outages." },
    });
  });

  it("answers malformed JSON and invalid UTF-8 with their own errors", async () => {
    const id = await startCall();
    const malformed = await post(`/api/sessions/${id}/turns`, "{nope");
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: "invalid_json" } });
    const bytes = await post(
      `/api/sessions/${id}/turns`,
      new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]),
    );
    expect(bytes.status).toBe(400);
    expect(await bytes.json()).toMatchObject({ error: { code: "invalid_utf8" } });
  });
});
