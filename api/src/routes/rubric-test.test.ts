import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_USER_ID } from "../db/user-store";
import type { RubricTestResult } from "../trainer/rubric-test";
import { type FakeOpenAIServer, startFakeOpenAI } from "../testing/fake-openai-server";
import { startTestRuntime } from "../testing/test-runtime";

type Runtime = Awaited<ReturnType<typeof startTestRuntime>>;
let parley: Runtime;

beforeAll(async () => {
  parley = await startTestRuntime();
});
afterAll(() => parley.close());

const test = async (rubricId: string, body: Record<string, unknown>, runtime: Runtime = parley) =>
  runtime.json("POST", `/api/rubrics/${rubricId}/test`, body);
const errorCode = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

/** A draft no rep can score on: both calls get the bottom of the scale, so nothing separates. */
const BLIND_DRAFT = `id: blind-rubric
name: Blind rubric
description: Rewards a phrase no rep says.
scale: { min: 1, max: 5 }
pass: { overall: 3, critical: all }
criteria:
  - id: says-the-password
    name: Says the password
    description: Says "purple elephant".
    scope: conversation
    anchors:
      1: Does not say it.
      3: Nearly says it.
      5: Says it.
    signals:
      baseline: 1
      good:
        phrases: ["purple elephant"]
    coaching: Say the password.
`;

describe("POST /api/rubrics/:id/test", () => {
  it("plays the shipped separation suite's reps for a saved rubric and shows every suite criterion separated", async () => {
    const response = await test("retention-call", { personaId: "cancel-after-outages" });
    expect(response.status).toBe(200);
    const result = (await response.json()) as RubricTestResult;
    expect(result.scripts).toEqual({
      kind: "suite",
      id: "retention-call-separation",
      file: "evals/separation/retention-call.yaml",
    });
    expect(result.engine).toBe("offline");
    expect(result.rubric).toMatchObject({ id: "retention-call", version: 1, scale: { min: 1, max: 5 } });
    const named = result.criteria.filter((criterion) => criterion.inSuite);
    expect(named.map((criterion) => criterion.id).sort()).toEqual(
      [
        "acknowledges-experience",
        "honours-cancellation",
        "listens-before-offering",
        "one-tailored-offer",
        "respectful-tone",
      ].sort(),
    );
    for (const criterion of named) {
      expect(criterion.separated, criterion.id).toBe(true);
      expect(criterion.gap).toBe((criterion.strong.score ?? 0) - (criterion.weak.score ?? 0));
    }
    expect(result.strong.overall ?? 0).toBeGreaterThan(result.weak.overall ?? 0);
  });

  it("cites evidence quotes that are in the played transcripts", async () => {
    const result = (await (
      await test("retention-call", { personaId: "cancel-after-outages" })
    ).json()) as RubricTestResult;
    const quotes = result.criteria.flatMap((criterion) => [
      ...criterion.strong.evidence.map((evidence) => ({ ...evidence, transcript: result.strong.transcript })),
      ...criterion.weak.evidence.map((evidence) => ({ ...evidence, transcript: result.weak.transcript })),
    ]);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes)
      expect(quote.transcript.find((turn) => turn.index === quote.turn)?.text).toContain(quote.quote);
    expect(result.strong.transcript[0]?.role).toBe("customer");
    expect(result.strong.transcript.some((turn) => turn.role === "rep")).toBe(true);
  });

  it("falls back to strong and weak reps fitted to the persona and rubric when no suite covers the persona and rubric", async () => {
    // Every shipped customer has a suite for its own rubric: Dana on another rubric has none.
    const response = await test("service-recovery", { personaId: "cancel-after-outages" });
    expect(response.status).toBe(200);
    const result = (await response.json()) as RubricTestResult;
    expect(result.scripts).toEqual({ kind: "fitted", exemplars: expect.any(Number) });
    expect(result.strong.transcript.find((turn) => turn.role === "rep")?.text).toMatch(/^Hi Dana, /);
    expect(result.criteria).toHaveLength(6);
    expect(result.separated).toBeGreaterThan(3);
    expect(result.criteria.every((criterion) => criterion.margin === 1 && !criterion.inSuite)).toBe(true);
  });

  it("tests an unsaved draft, and says plainly when a criterion does not separate", async () => {
    const response = await test("blind-rubric", { personaId: "business-line-down", rubricYaml: BLIND_DRAFT });
    expect(response.status).toBe(200);
    const result = (await response.json()) as RubricTestResult;
    expect(result.rubric).toMatchObject({ id: "blind-rubric", version: null });
    expect(result.criteria).toEqual([
      expect.objectContaining({
        id: "says-the-password",
        strong: expect.objectContaining({ score: 1 }),
        weak: expect.objectContaining({ score: 1 }),
        gap: 0,
        separated: false,
      }),
    ]);
    expect(result.separated).toBe(0);
    // The draft was not saved.
    expect((await parley.json("GET", "/api/rubrics/blind-rubric")).status).toBe(404);
  });

  it("refuses a draft that does not parse, with its issues, and one whose id is not the URL's", async () => {
    const broken = await test("blind-rubric", {
      personaId: "business-line-down",
      rubricYaml: BLIND_DRAFT.replace("scope: conversation", "scope: sometimes"),
    });
    expect(broken.status).toBe(400);
    const body = (await broken.json()) as { error: { code: string; details: { issues: { line: number }[] } } };
    expect(body.error.code).toBe("invalid_rubric");
    expect(body.error.details.issues[0]?.line).toBe(10);
    const mismatch = await test("other-id", { personaId: "business-line-down", rubricYaml: BLIND_DRAFT });
    expect(await errorCode(mismatch)).toBe("id_mismatch");
  });

  it.each([
    ["an unknown persona", "retention-call", { personaId: "nobody-here" }, 404, "persona_not_found"],
    ["an unknown rubric", "no-such-rubric", { personaId: "cancel-after-outages" }, 404, "rubric_not_found"],
    [
      "the model engine on an offline server",
      "retention-call",
      { personaId: "cancel-after-outages", engine: "model" },
      400,
      "model_not_configured",
    ],
    ["an unknown field", "retention-call", { personaId: "cancel-after-outages", extra: 1 }, 400, "invalid_request"],
  ])("refuses %s", async (_label, rubricId, body, status, code) => {
    const response = await test(rubricId, body);
    expect(response.status).toBe(status);
    expect(await errorCode(response)).toBe(code);
  });
});

