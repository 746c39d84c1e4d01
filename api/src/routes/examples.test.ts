import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDialect } from "../testing/databases";
import {
  BAD,
  GOOD,
  playAndEnd,
  type ProgrammeWorld,
  startProgrammeWorld,
  WRITTEN_EXAMPLE,
} from "../testing/programme-fixtures";
import { anonymous, type Client, errorOf } from "../testing/signed-in-client";
import { startTestRuntime, type TestRuntime } from "../testing/test-runtime";

interface Summary {
  id: string;
  quality: string;
  source: string;
  personaId: string;
  passed: boolean;
  editable: boolean;
  criterion: { id: string; score: number } | null;
}
interface Detail extends Summary {
  title: string;
  teamId: string | null;
  turns: { index: number; role: string; text: string; note: string | null }[];
  scorecard: { overall: number; passed: boolean; criteria: { id: string; score: number }[] };
}

const list = async (client: Client, query = "") =>
  (await client.json<{ examples: Summary[] }>("GET", `/api/examples${query}`)).examples;
const detail = async (response: Response) => ((await response.json()) as { example: Detail }).example;

async function graded(client: Client, lines: string[]) {
  const started = await client.json<{ session: { id: string } }>("POST", "/api/sessions", {
    personaId: "cancel-after-outages",
    mode: "exam",
  });
  await playAndEnd(client, started.session.id, lines);
  return started.session.id;
}

