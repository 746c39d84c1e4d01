import { expect } from "vitest";
import { type Client, signIn } from "./signed-in-client";
import type { Dialect } from "../db/database";
import { readTurnEvents, startTestRuntimeOn, type TestRuntime } from "./test-runtime";
import type { RuntimeOverrides } from "../runtime";

export const ADMIN = { email: "admin@example.com", password: "correct horse battery" };
export const PASSWORD = "long enough password";
export const DAY = 86_400_000;

/** Lines the offline grader scores well (above the retention rubric's pass mark) and badly. */
export const GOOD = [
  "Hi Dana, I'm Sam. I'm so sorry, three outages in a month is not acceptable, and losing a client call because of us sounds awful.",
  "How have the outages affected your work this month?",
  "I can put a full month's credit on your account and send a technician out this week. Would that help?",
];
export const BAD = [
  "Before you go, have you heard about our new bundle deal?",
  "Please calm down.",
  "Let me transfer you to another department.",
];

/**
 * Accounts mode with two teams: Tess trains team A (Lee, Kim), Bo trains team B (Ray); plus the admin.
 * `env` adds to the runtime's environment (a webhook, say); `dialect` is the database it runs on.
 */
export async function startProgrammeWorld(
  env: Record<string, string> = {},
  webhookBackoffMs?: number,
  dialect: Dialect = "sqlite",
  overrides: RuntimeOverrides = {},
) {
  const parley = await startTestRuntimeOn(
    dialect,
    { PARLEY_AUTH: "accounts", PARLEY_ADMIN_EMAIL: ADMIN.email, PARLEY_ADMIN_PASSWORD: ADMIN.password, ...env },
    webhookBackoffMs === undefined ? overrides : { ...overrides, webhookBackoffMs },
  );
  const admin = await signIn(parley, ADMIN.email, ADMIN.password);
  const team = async (name: string) =>
    (await admin.json<{ team: { id: string } }>("POST", "/api/teams", { name })).team.id;
  const teamA = await team("Team A");
  const teamB = await team("Team B");
  const ids: Record<string, string> = {};
  for (const [name, email, role, teamId] of [
    ["Tess Trainer", "tess@example.com", "trainer", teamA],
    ["Lee Learner", "lee@example.com", "learner", teamA],
    ["Kim Learner", "kim@example.com", "learner", teamA],
    ["Bo Trainer", "bo@example.com", "trainer", teamB],
    ["Ray Rival", "ray@example.com", "learner", teamB],
  ] as const) {
    const created = await admin.call("POST", "/api/users", { name, email, role, teamId, password: PASSWORD });
    expect(created.status).toBe(201);
    ids[name.split(" ")[0]?.toLowerCase() ?? name] = ((await created.json()) as { user: { id: string } }).user.id;
  }
  const as = (who: string) => signIn(parley, `${who}@example.com`, PASSWORD);
  return {
    parley,
    admin,
    teamA,
    teamB,
    ids: ids as Record<"tess" | "lee" | "kim" | "bo" | "ray", string>,
    tess: await as("tess"),
    lee: await as("lee"),
    kim: await as("kim"),
    bo: await as("bo"),
    ray: await as("ray"),
  };
}

/** Plays rep lines into an open call (stopping if the customer ends it) and ends it; the scorecard's overall. */
export async function playAndEnd(client: Client, sessionId: string, lines: string[]) {
  for (const text of lines) {
    const turn = await client.call("POST", `/api/sessions/${sessionId}/turns`, { text });
    expect(turn.status).toBe(200);
    const events = await readTurnEvents(turn);
    if (events.some((event) => event.type === "persona" && event.ended)) break;
  }
  const ended = await client.call("POST", `/api/sessions/${sessionId}/end`);
  expect(ended.status).toBe(200);
  return ((await ended.json()) as { scorecard: { overall: number; passed: boolean } }).scorecard;
}

export const inDays = (days: number) => Date.now() + days * DAY;

export type ProgrammeWorld = Awaited<ReturnType<typeof startProgrammeWorld>>;
export type { TestRuntime };

/** An example a trainer writes (POST /api/examples): Harold's bill, two turns, a note on the rep's. */
export const WRITTEN_EXAMPLE = {
  title: "Harold, written by a trainer",
  quality: "good",
  personaId: "bill-went-up",
  turns: [
    {
      role: "customer",
      text: "My bill has gone up from fifty-five to eighty-five dollars and I don't understand why.",
    },
    {
      role: "rep",
      text: "I'm sorry the bill gave you a fright, a jump from $55 to $85 is a lot. Nothing has gone wrong: your twelve-month discount has ended.",
      note: "Plain words.",
    },
  ],
};
