import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBudgetStore } from "../db/budget-store";
import { type FakeOpenAIServer, startFakeOpenAI } from "../testing/fake-openai-server";
import { type Client, errorOf, signIn } from "../testing/signed-in-client";
import { readTurnEvents, startTestRuntime, type TestRuntime } from "../testing/test-runtime";

const ADMIN = { email: "admin@example.com", password: "correct horse battery" };
const PASSWORD = "long enough password";
const TEAM_BUDGET = 1000;
// Every model call costs 300 tokens: one turn stays under the team's budget, two turns go over it.
const USAGE = { prompt_tokens: 250, completion_tokens: 50 };

let fake: FakeOpenAIServer;
let parley: TestRuntime;
const people: Record<"ann" | "ben" | "cat", { client: Client; id: string }> = {} as never;

async function startCall(who: Client) {
  const response = await who.call("POST", "/api/sessions", { personaId: "cancel-after-outages", mode: "exam" });
  expect(response.status).toBe(201);
  return ((await response.json()) as { session: { id: string } }).session.id;
}

async function turn(who: Client, sessionId: string, text: string) {
  const response = await who.call("POST", `/api/sessions/${sessionId}/turns`, { text });
  if (response.status === 200) await readTurnEvents(response);
  return response;
}

beforeAll(async () => {
  fake = await startFakeOpenAI();
  fake.onChat(() => ({ kind: "text", content: "Fine. Go on.", usage: USAGE }));
  parley = await startTestRuntime({
    PARLEY_AUTH: "accounts",
    PARLEY_ADMIN_EMAIL: ADMIN.email,
    PARLEY_ADMIN_PASSWORD: ADMIN.password,
    PARLEY_ENGINE: "model",
    OPENAI_BASE_URL: fake.url,
    PARLEY_DAILY_TOKENS_PER_TEAM: String(TEAM_BUDGET),
  });
  const admin = await signIn(parley, ADMIN.email, ADMIN.password);
  const teamOf = async (name: string) =>
    (await admin.json<{ team: { id: string } }>("POST", "/api/teams", { name })).team.id;
  const [support, sales] = [await teamOf("Support"), await teamOf("Sales")];
  for (const [key, teamId] of [
    ["ann", support],
    ["ben", support],
    ["cat", sales],
  ] as const) {
    const email = `${key}@example.com`;
    const created = await admin.json<{ user: { id: string } }>("POST", "/api/users", {
      name: key,
      email,
      role: "learner",
      teamId,
      password: PASSWORD,
    });
    people[key] = { id: created.user.id, client: await signIn(parley, email, PASSWORD) };
  }
});
afterAll(async () => {
  await parley?.close();
  await fake?.close();
});

describe("the per-team daily token budget", () => {
  it("is spent by the team's combined usage; the next model turn gets a clear error; another team is unaffected", async () => {
    const budgets = createBudgetStore(parley.db);
    const annCall = await startCall(people.ann.client);
    const benCall = await startCall(people.ben.client);

    expect((await turn(people.ann.client, annCall, "I'm sorry about the outages.")).status).toBe(200);
    const annSpent = await budgets.userTokensToday(people.ann.id);
    expect(annSpent).toBeGreaterThan(0);
    expect(annSpent).toBeLessThan(TEAM_BUDGET);

    expect((await turn(people.ben.client, benCall, "How did the outages affect you?")).status).toBe(200);
    const benSpent = await budgets.userTokensToday(people.ben.id);
    // Neither of them is over the budget alone; together they are.
    expect(benSpent).toBeLessThan(TEAM_BUDGET);
    expect(annSpent + benSpent).toBeGreaterThanOrEqual(TEAM_BUDGET);

    for (const [who, call] of [
      [people.ann.client, annCall],
      [people.ben.client, benCall],
    ] as const) {
      const refused = await turn(who, call, "Are you still there?");
      expect(refused.status).toBe(429);
      expect(await errorOf(refused)).toMatchObject({
        code: "token_budget_exhausted",
        message: expect.stringMatching(/team's daily model budget \(1000 tokens\).*resets at midnight UTC/),
      });
      // The refused turn was not stored: the call still ends on the customer's last answer.
      const session = await who.json<{ turns: { role: string; text: string }[] }>("GET", `/api/sessions/${call}`);
      expect(session.turns.at(-1)?.role).toBe("customer");
      expect(session.turns.map((t) => t.text)).not.toContain("Are you still there?");
    }

    const catCall = await startCall(people.cat.client);
    expect((await turn(people.cat.client, catCall, "I'm sorry about the outages.")).status).toBe(200);
    expect((await turn(people.cat.client, catCall, "What would help most today?")).status).toBe(200);
  });
});