describeEachDialect("examples library", (dialect) => {
  let w: ProgrammeWorld;
  let leeCall: string;
  let rayCall: string;

  beforeAll(async () => {
    w = await startProgrammeWorld({}, undefined, dialect);
    // Lee says his own name: marking the call must not carry it to other learners.
    leeCall = await graded(w.lee, [
      "Hi Dana, I'm Lee Learner. Before you go, have you heard about our bundle?",
      ...BAD,
    ]);
    rayCall = await graded(w.ray, GOOD);
  }, 120_000);
  afterAll(() => w?.parley.close());

  it("serves the shipped library to a learner, each graded as labelled, filtered by scenario, criterion and quality", async () => {
    const all = await list(w.lee);
    const shipped = all.filter((example) => example.source === "shipped");
    expect(shipped.length).toBeGreaterThanOrEqual(48);
    for (const example of shipped) expect(example.passed).toBe(example.quality === "good");
    const dana = await list(w.lee, "?scenario=cancel-after-outages&quality=poor");
    expect(dana.map((example) => example.id)).toEqual(["shipped-cancel-after-outages-poor"]);
    const byCriterion = await list(w.lee, "?criterion=plain-language");
    expect(byCriterion.length).toBeGreaterThan(0);
    expect(byCriterion.every((example) => example.criterion?.id === "plain-language")).toBe(true);
    const one = await detail(await w.lee.call("GET", "/api/examples/shipped-bill-went-up-good"));
    expect(one.turns.filter((turn) => turn.note !== null).length).toBeGreaterThan(0);
    expect(one.scorecard.passed).toBe(true);
    expect((await w.lee.call("GET", "/api/examples?quality=great")).status).toBe(400);
    expect((await anonymous(w.parley).call("GET", "/api/examples")).status).toBe(401);
  });

  it("refuses a learner who marks, writes, changes or deletes an example", async () => {
    const mark = await w.lee.call("POST", "/api/examples", { sessionId: leeCall, title: "mine", quality: "good" });
    expect(mark.status).toBe(403);
    expect((await w.lee.call("POST", "/api/examples", WRITTEN_EXAMPLE)).status).toBe(403);
    const shippedPatch = await w.tess.call("PATCH", "/api/examples/shipped-bill-went-up-good", { title: "x" });
    expect(shippedPatch.status).toBe(403);
    expect((await errorOf(shippedPatch)).code).toBe("example_read_only");
    expect((await w.admin.call("DELETE", "/api/examples/shipped-bill-went-up-good")).status).toBe(403);
  });

  it("lets a trainer mark their learner's graded call: a copy, anonymised, seen by their team only", async () => {
    const bo = await w.bo.call("POST", "/api/examples", { sessionId: leeCall, title: "x", quality: "poor" });
    expect(bo.status).toBe(404); // another team's call is not Bo's to see
    const badNote = await w.tess.call("POST", "/api/examples", {
      sessionId: leeCall,
      title: "x",
      quality: "poor",
      notes: [{ turnIndex: 999, note: "no such turn" }],
    });
    expect(badNote.status).toBe(404);
    const created = await w.tess.call("POST", "/api/examples", {
      sessionId: leeCall,
      title: "Pitching to a customer who is leaving",
      quality: "poor",
      notes: [{ turnIndex: 1, note: "A pitch before any acknowledgement." }],
    });
    expect(created.status).toBe(201);
    const example = await detail(created);
    expect(example).toMatchObject({ source: "call", quality: "poor", teamId: w.teamA, editable: true });
    expect(example.turns[1]).toMatchObject({ role: "rep", note: "A pitch before any acknowledgement." });
    expect(JSON.stringify(example)).not.toMatch(/Lee|lee@example/);
    expect(example.turns[1]?.text).toContain("[name]");
    expect(JSON.stringify(example)).not.toContain(w.ids.lee);

    // The call's own rows going away leaves the example whole.
    const { orm, tables } = w.parley.db;
    await orm.delete(tables.turns).where(eq(tables.turns.sessionId, leeCall));
    const again = await detail(await w.kim.call("GET", `/api/examples/${example.id}`));
    expect(again.turns).toEqual(example.turns);
    expect(again.scorecard.overall).toBe(example.scorecard.overall);

    expect((await list(w.kim)).map((e) => e.id)).toContain(example.id);
    expect((await list(w.ray)).map((e) => e.id)).not.toContain(example.id);
    expect((await w.ray.call("GET", `/api/examples/${example.id}`)).status).toBe(404);
    expect((await w.bo.call("PATCH", `/api/examples/${example.id}`, { title: "mine now" })).status).toBe(404);
    expect((await w.bo.call("DELETE", `/api/examples/${example.id}`)).status).toBe(404);
    expect((await w.kim.call("PATCH", `/api/examples/${example.id}`, { title: "mine now" })).status).toBe(403);

    const patched = await w.tess.call("PATCH", `/api/examples/${example.id}`, {
      notes: [
        { turnIndex: 1, note: null },
        { turnIndex: 2, note: "What the pitch did to her." },
      ],
    });
    expect(patched.status).toBe(200);
    const notes = (await detail(patched)).turns.map((turn) => turn.note);
    expect(notes[1]).toBeNull();
    expect(notes[2]).toBe("What the pitch did to her.");
    expect((await w.tess.call("DELETE", `/api/examples/${example.id}`)).status).toBe(204);
    expect((await w.kim.call("GET", `/api/examples/${example.id}`)).status).toBe(404);
  });

  it("grades a written example on save, for the trainer's team; an admin's of no team is everyone's", async () => {
    const invalid = await w.tess.call("POST", "/api/examples", {
      ...WRITTEN_EXAMPLE,
      turns: [{ role: "boss", text: "hi" }],
    });
    expect(invalid.status).toBe(400);
    const noRep = await w.tess.call("POST", "/api/examples", {
      ...WRITTEN_EXAMPLE,
      turns: [WRITTEN_EXAMPLE.turns[0], WRITTEN_EXAMPLE.turns[0]],
    });
    expect((await errorOf(noRep)).code).toBe("invalid_example");
    const otherTeam = await w.tess.call("POST", "/api/examples", { ...WRITTEN_EXAMPLE, teamId: w.teamB });
    expect(otherTeam.status).toBe(403);
    const written = await detail(await w.tess.call("POST", "/api/examples", WRITTEN_EXAMPLE));
    expect(written).toMatchObject({ source: "written", rubricId: "service-recovery", teamId: w.teamA });
    expect(written.scorecard.criteria.length).toBeGreaterThan(0);
    expect(typeof written.scorecard.overall).toBe("number");
    expect(written.turns[1]?.note).toBe("Plain words.");
    expect((await list(w.ray)).map((e) => e.id)).not.toContain(written.id);

    const forAll = await detail(await w.admin.call("POST", "/api/examples", { ...WRITTEN_EXAMPLE, teamId: null }));
    expect(forAll.teamId).toBeNull();
    expect((await list(w.ray)).map((e) => e.id)).toContain(forAll.id);
    // No team's trainer changes an example of no team; the admin does.
    expect((await w.bo.call("PATCH", `/api/examples/${forAll.id}`, { title: "ours" })).status).toBe(403);
    expect((await w.admin.call("PATCH", `/api/examples/${forAll.id}`, { quality: "poor" })).status).toBe(200);
    // The admin may mark any team's call.
    const marked = await w.admin.call("POST", "/api/examples", {
      sessionId: rayCall,
      title: "Dana stays",
      quality: "good",
    });
    const markedExample = await detail(marked);
    expect(markedExample.teamId).toBe(w.teamB);
    expect((await list(w.lee)).map((e) => e.id)).not.toContain(markedExample.id);
  });

  it("says per caller whether they may edit it; names the field of a bad written turn and keeps nothing", async () => {
    const written = await detail(
      await w.tess.call("POST", "/api/examples", { ...WRITTEN_EXAMPLE, title: "Editable?" }),
    );
    expect(written.editable).toBe(true);
    expect((await detail(await w.kim.call("GET", `/api/examples/${written.id}`))).editable).toBe(false);
    const seenByAdmin = (await list(w.admin)).find((e) => e.id === written.id);
    expect(seenByAdmin?.editable).toBe(true);
    expect((await list(w.kim)).find((e) => e.id === written.id)?.editable).toBe(false);
    expect((await detail(await w.admin.call("GET", "/api/examples/shipped-bill-went-up-good"))).editable).toBe(false);
    const forAll = await detail(await w.admin.call("POST", "/api/examples", { ...WRITTEN_EXAMPLE, teamId: null }));
    expect((await detail(await w.bo.call("GET", `/api/examples/${forAll.id}`))).editable).toBe(false);
    // A trainer of another team can neither see nor change it; a learner of the team can see, not change.
    expect((await w.bo.call("PATCH", `/api/examples/${written.id}`, { notes: [] })).status).toBe(404);
    expect((await w.lee.call("PATCH", `/api/examples/${written.id}`, { summary: "mine" })).status).toBe(403);

    const before = (await list(w.tess)).length;
    const blank = await w.tess.call("POST", "/api/examples", {
      ...WRITTEN_EXAMPLE,
      title: " ",
      turns: [WRITTEN_EXAMPLE.turns[0], { role: "rep", text: "  " }],
    });
    expect(blank.status).toBe(400);
    const fields = ((await errorOf(blank)).details?.issues ?? []).map((issue) => issue.field);
    expect(fields).toEqual(expect.arrayContaining(["title", "turns.1.text"]));
    expect((await list(w.tess)).length).toBe(before);
  });
});

