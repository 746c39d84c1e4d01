import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TeamSummaryResult } from "../trainer/team-summary";
import { readTurnEvents, startTestRuntime } from "../testing/test-runtime";

type Runtime = Awaited<ReturnType<typeof startTestRuntime>>;
let parley: Runtime;
const ADMIN = { email: "admin@example.com", password: "correct horse battery" };
const PASSWORD = "long enough password";

/** A signed-in client: remembers the session cookie like a browser would. */
function client(cookie = "") {
  return (method: string, url: string, body?: unknown) =>
    parley.app.request(url, {
      method,
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
}
type Client = ReturnType<typeof client>;

async function signIn(email: string, password: string): Promise<Client> {
  const response = await client()("POST", "/api/auth/login", { email, password });
  expect(response.status).toBe(200);
  return client((response.headers.get("set-cookie") ?? "").split(";")[0] ?? "");
}

const GOOD = [
  "Hi Dana, I'm Sam. I'm so sorry, three outages in a month is not acceptable, and losing a client call because of us sounds awful.",
  "How have the outages affected your work this month?",
  "I can put a full month's credit on your account and send a technician out this week. Would that help?",
];
const BAD = [
  "Before you go, have you heard about our new bundle deal?",
  "Please calm down.",
  "Let me transfer you to another department.",
];

/** Starts, plays and ends an offline call; returns the session id. */
async function playCall(call: Client, lines: string[], extra: Record<string, unknown> = {}) {
  const started = await call("POST", "/api/sessions", { personaId: "cancel-after-outages", mode: "exam", ...extra });
  expect(started.status).toBe(201);
  const id = ((await started.json()) as { session: { id: string } }).session.id;
  for (const text of lines) {
    const turn = await call("POST", `/api/sessions/${id}/turns`, { text });
    if (turn.status !== 200) break;
    const events = await readTurnEvents(turn);
    if (events.some((event) => event.type === "persona" && event.ended)) break;
  }
  expect((await call("POST", `/api/sessions/${id}/end`)).status).toBe(200);
  return id;
}

let admin: Client;
let trainer: Client;
let lee: Client;
let kim: Client;
let rival: Client;
let sandboxId: string;

beforeAll(async () => {
  parley = await startTestRuntime({
    PARLEY_AUTH: "accounts",
    PARLEY_ADMIN_EMAIL: ADMIN.email,
    PARLEY_ADMIN_PASSWORD: ADMIN.password,
  });
  admin = await signIn(ADMIN.email, ADMIN.password);
  const team = async (name: string) =>
    ((await (await admin("POST", "/api/teams", { name })).json()) as { team: { id: string } }).team.id;
  const teamA = await team("Team A");
  const teamB = await team("Team B");
  const people = [
    { name: "Tess Trainer", email: "tess@example.com", role: "trainer", teamId: teamA },
    { name: "Lee Learner", email: "lee@example.com", role: "learner", teamId: teamA },
    { name: "Kim Learner", email: "kim@example.com", role: "learner", teamId: teamA },
    { name: "Ray Rival", email: "ray@example.com", role: "learner", teamId: teamB },
  ];
  for (const person of people)
    expect((await admin("POST", "/api/users", { ...person, password: PASSWORD })).status).toBe(201);
  trainer = await signIn("tess@example.com", PASSWORD);
  lee = await signIn("lee@example.com", PASSWORD);
  kim = await signIn("kim@example.com", PASSWORD);
  rival = await signIn("ray@example.com", PASSWORD);

  for (let i = 0; i < 2; i++) await playCall(lee, GOOD);
  for (let i = 0; i < 2; i++) await playCall(kim, BAD);
  await playCall(rival, BAD);
  sandboxId = await playCall(trainer, BAD, { sandbox: true });
});
afterAll(() => parley.close());

const summaryOf = async (call: Client) => {
  const response = await call("GET", "/api/team/summary");
  expect(response.status).toBe(200);
  return (await response.json()) as TeamSummaryResult;
};

describe("sandbox calls", () => {
  it("are refused to learners", async () => {
    const response = await lee("POST", "/api/sessions", { personaId: "cancel-after-outages", sandbox: true });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  });

  it("are stored as sandbox and still readable by id by their owner", async () => {
    const response = await trainer("GET", `/api/sessions/${sandboxId}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { session: { sandbox: boolean } }).session.sandbox).toBe(true);
  });

  it("are left out of the session list (history and progress) for their owner and for admins", async () => {
    for (const call of [trainer, admin]) {
      const { items } = (await (await call("GET", "/api/sessions")).json()) as {
        items: { id: string; sandbox: boolean }[];
      };
      expect(items.length).toBeGreaterThan(0);
      expect(items.map((item) => item.id)).not.toContain(sandboxId);
      expect(items.every((item) => !item.sandbox)).toBe(true);
    }
  });

  it("keep the flag when forked", async () => {
    const { turns } = (await (await trainer("GET", `/api/sessions/${sandboxId}`)).json()) as {
      turns: { index: number; role: string }[];
    };
    const fromTurn = turns.find((turn) => turn.role === "rep")?.index;
    const fork = await trainer("POST", `/api/sessions/${sandboxId}/fork`, { fromTurn });
    expect(fork.status).toBe(201);
    expect(((await fork.json()) as { session: { sandbox: boolean } }).session.sandbox).toBe(true);
  });
});

describe("GET /api/team/summary", () => {
  it("refuses learners", async () => {
    const response = await lee("GET", "/api/team/summary");
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  });

  it("gives a trainer their team's learners only, without sandbox calls", async () => {
    const summary = await summaryOf(trainer);
    expect(summary.learners.map((learner) => [learner.name, learner.calls])).toEqual([
      ["Kim Learner", 2],
      ["Lee Learner", 2],
    ]);
    expect(summary.calls).toBe(4);
    expect(summary.weeks.length).toBe(1);
  });

  it("gives an admin everyone's scored calls (still no sandbox)", async () => {
    const summary = await summaryOf(admin);
    expect(summary.learners.map((learner) => learner.name).sort()).toEqual(["Kim Learner", "Lee Learner", "Ray Rival"]);
    expect(summary.calls).toBe(5);
  });

  it("scores each criterion per learner and per week, the strong rep above the weak one", async () => {
    const summary = await summaryOf(trainer);
    const ids = summary.learners.map((learner) => learner.id);
    const [kimId, leeId] = ids;
    const acknowledge = summary.criteria.find((criterion) => criterion.id === "acknowledges-experience");
    expect(acknowledge?.attempts).toBe(4);
    expect(acknowledge?.scale).toEqual({ min: 1, max: 5 });
    const mean = (id: string | undefined) =>
      acknowledge?.byLearner.find((entry) => entry.learnerId === id)?.mean ?? null;
    expect(mean(leeId)).toBeGreaterThan(mean(kimId) ?? 0);
    expect(acknowledge?.byWeek).toEqual([{ week: summary.weeks[0], mean: acknowledge?.mean, attempts: 4 }]);
  });

  it("names the weakest criteria (enough attempts, lowest mean) with the scenarios that practise them", async () => {
    const summary = await summaryOf(trainer);
    expect(summary.weakest.length).toBeGreaterThan(0);
    const means = summary.criteria
      .filter((criterion) => criterion.attempts >= summary.minAttempts)
      .map((criterion) => criterion.mean ?? 0);
    const weakest = summary.criteria.find((criterion) => criterion.id === summary.weakest[0]);
    expect(weakest?.mean).toBe(Math.min(...means));
    expect(weakest?.scenarios).toContainEqual({ personaId: "cancel-after-outages", name: "Dana Whitfield" });
  });

  it("is empty for a trainer whose team has no scored calls", async () => {
    const teamC = ((await (await admin("POST", "/api/teams", { name: "Team C" })).json()) as { team: { id: string } })
      .team.id;
    await admin("POST", "/api/users", {
      name: "New Trainer",
      email: "new@example.com",
      role: "trainer",
      teamId: teamC,
      password: PASSWORD,
    });
    const summary = await summaryOf(await signIn("new@example.com", PASSWORD));
    expect(summary).toMatchObject({ calls: 0, learners: [], criteria: [], weakest: [] });
  });
});
