import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunReport } from "../eval-runs/report-types";
import { startTestRuntime } from "../testing/test-runtime";
import { sampleRunReport } from "../testing/evals/sample-report";

type Runtime = Awaited<ReturnType<typeof startTestRuntime>>;
let parley: Runtime;
let report: RunReport;
const ADMIN = { email: "admin@example.com", password: "correct horse battery" };

function client(cookie: string) {
  return (method: string, url: string, body?: unknown) =>
    parley.app.request(url, {
      method,
      headers: { "content-type": "application/json", cookie },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
}

async function signIn(email: string, password: string) {
  const response = await parley.app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status).toBe(200);
  return client((response.headers.get("set-cookie") ?? "").split(";")[0] ?? "");
}

let admin: ReturnType<typeof client>;
let trainer: ReturnType<typeof client>;
let learner: ReturnType<typeof client>;

beforeAll(async () => {
  report = await sampleRunReport();
  parley = await startTestRuntime({
    PARLEY_AUTH: "accounts",
    PARLEY_ADMIN_EMAIL: ADMIN.email,
    PARLEY_ADMIN_PASSWORD: ADMIN.password,
  });
  admin = await signIn(ADMIN.email, ADMIN.password);
  for (const [name, role] of [
    ["Tess", "trainer"],
    ["Lee", "learner"],
  ] as const) {
    const created = await admin("POST", "/api/users", {
      name,
      email: `${name.toLowerCase()}@example.com`,
      role,
      password: "long enough password",
    });
    expect(created.status).toBe(201);
  }
  trainer = await signIn("tess@example.com", "long enough password");
  learner = await signIn("lee@example.com", "long enough password");
}, 60_000);
afterAll(() => parley.close());

const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string; message: string } }).error;

describe("eval runs", () => {
  it("stores a trainer's run with a summary, lists it for anyone signed in, and returns the full report", async () => {
    const stored = await trainer("POST", "/api/evals/runs", {
      report,
      label: "ci #12",
      startedAt: 1_000,
      finishedAt: 2_000,
    });
    expect(stored.status).toBe(201);
    const { run } = (await stored.json()) as {
      run: {
        id: string;
        summary: { suites: { kind: string; grading?: { grader: { chance: { value: number | null } } } }[] };
      };
    };
    const grading = run.summary.suites.find((suite) => suite.kind === "grading");
    expect(grading?.grading?.grader.chance.value).toBe(
      report.suites[0]?.kind === "grading" ? report.suites[0].overall.grader.chance.value : null,
    );

    const listed = (await (await learner("GET", "/api/evals/runs")).json()) as {
      items: { id: string; label: string; storedBy: string; passed: boolean }[];
      total: number;
    };
    expect(listed.total).toBe(1);
    expect(listed.items[0]).toMatchObject({ id: run.id, label: "ci #12", storedBy: "Tess", passed: report.passed });

    const one = (await (await learner("GET", `/api/evals/runs/${run.id}`)).json()) as { run: { report: RunReport } };
    expect(one.run.report).toEqual(report);
  });

  it("lists newest first, a page at a time", async () => {
    for (const [label, finishedAt] of [
      ["older", 5_000],
      ["newest", 9_000],
    ] as const) {
      expect((await admin("POST", "/api/evals/runs", { report, label, finishedAt })).status).toBe(201);
    }
    const page = (await (await learner("GET", "/api/evals/runs?limit=2")).json()) as {
      items: { label: string }[];
      total: number;
    };
    expect(page.items.map((item) => item.label)).toEqual(["newest", "older"]);
    expect(page.total).toBe(3);
    const next = (await (await learner("GET", "/api/evals/runs?limit=2&offset=2")).json()) as {
      items: { label: string }[];
    };
    expect(next.items.map((item) => item.label)).toEqual(["ci #12"]);
    expect((await learner("GET", "/api/evals/runs?limit=0")).status).toBe(400);
  });

  it("refuses a learner storing a run (403), whatever the body", async () => {
    for (const body of [{ report }, { nonsense: true }]) {
      const response = await learner("POST", "/api/evals/runs", body);
      expect(response.status).toBe(403);
      expect((await errorOf(response)).code).toBe("forbidden");
    }
  });

  it.each([
    ["no report", () => ({}), "report"],
    ["an unknown field", () => ({ report, extra: 1 }), "extra"],
    ["a wrong version", () => ({ report: { ...report, version: 2 } }), "report.version"],
    [
      "a suite of an unknown kind",
      () => ({ report: { ...report, suites: [{ kind: "vibes", id: "x" }] } }),
      "report.suites.0",
    ],
    [
      "a grading suite without figures",
      () => ({ report: { ...report, suites: report.suites.map((suite) => ({ ...suite, overall: undefined })) } }),
      "overall",
    ],
    ["start after finish", () => ({ report, startedAt: 5, finishedAt: 1 }), "startedAt"],
    ["a server that is not a URL string", () => ({ report: { ...report, server: { nested: [1] } } }), "report.server"],
  ])("refuses a body with %s, naming the field", async (_label, body, field) => {
    const response = await trainer("POST", "/api/evals/runs", body());
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("invalid_request");
    expect(error.message).toContain(field);
  });

  it("refuses a body that is not JSON", async () => {
    const response = await trainer("POST", "/api/evals/runs", '{"report": ');
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe("invalid_json");
  });

  it("answers 404 for an unknown run and 400 for a malformed id", async () => {
    expect((await learner("GET", "/api/evals/runs/00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await learner("GET", "/api/evals/runs/nope")).status).toBe(400);
  });
});
