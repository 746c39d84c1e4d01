import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDialect } from "../testing/databases";
import { type FakeLrs, LRS_PASSWORD, LRS_USER, startFakeLrs } from "../testing/fake-lrs";
import { BAD, GOOD, inDays, playAndEnd, type ProgrammeWorld, startProgrammeWorld } from "../testing/programme-fixtures";
import { type Client, errorOf } from "../testing/signed-in-client";
import type { Statement, StatementResult } from "../xapi/statement-types";
import { statementProblems } from "../xapi/validate-statement";

const HOME = "https://parley.example.com";
const VERB_ORDER = ["attempted", "completed", "scored", "passed", "failed"];
const verbOf = (statement: Statement) => statement.verb.id.split("/").at(-1) ?? "";
const mboxes = (result: StatementResult) => new Set(result.statements.map((s) => (s.actor as { mbox?: string }).mbox));

async function statements(client: Client, query = ""): Promise<StatementResult> {
  const response = await client.call("GET", `/api/xapi/statements${query}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("x-experience-api-version")).toBe("1.0.3");
  return (await response.json()) as StatementResult;
}

async function call(client: Client, lines: string[], sandbox = false) {
  const started = await client.json<{ session: { id: string } }>("POST", "/api/sessions", {
    personaId: "cancel-after-outages",
    mode: "coach",
    ...(sandbox ? { sandbox } : {}),
  });
  await playAndEnd(client, started.session.id, lines);
  return started.session.id;
}

describeEachDialect("xAPI: statements to the LRS and for download", (dialect) => {
  let w: ProgrammeWorld;
  let lrs: FakeLrs;
  let clock = Date.now();
  const calls: Record<string, string> = {};

  beforeAll(async () => {
    lrs = await startFakeLrs();
    await lrs.down();
    w = await startProgrammeWorld(
      {
        PARLEY_LRS_ENDPOINT: lrs.endpoint,
        PARLEY_LRS_USERNAME: LRS_USER,
        PARLEY_LRS_PASSWORD: LRS_PASSWORD,
        PARLEY_XAPI_HOMEPAGE: HOME,
      },
      undefined,
      dialect,
      { xapiClock: () => clock },
    );
    // The LRS is down throughout: every turn and every grading still succeeds (playAndEnd checks).
    calls.lee = await call(w.lee, GOOD);
    calls.kim = await call(w.kim, BAD);
    calls.ray = await call(w.ray, GOOD);
    await call(w.tess, GOOD, true);
    await w.parley.xapiFlush();
  }, 120_000);
  afterAll(async () => {
    await w.parley.close();
    await lrs.close();
  });

  it("keeps every statement while the LRS is down, then delivers each once, in order, when it is back", async () => {
    expect(lrs.stored).toEqual([]);
    const all = await statements(w.admin);
    expect(all.statements.length).toBeGreaterThanOrEqual(9);
    await lrs.up();
    await w.parley.xapiFlush(); // still backing off: nothing yet
    expect(lrs.stored).toEqual([]);
    clock += 10 * 60_000;
    await w.parley.xapiFlush();
    await w.parley.xapiFlush();
    const ids = lrs.stored.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(all.statements.map((statement) => statement.id)));
    expect(lrs.requests.filter((request) => request.status !== 204)).toEqual([]);
    // Within each call: attempted, then completed, scored, passed or failed.
    for (const registration of Object.values(calls)) {
      const verbs = lrs.stored
        .map((entry) => entry.statement as unknown as Statement)
        .filter((statement) => statement.context.registration === registration)
        .map(verbOf);
      expect(verbs).toEqual([...verbs].sort((a, b) => VERB_ORDER.indexOf(a) - VERB_ORDER.indexOf(b)));
      expect(verbs.slice(0, 3)).toEqual(["attempted", "completed", "scored"]);
    }
    // A second pass sends nothing again.
    const sent = lrs.requests.length;
    await w.parley.xapiFlush();
    expect(lrs.requests.length).toBe(sent);
  });

  it("makes valid statements: the learner by mbox, the scenario with its name, per-criterion results and evidence", async () => {
    const mine = await statements(w.lee);
    expect(mine.more).toBe("");
    expect(mine.statements.map(verbOf).sort()).toEqual(["attempted", "completed", "passed", "scored"]);
    for (const statement of mine.statements) {
      expect(statementProblems(statement)).toEqual([]);
      expect(statement.actor).toMatchObject({ mbox: "mailto:lee@example.com" });
      expect(statement.context.registration).toBe(calls.lee);
      expect(statement.object.id).toBe(`${HOME}/xapi/scenarios/cancel-after-outages/retention-call`);
    }
    const passed = mine.statements.find((statement) => verbOf(statement) === "passed");
    expect(passed?.result?.success).toBe(true);
    const criteria = passed?.result?.extensions?.[`${HOME}/xapi/extensions/criteria`] as {
      evidence: { quote: string }[];
    }[];
    expect(criteria.some((criterion) => criterion.evidence.some((quote) => GOOD.join(" ").includes(quote.quote)))).toBe(
      true,
    );
    expect(mboxes(await statements(w.kim))).toEqual(new Set(["mailto:kim@example.com"]));
    expect((await statements(w.kim)).statements.map(verbOf)).toContain("failed");
  });

  it("a sandbox call makes no statements", async () => {
    expect(
      (await statements(w.tess)).statements.some((s) => (s.actor as { mbox?: string }).mbox?.includes("tess")),
    ).toBe(false);
  });

  describe("who may download whose statements", () => {
    it("a learner gets their own only; asking for anyone else is not found, whether they exist or not", async () => {
      expect(mboxes(await statements(w.lee))).toEqual(new Set(["mailto:lee@example.com"]));
      expect(mboxes(await statements(w.lee, `?learner=${w.ids.lee}`))).toEqual(new Set(["mailto:lee@example.com"]));
      const kim = await w.lee.call("GET", `/api/xapi/statements?learner=${w.ids.kim}`);
      expect(kim.status).toBe(404);
      const refused = await errorOf(kim);
      expect(refused.code).toBe("learner_not_found");
      const nobody = await w.lee.call("GET", "/api/xapi/statements?learner=no-such-user");
      expect((await errorOf(nobody)).message).toBe(refused.message);
    });

    it("a trainer gets their team's learners, and another team's learner is not found", async () => {
      expect(mboxes(await statements(w.tess))).toEqual(new Set(["mailto:lee@example.com", "mailto:kim@example.com"]));
      expect(mboxes(await statements(w.tess, `?learner=${w.ids.kim}`))).toEqual(new Set(["mailto:kim@example.com"]));
      expect((await w.tess.call("GET", `/api/xapi/statements?learner=${w.ids.ray}`)).status).toBe(404);
      expect(mboxes(await statements(w.bo))).toEqual(new Set(["mailto:ray@example.com"]));
      expect((await w.bo.call("GET", `/api/xapi/statements?learner=${w.ids.lee}`)).status).toBe(404);
    });

    it("an admin gets everyone's, or one learner's; signed out gets nothing", async () => {
      expect(mboxes(await statements(w.admin))).toEqual(
        new Set(["mailto:lee@example.com", "mailto:kim@example.com", "mailto:ray@example.com"]),
      );
      expect(mboxes(await statements(w.admin, `?learner=${w.ids.ray}`))).toEqual(new Set(["mailto:ray@example.com"]));
      const anonymous = await w.parley.app.request("/api/xapi/statements");
      expect(anonymous.status).toBe(401);
    });
  });

  describe("date range and pages", () => {
    it("since is exclusive and until inclusive, on the statement's timestamp", async () => {
      const all = (await statements(w.admin)).statements;
      const first = all[0]?.timestamp ?? "";
      const fromFirst = await statements(w.admin, `?until=${encodeURIComponent(first)}`);
      expect(fromFirst.statements.length).toBeGreaterThan(0);
      expect(fromFirst.statements.every((statement) => statement.timestamp === first)).toBe(true);
      const after = await statements(w.admin, `?since=${encodeURIComponent(first)}`);
      expect(after.statements.length).toBe(all.length - fromFirst.statements.length);
      expect((await statements(w.admin, "?until=2000-01-01T00:00:00Z")).statements).toEqual([]);
      expect((await statements(w.lee, "?since=2999-01-01T00:00:00%2B02:00")).statements).toEqual([]);
    });

    it("pages with `more` until it is empty, missing nothing", async () => {
      const all = (await statements(w.admin)).statements.map((statement) => statement.id);
      const seen: string[] = [];
      let page = await statements(w.admin, "?limit=4");
      for (;;) {
        seen.push(...page.statements.map((statement) => statement.id));
        if (!page.more) break;
        expect(page.statements).toHaveLength(4);
        page = (await (await w.admin.call("GET", page.more)).json()) as StatementResult;
      }
      expect(seen).toEqual(all);
    });

    it("refuses a date that is not ISO 8601, naming the field", async () => {
      const response = await w.admin.call("GET", "/api/xapi/statements?since=last%20week");
      expect(response.status).toBe(400);
      expect((await errorOf(response)).details?.issues?.[0]?.field).toBe("since");
    });
  });

  it("a certification attempt says so, under its assignment, and reaches the LRS at once now it is up", async () => {
    const created = await w.tess.json<{ assignment: { id: string } }>("POST", "/api/assignments", {
      kind: "certification",
      title: "Retention certification",
      steps: [{ personaId: "cancel-after-outages" }],
      requiredScore: 3,
      attemptsAllowed: 1,
      dueAt: inDays(7),
      learnerIds: [w.ids.kim],
    });
    const { sessionId } = await w.kim.json<{ sessionId: string }>(
      "POST",
      `/api/assignments/${created.assignment.id}/attempts`,
      {},
    );
    await playAndEnd(w.kim, sessionId, GOOD);
    await w.parley.xapiFlush();
    const arrived = lrs.stored
      .map((entry) => entry.statement as unknown as Statement)
      .filter((statement) => statement.context.registration === sessionId);
    expect(arrived.map(verbOf)).toEqual(["attempted", "completed", "scored", "passed"]);
    for (const statement of arrived) {
      expect(statement.context.contextActivities?.parent).toEqual([
        {
          objectType: "Activity",
          id: `${HOME}/xapi/assignments/${created.assignment.id}`,
          definition: {
            name: { "en-US": "Retention certification" },
            type: "http://adlnet.gov/expapi/activities/course",
          },
        },
      ]);
      expect(statement.context.extensions?.[`${HOME}/xapi/extensions/certification`]).toBe(true);
      expect(statement.context.extensions?.[`${HOME}/xapi/extensions/mode`]).toBe("exam");
    }
  });

  it("the sweep records what a call is missing, with the same ids, and the LRS still holds each once", async () => {
    const { orm, tables } = w.parley.db;
    const before = (await statements(w.admin, `?learner=${w.ids.ray}`)).statements.map((statement) => statement.id);
    const stored = lrs.stored.length;
    await orm.delete(tables.xapiStatements).where(eq(tables.xapiStatements.sessionId, calls.ray ?? ""));
    expect((await statements(w.admin, `?learner=${w.ids.ray}`)).statements).toEqual([]);
    await w.parley.sweepProgramme();
    await w.parley.xapiFlush();
    const after = (await statements(w.admin, `?learner=${w.ids.ray}`)).statements.map((statement) => statement.id);
    expect(after).toEqual(before);
    expect(lrs.stored.length).toBe(stored);
  });
});
