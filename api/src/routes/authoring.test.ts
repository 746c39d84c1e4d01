import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { MOVE_DESCRIPTIONS, REP_MOVES } from "../conversation/moves";
import { testPersona } from "../testing/fixtures";
import { startTestRuntime } from "../testing/test-runtime";

/** Issue 17, item 6: the editor's checks (references, moves, warnings), its reference, labels on scorecards. */
let parley: Awaited<ReturnType<typeof startTestRuntime>>;
beforeAll(async () => {
  parley = await startTestRuntime();
});
afterAll(() => parley.close());

const draft = (overrides: Record<string, unknown> = {}) =>
  stringify({ ...structuredClone(testPersona()), id: "hotel-guest", ...overrides });
type FileIssue = { line: number; field: string; message: string };
type Checked = { valid: boolean; issues: FileIssue[]; warnings: FileIssue[] };
const validate = async (source: string) =>
  (await (await parley.json("POST", "/api/personas/validate", { source })).json()) as Checked;

describe("authoring checks", () => {
  it("a persona naming a rubric that does not exist is an error listing the rubrics, not valid", async () => {
    const result = await validate(draft({ rubric: "hotel-recovery" }));
    expect(result.valid).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        field: "rubric",
        message:
          '"hotel-recovery" is not a rubric. The rubrics are: atencion-reclamaciones-es, discovery-call, hardship-support, policy-service, retention-call, service-recovery, stoerung-kundenservice-de.',
      }),
    ]);
    const saved = await parley.json("PUT", "/api/personas/hotel-guest", {
      source: draft({ rubric: "hotel-recovery" }),
    });
    expect(saved.status).toBe(400);
    expect(((await saved.json()) as { error: { code: string } }).error.code).toBe("invalid_persona");
    expect((await parley.json("GET", "/api/personas/hotel-guest")).status).toBe(404);
  });

  it("an unknown move is an error naming the nearest move and every move", async () => {
    const result = await validate(draft({ reacts: [{ to: "acknowledge_impact", mood: -1 }] }));
    expect(result.valid).toBe(false);
    expect(result.issues[0]?.message).toMatch(
      /^"acknowledge_impact" is not a move\. Did you mean "acknowledges_impact"\?/,
    );
    for (const move of REP_MOVES) expect(result.issues[0]?.message).toContain(move);
  });

  it("a persona with no good ending is valid with a warning", async () => {
    const result = await validate(draft({ ends_when: [], endings: {} }));
    expect(result).toMatchObject({ valid: true, issues: [] });
    expect(result.warnings).toEqual([
      expect.objectContaining({ field: "ends_when", message: expect.stringMatching(/^has no good ending/) }),
    ]);
  });

  it("lists what a file may refer to: moves with their meanings, cues, rubric ids; and the format docs", async () => {
    const reference = (await (await parley.json("GET", "/api/library/reference")).json()) as {
      moves: { id: string; meaning: string }[];
      cues: { id: string }[];
      rubrics: { id: string; name: string }[];
    };
    expect(reference.moves).toHaveLength(REP_MOVES.length);
    expect(reference.moves).toContainEqual({ id: "offers_remedy", meaning: MOVE_DESCRIPTIONS.offers_remedy });
    expect(reference.cues.map((cue) => cue.id)).toEqual(["nothing", "interrupts", "losing_patience", "farewell"]);
    expect(reference.rubrics.map((rubric) => rubric.id)).toEqual([
      "atencion-reclamaciones-es",
      "discovery-call",
      "hardship-support",
      "policy-service",
      "retention-call",
      "service-recovery",
      "stoerung-kundenservice-de",
    ]);
    const doc = (await (await parley.json("GET", "/api/library/docs/persona")).json()) as { text: string };
    expect(doc.text).toMatch(/ends_when/);
  });

  it("exports a version as a YAML file", async () => {
    const response = await parley.json("GET", "/api/personas/bill-went-up/export");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="bill-went-up.yaml"');
    expect(await response.text()).toMatch(/^id: bill-went-up$/m);
  });
});

describe("signal labels on the scorecard", () => {
  const rubricYaml = stringify({
    id: "counselling",
    name: "Counselling check-in",
    pass: { overall: 3 },
    criteria: [
      {
        id: "scaling",
        name: "Uses a scaling question",
        skill: "Checking understanding",
        scope: "conversation",
        anchors: { 1: "No scaling question.", 5: "Asks the client to rate how they feel." },
        signals: {
          good: { phrases: [{ pattern: "/\\bon a scale\\b|\\bout of (ten|10)\\b/", label: "asks for a rating" }] },
          bad: { phrases: ["/\\bjust cheer up\\b/"] },
        },
        checks: [{ must_not_include: [{ pattern: "/\\bcalm down\\b/", label: "tells the client to calm down" }] }],
        coaching: "Ask the client to put a number on it.",
      },
    ],
  });
  const transcript = [
    { role: "customer", text: "I've had a rough week." },
    { role: "rep", text: "On a scale of one to ten, how are you feeling? Just cheer up, and calm down a little." },
  ];

  it("shows the label, or the words a pattern matched, never the regex", async () => {
    const response = await parley.json("POST", "/api/grade", { transcript, rubricYaml });
    expect(response.status).toBe(200);
    const text = JSON.stringify(await response.json());
    expect(text).toContain("asks for a rating");
    expect(text).toContain("tells the client to calm down");
    expect(text).toContain('says \\"Just cheer up\\"');
    expect(text).not.toMatch(/on a scale\\\\b|cheer up\\\\b|calm down\\\\b/);
  });

  it("warns in the editor about a pattern with no label", async () => {
    const result = (await (
      await parley.json("POST", "/api/rubrics/validate", { source: rubricYaml })
    ).json()) as Checked;
    expect(result.valid).toBe(true);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        field: "criteria.0.signals.bad.phrases.0",
        message: expect.stringContaining("no label"),
      }),
    ]);
  });
});