describe("examples library in local mode", () => {
  let parley: TestRuntime;
  beforeAll(async () => {
    parley = await startTestRuntime();
  });
  afterAll(() => parley?.close());

  it("lets the one user mark their own call and write one, of no team", async () => {
    const started = (await (
      await parley.json("POST", "/api/sessions", { personaId: "cancel-after-outages", mode: "exam" })
    ).json()) as { session: { id: string } };
    for (const text of GOOD)
      await (await parley.json("POST", `/api/sessions/${started.session.id}/turns`, { text })).text();
    expect((await parley.json("POST", `/api/sessions/${started.session.id}/end`)).status).toBe(200);
    const marked = await parley.json("POST", "/api/examples", {
      sessionId: started.session.id,
      title: "My good call",
      quality: "good",
    });
    expect(marked.status).toBe(201);
    const example = (await marked.json()) as { example: { id: string; teamId: null } };
    expect(example.example.teamId).toBeNull();
    const listed = (await (await parley.json("GET", "/api/examples?scenario=cancel-after-outages")).json()) as {
      examples: { id: string }[];
    };
    expect(listed.examples.map((e) => e.id)).toContain(example.example.id);
    expect((await parley.json("DELETE", `/api/examples/${example.example.id}`)).status).toBe(204);
  });
});
