import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { testPersona } from "../testing/fixtures";
import { startTestRuntime } from "../testing/test-runtime";

let parley: Awaited<ReturnType<typeof startTestRuntime>>;
beforeAll(async () => {
  parley = await startTestRuntime();
});
afterAll(() => parley.close());

const draft = (overrides: Record<string, unknown> = {}) =>
  stringify({ ...structuredClone(testPersona()), id: "sandbox-caller", ...overrides });

describe("persona and rubric routes", () => {
  it("lists the shipped personas and rubrics", async () => {
    const personas = (await (await parley.json("GET", "/api/personas")).json()) as {
      items: { id: string; version: number }[];
    };
    expect(personas.items.map((item) => item.id)).toEqual(
      expect.arrayContaining(["cancel-after-outages", "bill-went-up", "business-line-down"]),
    );
    const rubrics = (await (await parley.json("GET", "/api/rubrics")).json()) as { items: { id: string }[] };
    expect(rubrics.items.map((item) => item.id)).toEqual(
      expect.arrayContaining(["retention-call", "service-recovery"]),
    );
  });

  it("saves a new version only when the content changes, and serves any version", async () => {
    const first = await parley.json("PUT", "/api/personas/sandbox-caller", { source: draft() });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ version: 1, created: true });
    const same = await parley.json("PUT", "/api/personas/sandbox-caller", { source: draft() });
    expect(same.status).toBe(200);
    expect(await same.json()).toMatchObject({ version: 1, created: false });
    const changed = await parley.json("PUT", "/api/personas/sandbox-caller", {
      source: draft({ opening: "Hello? Anyone there?" }),
    });
    expect(await changed.json()).toMatchObject({ version: 2, created: true });

    const latest = (await (await parley.json("GET", "/api/personas/sandbox-caller")).json()) as {
      version: number;
      persona: { opening: string };
    };
    expect(latest).toMatchObject({ version: 2, persona: { opening: "Hello? Anyone there?" } });
    const v1 = (await (await parley.json("GET", "/api/personas/sandbox-caller?version=1")).json()) as {
      persona: { opening: string };
    };
    expect(v1.persona.opening).toBe("I want to cancel.");
  });

  it("refuses an invalid file with its line and field, and saves nothing", async () => {
    const source = draft({ mood: { start: 12, hangup_at: 10 } });
    const response = await parley.json("PUT", "/api/personas/broken-caller", {
      source: source.replace("sandbox-caller", "broken-caller"),
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as {
      error: { code: string; details: { issues: { field: string; line: number }[] } };
    };
    expect(error.code).toBe("invalid_persona");
    expect(error.details.issues[0]).toMatchObject({ field: "mood.start" });
    expect(error.details.issues[0]?.line).toBeGreaterThan(1);
    expect((await parley.json("GET", "/api/personas/broken-caller")).status).toBe(404);
  });

  it("refuses a file whose id differs from the URL", async () => {
    const response = await parley.json("PUT", "/api/personas/someone-else", { source: draft() });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("id_mismatch");
  });

  it("validates a draft without saving it", async () => {
    const ok = await (await parley.json("POST", "/api/personas/validate", { source: draft() })).json();
    expect(ok).toEqual({ valid: true, issues: [], warnings: [] });
    const bad = (await (await parley.json("POST", "/api/rubrics/validate", { source: "id: r\nname: R\n" })).json()) as {
      valid: boolean;
      issues: { field: string }[];
    };
    expect(bad.valid).toBe(false);
    expect(bad.issues.map((issue) => issue.field)).toEqual(expect.arrayContaining(["pass", "criteria"]));
  });
});

describe("POST /api/grade", () => {
  const transcript = [
    { index: 0, role: "customer", text: "I want to cancel. Today." },
    { index: 1, role: "rep", text: "I'm so sorry — three outages is awful. I've cancelled your service." },
  ];

  it("grades a transcript with no session", async () => {
    const response = await parley.json("POST", "/api/grade", { transcript, rubricId: "retention-call" });
    expect(response.status).toBe(200);
    const { scorecard } = (await response.json()) as {
      scorecard: { rubric: { id: string; version: number }; criteria: unknown[]; persona: null };
    };
    expect(scorecard.rubric).toEqual({ id: "retention-call", version: 1 });
    expect(scorecard.persona).toBeNull();
    expect(scorecard.criteria.length).toBeGreaterThan(0);
  });

  it("refuses a request naming both or neither rubric", async () => {
    const neither = await parley.json("POST", "/api/grade", { transcript });
    expect(neither.status).toBe(400);
    const missing = await parley.json("POST", "/api/grade", { transcript, rubricId: "no-such-rubric" });
    expect(missing.status).toBe(404);
  });
});
