import path from "node:path";
import { fileURLToPath } from "node:url";
import { createParser } from "eventsource-parser";
import { parseConfig } from "../config";
import type { TurnEvent } from "../practice/turn-events";
import type { Dialect } from "../db/database";
import { createRuntime, type RuntimeOverrides } from "../runtime";
import { freshDatabase } from "./databases";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** A Parley runtime on an in-memory database with the shipped library; `overrides` injects engines or a gateway. */
export async function startTestRuntime(env: Record<string, string> = {}, overrides: RuntimeOverrides = {}) {
  const config = parseConfig({
    PARLEY_DB: ":memory:",
    PARLEY_LIBRARY: REPO_ROOT,
    PARLEY_ENGINE: "offline",
    NODE_ENV: "test",
    // Tests play many turns in a second; the rate limit has tests of its own.
    PARLEY_TURNS_PER_MINUTE: "100000",
    PARLEY_GRADING_THREADS: "0",
    ...env,
  });
  const runtime = await createRuntime(config, overrides);
  const app = runtime.app;
  const json = (method: string, url: string, body?: unknown) =>
    app.request(url, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return { ...runtime, app, json };
}

export type TestRuntime = Awaited<ReturnType<typeof startTestRuntime>>;

/** `startTestRuntime` on a fresh database of this dialect (PostgreSQL: created now, dropped by `close`). */
export async function startTestRuntimeOn(
  dialect: Dialect,
  env: Record<string, string> = {},
  overrides: RuntimeOverrides = {},
): Promise<TestRuntime> {
  const { location, drop } = await freshDatabase(dialect);
  const runtime = await startTestRuntime(dialect === "postgres" ? { DATABASE_URL: location, ...env } : env, overrides);
  return {
    ...runtime,
    close: async () => {
      await runtime.close();
      await drop();
    },
  };
}

/**
 * A test runtime on the model engine, pointed at a fake OpenAI-compatible server at `baseUrl`:
 * no retries and a short timeout, so a failing call fails the turn at once. `env` adds to that.
 */
export function startModelRuntime(baseUrl: string, env: Record<string, string> = {}): Promise<TestRuntime> {
  return startTestRuntime({
    PARLEY_ENGINE: "model",
    OPENAI_BASE_URL: baseUrl,
    OPENAI_API_KEY: "sk-test",
    PARLEY_MODEL_RETRIES: "0",
    PARLEY_MODEL_TIMEOUT_MS: "1500",
    ...env,
  });
}

/** Reads a whole `text/event-stream` response into typed turn events. */
export async function readTurnEvents(response: Response): Promise<TurnEvent[]> {
  const events: TurnEvent[] = [];
  const parser = createParser({
    onEvent(message) {
      const event = JSON.parse(message.data) as TurnEvent;
      if (event.type !== message.event)
        throw new Error(`event name ${message.event} does not match type ${event.type}`);
      events.push(event);
    },
  });
  parser.feed(await response.text());
  return events;
}
