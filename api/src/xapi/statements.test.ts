import { describe, expect, it } from "vitest";
import type { Scorecard, ScorecardCriterion } from "../grading/types";
import { type CallFacts, callStatements, isoDuration } from "./statements";
import { statementProblems } from "./validate-statement";
import { parleyIris, VERBS } from "./vocabulary";

// ADL's registry entries for the verbs Parley says (http://adlnet.gov/expapi/verbs/…).
const ADL_VERBS = ["attempted", "completed", "passed", "failed", "scored"].map(
  (name) => `http://adlnet.gov/expapi/verbs/${name}`,
);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO_DURATION = /^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;
const iris = parleyIris("https://parley.example.com/");
const START = Date.parse("2026-12-01T09:00:00Z");

const facts = (over: Partial<CallFacts> = {}): CallFacts => ({
  session: {
    id: "0b5c6c1e-4a8e-4c1f-9d0a-2f8b9a7c6d5e",
    personaId: "cancel-after-outages",
    personaVersion: 3,
    rubricId: "retention-call",
    rubricVersion: 2,
    mode: "exam",
    difficulty: "hard",
    engine: "offline",
    assignmentId: null,
    certification: false,
    forkedFrom: null,
    createdAt: START,
    endedAt: START + 252_500,
  },
  learner: { id: "u1", name: "Lee Learner", email: "lee@example.com" },
  persona: { name: "Dana Whitfield", summary: "Long-time customer calling to cancel" },
  rubric: { name: "Cancellation and retention call", scale: { min: 1, max: 5 } },
  assignment: null,
  ...over,
});

const criterion = (id: string, score: number | null, passed: boolean | null): ScorecardCriterion => ({
  id,
  name: `Criterion ${id}`,
  score,
  evidence: score === null ? [] : [{ turn: 2, quote: "three outages in a month is not acceptable" }],
  rationale: "matched anchor 4",
  flags: [],
  weight: 1,
  critical: id === "honors",
  passed,
  rubricVersion: 2,
});

const card = (overall: number | null, passed: boolean | null): Scorecard => ({
  overall,
  passed,
  threshold: 3.5,
  engine: "offline",
  model: null,
  rubric: { id: "retention-call", version: 2 },
  persona: { id: "cancel-after-outages", version: 3 },
  criteria: [criterion("acknowledge", 4, true), criterion("honors", overall === null ? null : 5, passed)],
  strengths: [],
  improvements: [],
  rewrites: [],
  instructionAttempts: [],
  reveal: null,
  unscored: 0,
  usage: { promptTokens: 0, completionTokens: 0, totalTokens: 0, calls: 0 } as unknown as Scorecard["usage"],
  createdAt: START + 260_000,
});