describe("who may test, and when the model is down", () => {
  let fake: FakeOpenAIServer;
  let accounts: Runtime;
  let modelDown: Runtime;
  const ADMIN = { email: "admin@example.com", password: "correct horse battery" };

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    fake.onChat(() => ({ kind: "error", status: 503 }));
    modelDown = await startTestRuntime({
      PARLEY_ENGINE: "model",
      OPENAI_BASE_URL: fake.url,
      OPENAI_API_KEY: "test",
      PARLEY_MODEL_RETRIES: "0",
    });
    accounts = await startTestRuntime({
      PARLEY_AUTH: "accounts",
      PARLEY_ADMIN_EMAIL: ADMIN.email,
      PARLEY_ADMIN_PASSWORD: ADMIN.password,
    });
  });
  afterAll(async () => {
    await modelDown.close();
    await accounts.close();
    await fake.close();
  });

  it("refuses learners", async () => {
    const signIn = async (credentials: { email: string; password: string }) =>
      ((await accounts.json("POST", "/api/auth/login", credentials)).headers.get("set-cookie") ?? "").split(";")[0] ??
      "";
    const admin = await signIn(ADMIN);
    const created = await accounts.app.request("/api/users", {
      method: "POST",
      headers: { "content-type": "application/json", cookie: admin },
      body: JSON.stringify({
        name: "Lee",
        email: "lee@example.com",
        role: "learner",
        password: "long enough password",
      }),
    });
    expect(created.status).toBe(201);
    const learner = await signIn({ email: "lee@example.com", password: "long enough password" });
    const response = await accounts.app.request("/api/rubrics/retention-call/test", {
      method: "POST",
      headers: { "content-type": "application/json", cookie: learner },
      body: JSON.stringify({ personaId: "cancel-after-outages" }),
    });
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe("forbidden");
  });

  it("answers 503 model_unavailable with a clear message when the model is down, and still runs offline", async () => {
    const response = await test("retention-call", { personaId: "cancel-after-outages" }, modelDown);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("model_unavailable");
    expect(body.error.message).toMatch(/run the test offline/);
    const offline = await test("retention-call", { personaId: "cancel-after-outages", engine: "offline" }, modelDown);
    expect(offline.status).toBe(200);
    expect(((await offline.json()) as RubricTestResult).engine).toBe("offline");
  });
});

describe("token budget", () => {
  it("charges the scripted customer's model calls to the trainer who ran the test", async () => {
    const fake = await startFakeOpenAI({
      defaultChat: (body) => {
        const format = body.response_format?.json_schema?.name;
        if (format === "moves") return { kind: "json", value: { moves: [] } };
        if (format === "judgement") return { kind: "error", status: 503 };
        return { kind: "text", content: "Fine. Go on." };
      },
    });
    const model = await startTestRuntime({
      PARLEY_ENGINE: "model",
      OPENAI_BASE_URL: fake.url,
      OPENAI_API_KEY: "test",
      PARLEY_MODEL_RETRIES: "0",
    });
    try {
      // The customer plays on the model; the judge is down, so its criteria come back unscored.
      expect((await test("retention-call", { personaId: "cancel-after-outages" }, model)).status).toBe(200);
      const calls = await model.db.orm.select().from(model.db.tables.modelCalls);
      expect(calls.filter((call) => call.purpose.startsWith("persona.")).length).toBeGreaterThan(0);
      expect(new Set(calls.map((call) => call.userId))).toEqual(new Set([LOCAL_USER_ID]));
    } finally {
      await model.close();
      await fake.close();
    }
  });
});
