import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDialect } from "../testing/databases";
import { startProgrammeWorld, type ProgrammeWorld } from "../testing/programme-fixtures";
import { errorOf } from "../testing/signed-in-client";

let w: ProgrammeWorld;
const namesOf = async (client: ProgrammeWorld["tess"]) => {
  const response = await client.call("GET", "/api/team/learners");
  expect(response.status).toBe(200);
  return ((await response.json()) as { learners: { name: string }[] }).learners.map((learner) => learner.name);
};

// Nobody here has a scored call: the summary knows no learner, this list knows them all.
describeEachDialect("GET /api/team/learners", (dialect) => {
  beforeAll(async () => {
    w = await startProgrammeWorld({}, undefined, dialect);
  }, 60_000);
  afterAll(() => w.parley.close());

  it("gives a trainer every learner of their own team, scored calls or not, and no one else", async () => {
    expect(await namesOf(w.tess)).toEqual(["Kim Learner", "Lee Learner"]);
    expect(await namesOf(w.bo)).toEqual(["Ray Rival"]);
    const summary = (await (await w.tess.call("GET", "/api/team/summary")).json()) as { learners: unknown[] };
    expect(summary.learners).toEqual([]);
  });

  it("gives an admin every learner; refuses learners", async () => {
    expect(await namesOf(w.admin)).toEqual(["Kim Learner", "Lee Learner", "Ray Rival"]);
    const refused = await w.lee.call("GET", "/api/team/learners");
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe("forbidden");
  });
});
