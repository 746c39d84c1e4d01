import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, signIn } from "../testing/signed-in-client";
import { readTurnEvents, startTestRuntime } from "../testing/test-runtime";

/** Issue 15, finding 4: learners read a learner view; trainers and admins read everything. */
type Runtime = Awaited<ReturnType<typeof startTestRuntime>>;
let parley: Runtime;
let admin: Client;
let trainer: Client;
let learner: Client;
const ADMIN = { email: "admin@example.com", password: "correct horse battery" };

beforeAll(async () => {
  parley = await startTestRuntime({
    PARLEY_AUTH: "accounts",
    PARLEY_ADMIN_EMAIL: ADMIN.email,
    PARLEY_ADMIN_PASSWORD: ADMIN.password,
  });
  admin = await signIn(parley, ADMIN.email, ADMIN.password);
  const team = (await admin.json<{ team: { id: string } }>("POST", "/api/teams", { name: "A" })).team.id;
  for (const [email, role] of [
    ["tess@example.com", "trainer"],
    ["lee@example.com", "learner"],
  ] as const) {
    const created = await admin.call("POST", "/api/users", {
      name: email,
      email,
      role,
      teamId: team,
      password: "long enough password",
    });
    expect(created.status).toBe(201);
  }
  trainer = await signIn(parley, "tess@example.com", "long enough password");
  learner = await signIn(parley, "lee@example.com", "long enough password");
});
afterAll(() => parley.close());

const SECRET_KEYS = ["hidden", "ends_when", "reacts", "offline", "endings", "facts", "background", "rules"];
const keysDeep = (value: unknown): string[] =>
  value && typeof value === "object" ? Object.entries(value).flatMap(([key, inner]) => [key, ...keysDeep(inner)]) : [];

describe("GET /api/personas/:id", () => {
  it("gives a learner the brief and the stated goal, never the hidden goal, routes or source", async () => {
    const body = await learner.json<{ view: string; source: unknown; persona: Record<string, unknown> }>(
      "GET",
      "/api/personas/cancel-after-outages",
    );
    expect(body.view).toBe("learner");
    expect(body.source).toBeNull();
    expect(body.persona).toMatchObject({ name: expect.any(String), summary: expect.any(String) });
    expect(body.persona.goals).toEqual({ stated: expect.any(String) });
    expect(keysDeep(body.persona).filter((key) => SECRET_KEYS.includes(key))).toEqual([]);
  });

  it.each([
    ["trainer", () => trainer],
    ["admin", () => admin],
  ])("gives a %s everything", async (_role, who) => {
    const body = await who().json<{ view: string; source: string; persona: { goals: { hidden: string } } }>(
      "GET",
      "/api/personas/cancel-after-outages",
    );
    expect(body.view).toBe("full");
    expect(body.source).toContain("hidden:");
    expect(body.persona.goals.hidden.length).toBeGreaterThan(0);
  });
});

describe("the scenario library and its knowledge (issue 17, items 3 and 5)", () => {
  it("lists each scenario with its industry, situation, difficulty, skills and brief", async () => {
    const body = await learner.json<{ items: Record<string, unknown>[] }>("GET", "/api/personas");
    const dana = body.items.find((item) => item.id === "cancel-after-outages");
    expect(dana).toMatchObject({
      industry: "Telecom",
      situation: "Cancellation after outages",
      difficulty: "hard",
      brief: expect.stringContaining("Cancel"),
    });
    // The persona's own tags, then its rubric's criteria by their short skill labels.
    expect(dana?.skills).toEqual(expect.arrayContaining(["Tailored offers", "De-escalation", "Empathy", "Listening"]));
    expect(keysDeep(body.items).filter((key) => SECRET_KEYS.includes(key))).toEqual([]);
  });

  it("gives a learner the knowledge a rep would read, never how the checks find it", async () => {
    const body = await learner.json<{ persona: { knowledge: Record<string, unknown>[] } }>(
      "GET",
      "/api/personas/cancel-after-outages",
    );
    expect(body.persona.knowledge).toContainEqual({
      id: "outage-credit",
      kind: "offer",
      title: "Outage credit",
      text: expect.stringContaining("up to one month's charge"),
      limit: { max: 1, unit: "months" },
    });
    expect(keysDeep(body.persona.knowledge).filter((key) => ["mentions", "forbids"].includes(key))).toEqual([]);
  });

  it("refuses a knowledge entry with a limit it cannot find, naming the line and field", async () => {
    const source = (await trainer.json<{ source: string }>("GET", "/api/personas/bill-went-up")).source.replace(
      '    mentions: ["loyalty", "discount"]\n',
      "",
    );
    const body = await trainer.json<{ valid: boolean; issues: { line: number; field: string; message: string }[] }>(
      "POST",
      "/api/personas/validate",
      { source },
    );
    expect(body.valid).toBe(false);
    const issue = body.issues.find((item) => item.field.endsWith(".mentions"));
    expect(issue?.message).toMatch(/a limit is found in the rep's words by its mentions/);
    expect(source.split("\n")[(issue?.line ?? 0) - 1]).toContain("id: loyalty-discount");
  });
});

describe("GET /api/rubrics/:id", () => {
  it("gives a learner criteria and anchors, never signals, checks or exemplars", async () => {
    const body = await learner.json<{ source: unknown; rubric: { criteria: Record<string, unknown>[] } }>(
      "GET",
      "/api/rubrics/retention-call",
    );
    expect(body.source).toBeNull();
    expect(body.rubric.criteria.length).toBeGreaterThan(0);
    for (const criterion of body.rubric.criteria) {
      expect(criterion.anchors).toBeTypeOf("object");
      expect(Object.keys(criterion)).not.toEqual(expect.arrayContaining(["signals"]));
      expect(criterion).not.toHaveProperty("checks");
      expect(criterion).not.toHaveProperty("examples");
    }
    const full = await trainer.json<{ rubric: { criteria: { signals: unknown }[] } }>(
      "GET",
      "/api/rubrics/retention-call",
    );
    expect(full.rubric.criteria[0]?.signals).toBeTypeOf("object");
  });
});

describe("GET /api/sessions/:id live state", () => {
  type Live = { live: { goals: { stated: string; hidden: string | null; routes: unknown[] } } };
  it("hides the hidden goal and routes from the learner until the call ends, then reveals them", async () => {
    const started = await learner.json<{ session: { id: string } }>("POST", "/api/sessions", {
      personaId: "cancel-after-outages",
      mode: "exam",
    });
    const id = started.session.id;
    const turn = await learner.call("POST", `/api/sessions/${id}/turns`, { text: "I'm sorry, how can I help?" });
    await readTurnEvents(turn);

    const during = await learner.json<Live>("GET", `/api/sessions/${id}`);
    expect(during.live.goals).toEqual({ stated: expect.any(String), hidden: null, outcome: null, routes: [] });
    const watched = await trainer.json<Live>("GET", `/api/sessions/${id}`);
    expect(watched.live.goals.hidden).toEqual(expect.any(String));
    expect(watched.live.goals.routes.length).toBeGreaterThan(0);

    expect((await learner.call("POST", `/api/sessions/${id}/end`)).status).toBe(200);
    const after = await learner.json<Live>("GET", `/api/sessions/${id}`);
    expect(after.live.goals.hidden).toEqual(expect.any(String));
    expect(after.live.goals.routes.length).toBeGreaterThan(0);
  });
});
