import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf } from "../testing/signed-in-client";
import { GOOD, inDays } from "../testing/programme-fixtures";
import { readTurnEvents, startTestRuntime, type TestRuntime } from "../testing/test-runtime";

let parley: TestRuntime;
beforeAll(async () => {
  parley = await startTestRuntime();
});
afterAll(() => parley.close());

describe("assignments in local mode: a practice plan for the one local user", () => {
  it("assigns to oneself whatever learners are named, and the plan's status follows one's calls", async () => {
    const choices = await (await parley.json("GET", "/api/assignments/assignees")).json();
    expect(choices).toMatchObject({ mode: "local", learners: [{ name: expect.any(String) }] });
    const created = await parley.json("POST", "/api/assignments", {
      kind: "practice",
      steps: [{ personaId: "cancel-after-outages" }],
      requiredScore: 3,
      attemptsAllowed: 3,
      dueAt: inDays(3),
      learnerIds: ["someone-else"],
    });
    expect(created.status).toBe(201);
    const { assignment, learners } = (await created.json()) as { assignment: { id: string }; learners: number };
    expect(learners).toBe(1);
    const started = await parley.json("POST", `/api/assignments/${assignment.id}/attempts`, {});
    const { sessionId } = (await started.json()) as { sessionId: string };
    for (const text of GOOD)
      await readTurnEvents(await parley.json("POST", `/api/sessions/${sessionId}/turns`, { text }));
    expect((await parley.json("POST", `/api/sessions/${sessionId}/end`)).status).toBe(200);
    const mine = (await (await parley.json("GET", "/api/assignments")).json()) as {
      items: { learners: { progress: { status: string } }[] }[];
    };
    expect(mine.items[0]?.learners[0]?.progress.status).toBe("passed");
  });

  it("an unknown assignment is a coded 404", async () => {
    const response = await parley.json("GET", "/api/assignments/00000000-0000-4000-8000-000000000000");
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe("assignment_not_found");
  });
});
