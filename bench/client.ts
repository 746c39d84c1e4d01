/** The load client: plain fetch, an SSE reader that timestamps events, and a concurrency limiter. */
import { createParser } from "eventsource-parser";
import type { TurnEvent } from "../api/src/practice/turn-events";

export interface TurnResult {
  /** Everything went as it should: 200, a persona event, no error event, nothing degraded or unscored. */
  ok: boolean;
  status: number;
  /** Why it is not ok (first problem found). */
  problem: string | null;
  /** ms from sending the POST to the first persona word (a `delta` event). */
  firstTokenMs: number | null;
  /** ms from sending the POST to the last event of the stream. */
  finalMs: number;
  ended: boolean;
}

export interface Session {
  id: string;
}

/** Feeds a response body to `onText` as it arrives. */
export async function readText(body: ReadableStream<Uint8Array>, onText: (text: string) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onText(decoder.decode(value, { stream: true }));
  }
}

async function json<T>(response: Response): Promise<T> {
  const text = await response.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`expected JSON from ${response.url} (${response.status}), got: ${text.slice(0, 200)}`);
  }
}

export async function startSession(
  base: string,
  body: { personaId: string; mode: "coach" | "exam"; difficulty?: "easy" | "medium" | "hard" },
): Promise<Session> {
  const response = await fetch(`${base}/api/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`POST /api/sessions: ${response.status} ${await response.text()}`);
  const created = await json<{ session: { id: string } }>(response);
  return { id: created.session.id };
}

/** Posts one rep turn and reads the whole event stream, timing the first word and the last event. */
export async function postTurn(base: string, sessionId: string, text: string): Promise<TurnResult> {
  const started = performance.now();
  let firstTokenMs: number | null = null;
  let lastEventMs = 0;
  let problem: string | null = null;
  let sawPersona = false;
  let ended = false;
  const note = (why: string) => {
    problem ??= why;
  };
  try {
    const response = await fetch(`${base}/api/sessions/${sessionId}/turns`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
    });
    if (response.status !== 200 || !response.body) {
      const body = await response.text();
      return {
        ok: false,
        status: response.status,
        problem: `HTTP ${response.status}: ${body.slice(0, 200)}`,
        firstTokenMs: null,
        finalMs: performance.now() - started,
        ended,
      };
    }
    const parser = createParser({
      onEvent(message) {
        const at = performance.now() - started;
        lastEventMs = at;
        const event = JSON.parse(message.data) as TurnEvent;
        switch (event.type) {
          case "delta":
            firstTokenMs ??= at;
            break;
          case "persona":
            sawPersona = true;
            ended = event.ended;
            if (event.degraded !== null) note(`degraded: ${event.degraded}`);
            break;
          case "feedback":
            for (const criterion of event.feedback.criteria)
              if (criterion.flags.includes("unscored")) note(`feedback unscored: ${criterion.rationale}`);
            break;
          case "error":
            note(`error event ${event.code}: ${event.message}`);
            break;
          case "rep":
            break;
        }
      },
    });
    await readText(response.body, (text) => parser.feed(text));
    if (!sawPersona) note("no persona event");
    return { ok: problem === null, status: 200, problem, firstTokenMs, finalMs: lastEventMs, ended };
  } catch (error) {
    return {
      ok: false,
      status: 0,
      problem: `fetch failed: ${error instanceof Error ? `${error.message} ${String(error.cause ?? "")}` : String(error)}`,
      firstTokenMs,
      finalMs: performance.now() - started,
      ended,
    };
  }
}

export async function endSession(
  base: string,
  sessionId: string,
): Promise<{ ms: number; unscored: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${base}/api/sessions/${sessionId}/end`, { method: "POST" });
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200)
    throw new Error(`POST /api/sessions/${sessionId}/end: ${response.status} ${text.slice(0, 200)}`);
  const { scorecard } = JSON.parse(text) as { scorecard: { unscored: number } };
  return { ms, unscored: scorecard.unscored, bytes: text.length };
}

export async function grade(
  base: string,
  body: { transcript: { index: number; role: "customer" | "rep"; text: string }[]; rubricId: string },
): Promise<{ ms: number; unscored: number }> {
  const started = performance.now();
  const response = await fetch(`${base}/api/grade`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`POST /api/grade: ${response.status} ${text.slice(0, 300)}`);
  const { scorecard } = JSON.parse(text) as { scorecard: { unscored: number } };
  return { ms, unscored: scorecard.unscored };
}

/** Runs `task` over `items` with at most `limit` in flight; results in input order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