describe("callStatements", () => {
  it("makes valid xAPI 1.0.3 statements for every verb, with ADL verb ids and Parley's IRIs", () => {
    const made = [
      ...callStatements(facts(), null, iris),
      ...callStatements(facts(), card(4.2, true), iris),
      ...callStatements(facts(), card(2.1, false), iris),
    ];
    expect(new Set(made.map((entry) => entry.verb))).toEqual(
      new Set(["attempted", "completed", "scored", "passed", "failed"]),
    );
    for (const { statement } of made) {
      expect(statementProblems(statement)).toEqual([]);
      expect(ADL_VERBS).toContain(statement.verb.id);
      expect(statement.id).toMatch(UUID);
      expect(statement.context.registration).toBe(facts().session.id);
      expect(statement.object.id).toBe("https://parley.example.com/xapi/scenarios/cancel-after-outages/retention-call");
      expect(statement.object.definition?.name).toEqual({ "en-US": "Dana Whitfield" });
      expect(statement.context.contextActivities?.other?.[0]?.id).toBe(
        "https://parley.example.com/xapi/rubrics/retention-call",
      );
      for (const key of Object.keys(statement.context.extensions ?? {}))
        expect(key.startsWith("https://parley.example.com/xapi/extensions/")).toBe(true);
      if (statement.result?.duration) expect(statement.result.duration).toMatch(ISO_DURATION);
    }
  });

  it("scores with scaled, raw, min and max on the rubric's scale, and per-criterion results with evidence", () => {
    const made = callStatements(facts(), card(4.2, true), iris);
    expect(made.map((entry) => entry.verb)).toEqual(["attempted", "completed", "scored", "passed"]);
    const passed = made[3]?.statement;
    expect(passed?.result?.score).toEqual({ scaled: 0.8, raw: 4.2, min: 1, max: 5 });
    expect(passed?.result?.success).toBe(true);
    expect(passed?.result?.completion).toBe(true);
    expect(passed?.result?.duration).toBe("PT4M12.5S");
    const criteria = passed?.result?.extensions?.[iris.extensions.criteria] as { id: string; evidence: unknown[] }[];
    expect(criteria.map((entry) => entry.id)).toEqual(["acknowledge", "honors"]);
    expect(criteria[0]?.evidence).toEqual([{ turn: 2, quote: "three outages in a month is not acceptable" }]);
    expect(passed?.context.extensions?.[iris.extensions.rubricVersion]).toBe(2);
    expect(passed?.context.extensions?.[iris.extensions.personaVersion]).toBe(3);
    expect(made[1]?.statement.result?.score).toBeUndefined();
  });

  it("gives the same ids when made again (so re-sending is idempotent) and different ids per verb and call", () => {
    const first = callStatements(facts(), card(4.2, true), iris).map((entry) => entry.statement.id);
    const again = callStatements(facts(), card(4.2, true), iris).map((entry) => entry.statement.id);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    const other = facts({ session: { ...facts().session, id: "9f1f2a3b-0000-4000-8000-000000000001" } });
    expect(callStatements(other, null, iris)[0]?.statement.id).not.toBe(first[0]);
  });

  it("makes the same attempted statement before and after grading (the model is known only once graded)", () => {
    const graded = { ...card(4.2, true), engine: "model" as const, model: "judge-1" };
    const [before] = callStatements(facts(), null, iris);
    const [after, completed] = callStatements(facts(), graded, iris);
    expect(after).toEqual(before);
    expect(completed?.statement.context.extensions?.[iris.extensions.model]).toBe("judge-1");
  });

  it("makes no scored or passed/failed statement when the scorecard could not decide them", () => {
    expect(callStatements(facts(), card(null, null), iris).map((entry) => entry.verb)).toEqual([
      "attempted",
      "completed",
    ]);
  });

  it("names the learner by mbox with accounts, by an account on the configured homePage in local mode", () => {
    const [byMail] = callStatements(facts(), null, iris);
    expect(byMail?.statement.actor).toEqual({
      objectType: "Agent",
      name: "Lee Learner",
      mbox: "mailto:lee@example.com",
    });
    const [local] = callStatements(facts({ learner: { id: "local", name: "You", email: null } }), null, iris);
    expect(local?.statement.actor).toEqual({
      objectType: "Agent",
      name: "You",
      account: { homePage: "https://parley.example.com", name: "local" },
    });
    expect(statementProblems(local?.statement)).toEqual([]);
  });

  it("puts a certification attempt under its assignment", () => {
    const certification = facts({
      session: { ...facts().session, assignmentId: "a1", certification: true },
      assignment: { id: "a1", title: "Retention certification" },
    });
    const [attempted] = callStatements(certification, null, iris);
    expect(attempted?.statement.context.contextActivities?.parent).toEqual([
      {
        objectType: "Activity",
        id: "https://parley.example.com/xapi/assignments/a1",
        definition: {
          name: { "en-US": "Retention certification" },
          type: "http://adlnet.gov/expapi/activities/course",
        },
      },
    ]);
    expect(attempted?.statement.context.extensions?.[iris.extensions.certification]).toBe(true);
  });

  it("keeps raw inside the scale and scaled inside [0, 1]", () => {
    const [, , scored] = callStatements(facts(), card(7, true), iris);
    expect(scored?.statement.result?.score).toEqual({ scaled: 1, raw: 5, min: 1, max: 5 });
  });
});

describe("the validator the tests rely on catches broken statements", () => {
  const good = callStatements(facts(), card(4.2, true), iris)[3]?.statement;
  it.each([
    ["a statement id that is not a UUID", { id: "statement-1" }, "statement.id"],
    ["an mbox without mailto:", { actor: { objectType: "Agent", mbox: "lee@example.com" } }, "statement.actor.mbox"],
    ["a verb id that is not an IRI", { verb: { id: "passed", display: { "en-US": "passed" } } }, "statement.verb.id"],
    ["scaled above 1", { result: { score: { scaled: 1.5, raw: 4, min: 1, max: 5 } } }, "statement.result.score.scaled"],
    ["raw above max", { result: { score: { scaled: 0.5, raw: 9, min: 1, max: 5 } } }, "statement.result.score"],
    ["a duration that is not ISO 8601", { result: { duration: "4 minutes" } }, "statement.result.duration"],
    ["a timestamp that is not ISO 8601", { timestamp: "yesterday" }, "statement.timestamp"],
    ["a registration that is not a UUID", { context: { registration: "call-1" } }, "statement.context.registration"],
  ])("%s", (_, change, path) => {
    const problems = statementProblems({ ...good, ...change });
    expect(problems.some((problem) => problem.startsWith(path))).toBe(true);
  });
  it("and a statement without an actor, a verb or an object", () => {
    const { actor: _a, verb: _v, object: _o, ...rest } = good ?? ({} as Record<string, unknown>);
    expect(statementProblems(rest).join("\n")).toMatch(/actor[\s\S]*verb|verb[\s\S]*actor/);
  });
});

describe("isoDuration", () => {
  it.each([
    [0, "PT0S"],
    [1_500, "PT1.5S"],
    [252_500, "PT4M12.5S"],
    [3_600_000, "PT1H"],
    [3_723_010, "PT1H2M3.01S"],
  ])("%i ms is %s", (ms, text) => expect(isoDuration(ms)).toBe(text));
});

it("uses ADL's verb ids", () => expect(Object.values(VERBS).sort()).toEqual([...ADL_VERBS].sort()));
