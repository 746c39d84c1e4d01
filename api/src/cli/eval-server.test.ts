import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime } from "../testing/test-runtime";
import { runParley } from "../testing/cli-io";

const ADMIN = { email: "admin@example.com", password: "correct horse battery" };
const SUITES = [
  "evals/grading/retention-call.yaml",
  "evals/persona/bill-went-up.yaml",
  "evals/robustness/grader-injection.yaml",
];

type Runtime = Awaited<ReturnType<typeof startTestRuntime>>;
let parley: Runtime;
let server: ReturnType<typeof createAdaptorServer>;
let url: string;
const tokens: Record<"trainer" | "learner", string> = { trainer: "", learner: "" };

/** `parley eval` in this process; `--no-store` is never passed, and PARLEY_DB points nowhere useful so a local store would show. */
const parleyEval = (args: string[], env: Record<string, string> = {}) =>
  runParley(["eval", ...args], { PARLEY_DB: "/nonexistent/never.db", PARLEY_TOKEN: "", ...env });

const call = (method: string, route: string, auth: { cookie?: string; token?: string }, body?: unknown) =>
  parley.app.request(route, {
    method,
    headers: {
      "content-type": "application/json",
      ...(auth.cookie ? { cookie: auth.cookie } : {}),
      ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

async function signIn(email: string, password: string) {
  const response = await call("POST", "/api/auth/login", {}, { email, password });
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

beforeAll(async () => {
  parley = await startTestRuntime({
    PARLEY_AUTH: "accounts",
    PARLEY_ADMIN_EMAIL: ADMIN.email,
    PARLEY_ADMIN_PASSWORD: ADMIN.password,
  });
  const admin = await signIn(ADMIN.email, ADMIN.password);
  for (const role of ["trainer", "learner"] as const) {
    const email = `${role}@example.com`;
    expect(
      (
        await call(
          "POST",
          "/api/users",
          { cookie: admin },
          { name: `A ${role}`, email, role, password: "long enough password" },
        )
      ).status,
    ).toBe(201);
    const cookie = await signIn(email, "long enough password");
    const created = (await (await call("POST", "/api/tokens", { cookie }, { name: "ci" })).json()) as {
      token: { token: string };
    };
    tokens[role] = created.token.token;
  }
  server = createAdaptorServer({ fetch: parley.app.fetch });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await parley.close();
});

describe("parley eval --server", () => {
  it("runs the suites on the server with a trainer's token and stores the run there", async () => {
    const result = await parleyEval([...SUITES, "--server", url, "--label", "from ci"], {
      PARLEY_TOKEN: tokens.trainer,
    });
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain(`Engine: offline on ${url}`);
    expect(result.stdout).toMatch(/Checks: \d+ passed, 0 failed/);
    const stored = /Stored as run ([0-9a-f-]{36}) on /.exec(result.stdout)?.[1];
    expect(stored).toBeDefined();
    expect(result.code).toBe(0);

    const listed = (await (await call("GET", "/api/evals/runs", { token: tokens.learner })).json()) as {
      items: {
        id: string;
        label: string;
        engine: string;
        storedBy: string;
        summary: { suites: { kind: string; id: string }[] };
      }[];
    };
    expect(listed.items[0]).toMatchObject({ id: stored, label: "from ci", engine: "offline", storedBy: "A trainer" });
    expect(listed.items[0]?.summary.suites.map((suite) => suite.id)).toEqual([
      "retention-call-golden",
      "bill-went-up-behaviour",
      "grader-injection",
    ]);
    const { run: full } = (await (
      await call("GET", `/api/evals/runs/${stored}`, { token: tokens.trainer })
    ).json()) as { run: { report: { server: string } } };
    expect(full.report.server).toBe(url);

    // The scripted calls were sandbox calls: out of the trainer's history.
    const history = (await (await call("GET", "/api/sessions", { token: tokens.trainer })).json()) as {
      items: unknown[];
    };
    expect(history.items).toEqual([]);
    // ... and none was left open: each was abandoned, or ended by the customer; none was graded.
    const { orm, tables } = parley.db;
    const { scorecards, sessions } = tables;
    const calls = await orm.select().from(sessions).where(eq(sessions.sandbox, true));
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((row) => row.status === "active")).toEqual([]);
    expect(calls.some((row) => row.status === "abandoned")).toBe(true);
    expect(
      await orm
        .select()
        .from(scorecards)
        .where(
          inArray(
            scorecards.sessionId,
            calls.map((row) => row.id),
          ),
        ),
    ).toEqual([]);
  }, 120_000);

  it("takes the token from --token as well", async () => {
    const result = await parleyEval([
      "evals/robustness/grader-injection.yaml",
      "--server",
      url,
      "--token",
      tokens.trainer,
      "--no-store",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("Stored as run");
    expect(result.stdout).not.toContain(tokens.trainer);
  }, 60_000);

  it.each([
    ["a bad token (401)", () => ["--token", "pt_not-a-real-token"], /refused the token \(401/],
    ["a learner's token", () => ["--token", tokens.learner], /belongs to a learner/],
    ["no token", () => [], /needs an API token \(401 unauthenticated\): pass --token TOKEN or set PARLEY_TOKEN/],
  ])(
    "refuses %s clearly, before running anything",
    async (_label, extra, message) => {
      const args = extra();
      const result = await parleyEval(["evals/robustness/grader-injection.yaml", "--server", url, ...args]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      for (const secret of args.slice(1)) expect(result.stderr).not.toContain(secret);
      expect(result.stdout).not.toContain("Checks:");
    },
    60_000,
  );

  it("says so when the server cannot be reached", async () => {
    const closed = createAdaptorServer({ fetch: () => new Response() });
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await parleyEval([
      "evals/robustness/grader-injection.yaml",
      "--server",
      `http://127.0.0.1:${port}`,
      "--token",
      "whatever",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cannot reach the Parley server at http://127.0.0.1:${port}`);
  }, 60_000);

  it("refuses options that only make sense in this process", async () => {
    const result = await parleyEval([
      "evals/robustness/grader-injection.yaml",
      "--server",
      url,
      "--token",
      tokens.trainer,
      "--replay",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("cannot be used with --server");
  });
});

describe("parley eval --server against a local-mode Parley (no sign-in)", () => {
  it("needs no token, and stores the run there", async () => {
    const local = await startTestRuntime();
    const http = createAdaptorServer({ fetch: local.app.fetch });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    try {
      const localUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
      const result = await parleyEval(["evals/robustness/grader-injection.yaml", "--server", localUrl]);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      const listed = (await (await local.app.request("/api/evals/runs")).json()) as { total: number };
      expect(listed.total).toBe(1);
    } finally {
      await new Promise((resolve) => http.close(resolve));
      await local.close();
    }
  }, 60_000);
});