describe("Test this rubric on a new situation", () => {
  it("plays scripts fitted to the persona and the rubric's exemplars, not telecom lines", async () => {
    const hotel = draft({
      id: "hotel-overbooked",
      name: "Priya Nair",
      opening: "You gave my room away. I booked it three months ago and it's midnight.",
    });
    expect((await parley.json("PUT", "/api/personas/hotel-overbooked", { source: hotel })).status).toBe(201);
    const exemplar = "I've booked you into our partner hotel two streets away tonight, and the taxi is on us.";
    const rubricYaml = stringify({
      id: "hotel-recovery",
      name: "Hotel service recovery",
      pass: { overall: 3 },
      criteria: [
        {
          id: "rebooks",
          name: "Finds the guest a room tonight",
          scope: "conversation",
          anchors: { 1: "Leaves the guest without a room.", 5: "Rebooks nearby and pays the transfer." },
          examples: [
            { score: 5, reply: exemplar, persona: "hotel-overbooked" },
            { score: 5, reply: "Your spa voucher is ready at the desk.", persona: "spa-guest" },
            { score: 1, reply: "There's nothing I can do, we're full." },
          ],
          signals: { good: { moves: ["offers_remedy"] }, bad: { moves: ["refuses_or_delays"] } },
          coaching: "Find them a bed tonight.",
        },
      ],
    });
    const response = await parley.json("POST", "/api/rubrics/hotel-recovery/test", {
      personaId: "hotel-overbooked",
      rubricYaml,
    });
    expect(response.status).toBe(200);
    const result = (await response.json()) as {
      scripts: unknown;
      strong: { transcript: { role: string; text: string }[] };
      weak: { transcript: { role: string; text: string }[] };
    };
    expect(result.scripts).toEqual({ kind: "fitted", exemplars: 2 });
    const said = (call: typeof result.strong) => call.transcript.filter((t) => t.role === "rep").map((t) => t.text);
    expect(said(result.strong)).toContain(exemplar);
    expect(said(result.strong).join(" ")).toContain('You said "You gave my room away."');
    expect(said(result.strong).join(" ")).not.toContain("spa voucher");
    expect(said(result.weak)).toContain("There's nothing I can do, we're full.");
    expect([...said(result.strong), ...said(result.weak)].join(" ")).not.toMatch(/credit|account|bundle|MRC/i);
  });
});

describe("the guided form (no model)", () => {
  const form = {
    id: "hotel-walked",
    customer: "Priya Nair",
    situation: "Arrives at midnight to find her prepaid room given to someone else",
    wants: "A room tonight, here, as booked.",
    hidden: "Would accept a partner hotel nearby if the taxi is paid.",
    impact: "I have a presentation at eight tomorrow and I've been travelling for fourteen hours.",
    opening: "You gave my room away? I paid for it three months ago.",
    goodEnding: "Fine. The partner hotel and the taxi paid. Thank you.",
    badEnding: "Forget it. I'm going to write about this.",
    policies: ["Walked guests get a partner hotel and a paid taxi."],
    rubric: "service-recovery",
  };

  it("drafts a valid persona the offline engine plays, saved only when the trainer saves it", async () => {
    const response = await parley.json("POST", "/api/library/persona-from-form", form);
    expect(response.status).toBe(200);
    const draftBody = (await response.json()) as { source: string; valid: boolean; warnings: unknown[] };
    expect(draftBody).toMatchObject({ valid: true, warnings: [] });
    expect((await parley.json("GET", "/api/personas/hotel-walked")).status).toBe(404);

    expect((await parley.json("PUT", "/api/personas/hotel-walked", { source: draftBody.source })).status).toBe(201);
    const started = await parley.json("POST", "/api/sessions", { personaId: "hotel-walked", mode: "exam" });
    const { session } = (await started.json()) as { session: { id: string } };
    const turn = await parley.json("POST", `/api/sessions/${session.id}/turns`, {
      text: "I'm so sorry. How has this affected your evening?",
    });
    expect(turn.status).toBe(200);
    const stream = await turn.text();
    expect(stream).toContain("presentation at eight tomorrow");
  });

  it("refuses a form with a missing answer, naming the field", async () => {
    const response = await parley.json("POST", "/api/library/persona-from-form", { ...form, wants: "" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain("wants");
  });
});
