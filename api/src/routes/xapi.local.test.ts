import { afterAll, beforeAll, expect, it } from "vitest";
import { GOOD } from "../testing/programme-fixtures";
import { readTurnEvents, startTestRuntime, type TestRuntime } from "../testing/test-runtime";
import type { StatementResult } from "../xapi/statement-types";
import { statementProblems } from "../xapi/validate-statement";

let parley: TestRuntime;
beforeAll(async () => {
  parley = await startTestRuntime({ PARLEY_XAPI_HOMEPAGE: "https://training.example.org/parley/" });
});
afterAll(() => parley.close());

it("in local mode, with no LRS configured, statements are kept for download with the learner as an account", async () => {
  const started = (await (
    await parley.json("POST", "/api/sessions", { personaId: "cancel-after-outages", mode: "exam" })
  ).json()) as { session: { id: string } };
  for (const text of GOOD)
    await readTurnEvents(await parley.json("POST", `/api/sessions/${started.session.id}/turns`, { text }));
  expect((await parley.json("POST", `/api/sessions/${started.session.id}/end`)).status).toBe(200);
  await parley.xapiFlush();
  const response = await parley.json("GET", "/api/xapi/statements?download=1");
  expect(response.headers.get("content-disposition")).toMatch(/attachment/);
  const result = (await response.json()) as StatementResult;
  expect(result.statements.length).toBeGreaterThanOrEqual(3);
  for (const statement of result.statements) {
    expect(statementProblems(statement)).toEqual([]);
    expect(statement.actor).toMatchObject({
      account: { homePage: "https://training.example.org/parley", name: "local" },
    });
  }
});

it("a call forked from a turn is a new attempt: its own registration, pointing at the call it came from", async () => {
  const started = (await (
    await parley.json("POST", "/api/sessions", { personaId: "cancel-after-outages", mode: "coach" })
  ).json()) as { session: { id: string } };
  await readTurnEvents(await parley.json("POST", `/api/sessions/${started.session.id}/turns`, { text: GOOD[0] }));
  const forked = await parley.json("POST", `/api/sessions/${started.session.id}/fork`, { fromTurn: 1 });
  expect(forked.status).toBe(201);
  const copy = ((await forked.json()) as { session: { id: string } }).session.id;
  await parley.xapiFlush();
  const result = (await (await parley.json("GET", "/api/xapi/statements")).json()) as StatementResult;
  const attempted = result.statements.find((statement) => statement.context.registration === copy);
  expect(attempted?.verb.id).toBe("http://adlnet.gov/expapi/verbs/attempted");
  expect(attempted?.context.extensions?.["https://training.example.org/parley/xapi/extensions/forked-from"]).toBe(
    started.session.id,
  );
});
