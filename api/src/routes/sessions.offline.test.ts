import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Scorecard } from "../grading/types";
import type { TurnEvent } from "../practice/turn-events";
import { readTurnEvents, startTestRuntime } from "../testing/test-runtime";

type Runtime = Awaited<ReturnType<typeof startTestRuntime>>;
let parley: Runtime;

beforeAll(async () => {
  parley = await startTestRuntime();
});
afterAll(() => parley.close());

const GOOD_REP = [
  "Hi Dana, thanks for calling, I'm Sam. I'm really sorry — three outages in a month is not acceptable, and losing a client call because of us sounds awful.",
  "How have the outages affected your work this month?",
  "That makes sense, I understand why you're done with us. Working from home, you need a line you can trust.",
  "I can put a full month's credit on your account and send a technician out this week to fix the line properly. Would that help?",
  "Thursday morning works. I'll email you the confirmation today.",
  "Thank you for giving us another chance.",
  "Is there anything else I can help with?",
  "Have a good day, Dana.",
];

const BAD_REP = [
  "Okay. Before you go, have you heard about our new bundle deal? It's a great upgrade.",
  "Ma'am, please calm down.",
  "I can't cancel that today, it's policy. You'll need to call the retentions team.",
  "Let me transfer you to another department.",
  "There's nothing I can do about the outages.",
  "You should have restarted the router.",
  "Our special offer is only this week.",
  "I'm unable to process that.",
];

async function startCall(body: Record<string, unknown> = {}) {
  const response = await parley.json("POST", "/api/sessions", {
    personaId: "cancel-after-outages",
    rubricId: "retention-call",
    mode: "coach",
    difficulty: "medium",
    ...body,
  });
  expect(response.status).toBe(201);
  return (await response.json()) as {
    session: { id: string; personaVersion: number; rubricVersion: number };
    turns: { text: string }[];
  };
}

async function say(sessionId: string, text: string): Promise<TurnEvent[]> {
  const response = await parley.json("POST", `/api/sessions/${sessionId}/turns`, { text });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  return readTurnEvents(response);
}

async function playCall(lines: string[]) {
  const { session } = await startCall();
  const personaEvents: Extract<TurnEvent, { type: "persona" }>[] = [];
  for (const line of lines) {
    const events = await say(session.id, line);
    const persona = events.find((event) => event.type === "persona");
    if (persona?.type === "persona") personaEvents.push(persona);
    if (persona?.type === "persona" && persona.ended) break;
  }
  const ended = await parley.json("POST", `/api/sessions/${session.id}/end`);
  expect(ended.status).toBe(200);
  const { scorecard } = (await ended.json()) as { scorecard: Scorecard };
  return { session, personaEvents, scorecard };
}

describe("a practice call on the offline engine", () => {
  it("opens with the persona's line and records the exact versions used", async () => {
    const { session, turns } = await startCall();
    expect(turns).toHaveLength(1);
    expect(turns[0]?.text).toMatch(/cancel/i);
    expect(session.personaVersion).toBe(1);
    expect(session.rubricVersion).toBe(1);
  });

  it("grades on the persona's own rubric unless told otherwise", async () => {
    const response = await parley.json("POST", "/api/sessions", { personaId: "bill-went-up" });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { session: { rubricId: string; mode: string } }).session).toMatchObject({
      rubricId: "service-recovery",
      mode: "coach",
    });
  });

  it("lists past sessions newest first with their scorecard summary", async () => {
    const { session } = await playCall(GOOD_REP.slice(0, 2));
    const { items } = (await (await parley.json("GET", "/api/sessions")).json()) as {
      items: { id: string; scorecard: { overall: number; criteria: { id: string; score: number | null }[] } | null }[];
    };
    expect(items[0]?.id).toBe(session.id);
    expect(items[0]?.scorecard?.criteria.length).toBeGreaterThan(0);
  });

  it("streams the reply: rep turn, deltas, then the persona's state, then coaching", async () => {
    const { session } = await startCall();
    const events = await say(session.id, GOOD_REP[0] ?? "");
    expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(["rep", "delta", "persona", "feedback"]));
    const types = events.map((event) => event.type);
    expect(types.indexOf("rep")).toBeLessThan(types.indexOf("delta"));
    expect(types.lastIndexOf("delta")).toBeLessThan(types.indexOf("persona"));
    const persona = events.find((event) => event.type === "persona");
    const deltas = events.flatMap((event) => (event.type === "delta" ? [event.text] : [])).join("");
    if (persona?.type !== "persona") throw new Error("no persona event");
    expect(persona.turn.text).toBe(deltas.trim());
    expect(persona).toMatchObject({ engine: "offline", model: null, ended: false });
    expect(persona.moves).toContain("acknowledges_impact");
    const feedback = events.find((event) => event.type === "feedback");
    if (feedback?.type !== "feedback") throw new Error("no feedback event");
    expect(feedback.feedback.turn).toBe(1);
    expect(feedback.feedback.tip.length).toBeGreaterThan(0);
  });

  it("feels different for a good rep and a bad rep: mood, ending and score", async () => {
    const good = await playCall(GOOD_REP);
    const bad = await playCall(BAD_REP);
    const lastMood = (events: typeof good.personaEvents) => events.at(-1)?.mood ?? Number.NaN;
    expect(lastMood(good.personaEvents)).toBeLessThan(lastMood(bad.personaEvents));
    expect(good.personaEvents.at(-1)?.outcome).toBe("offer_accepted");
    expect(bad.personaEvents.at(-1)?.outcome).toBe("hung_up");
    const goodLines = good.personaEvents.map((event) => event.turn.text);
    const badLines = bad.personaEvents.map((event) => event.turn.text);
    expect(goodLines.filter((line) => badLines.includes(line))).toEqual([]);
    expect(good.scorecard.overall ?? 0).toBeGreaterThan(bad.scorecard.overall ?? 0);
    expect(bad.scorecard.passed).toBe(false);
    const route = good.scorecard.reveal?.routes.find((candidate) => candidate.outcome === "offer_accepted");
    expect(good.scorecard.reveal?.hidden).toMatch(/credit/);
    expect(route?.uncovered).toBe(true);
    expect(route?.conditions.find((condition) => condition.move === "asks_about_impact")?.metAtTurn).toBe(3);
    expect(bad.scorecard.reveal?.routes.find((candidate) => candidate.outcome === "offer_accepted")?.uncovered).toBe(
      false,
    );
    const critical = bad.scorecard.criteria.find((criterion) => criterion.critical);
    expect(critical?.passed).toBe(false);
    expect(critical?.evidence.length).toBeGreaterThan(0);
  });

  it("holds a call that goes nowhere for 8+ turns without repeating itself, then runs out of patience", async () => {
    const { session } = await startCall({ difficulty: "easy" });
    const neutral = [
      "Can I have your account number?",
      "Let me look into that.",
      "One moment please.",
      "Okay, I see your account here.",
    ];
    const lines: string[] = [];
    let outcome: string | null = null;
    for (let i = 0; i < 20 && outcome === null; i++) {
      const persona = (await say(session.id, neutral[i % neutral.length] ?? "")).find(
        (event) => event.type === "persona",
      );
      if (persona?.type !== "persona") throw new Error("no persona event");
      lines.push(persona.turn.text);
      outcome = persona.outcome;
    }
    expect(lines.length).toBeGreaterThanOrEqual(8);
    expect(new Set(lines.slice(0, 8)).size).toBe(8);
    expect(outcome).toBe("hung_up");
  });

  it("returns the session with transcript, feedback and scorecard", async () => {
    const { session } = await playCall(GOOD_REP.slice(0, 2));
    const response = await parley.json("GET", `/api/sessions/${session.id}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      turns: unknown[];
      feedback: unknown[];
      scorecard: Scorecard | null;
      session: { status: string };
    };
    expect(body.turns).toHaveLength(5);
    expect(body.feedback).toHaveLength(2);
    expect(body.session.status).toBe("ended");
    expect(body.scorecard?.rubric).toEqual({ id: "retention-call", version: 1 });
    expect(body.scorecard?.engine).toBe("offline");
  });

  it("forks a call from a rep turn so the learner can retry that moment", async () => {
    const { session } = await startCall();
    await say(session.id, BAD_REP[0] ?? "");
    await say(session.id, BAD_REP[1] ?? "");
    const response = await parley.json("POST", `/api/sessions/${session.id}/fork`, { fromTurn: 3 });
    expect(response.status).toBe(201);
    const fork = (await response.json()) as { session: { id: string; forkedFrom: string }; turns: { index: number }[] };
    expect(fork.session.forkedFrom).toBe(session.id);
    expect(fork.turns.map((turn) => turn.index)).toEqual([0, 1, 2]);
    const retry = (await say(fork.session.id, GOOD_REP[0] ?? "")).find((event) => event.type === "persona");
    expect(retry?.type === "persona" && retry.turn.index).toBe(4);
    const bad = await parley.json("POST", `/api/sessions/${session.id}/fork`, { fromTurn: 2 });
    expect(bad.status).toBe(400);
  });
});

describe("bad input gets a clear error", () => {
  const errorOf = async (response: Response) =>
    ((await response.json()) as { error: { code: string; message: string } }).error;

  it.each([
    ["an unknown persona", { personaId: "nobody", rubricId: "retention-call" }, 404, "persona_not_found"],
    ["an unknown rubric", { personaId: "cancel-after-outages", rubricId: "nope" }, 404, "rubric_not_found"],
    [
      "a bad mode",
      { personaId: "cancel-after-outages", rubricId: "retention-call", mode: "karaoke" },
      400,
      "invalid_request",
    ],
    [
      "an unknown field",
      { personaId: "cancel-after-outages", rubricId: "retention-call", admin: true },
      400,
      "invalid_request",
    ],
  ])("starting a session with %s", async (_label, body, status, code) => {
    const response = await parley.json("POST", "/api/sessions", body);
    expect(response.status).toBe(status);
    expect((await errorOf(response)).code).toBe(code);
  });

  it("malformed JSON", async () => {
    const response = await parley.app.request("/api/sessions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{oops",
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe("invalid_json");
  });

  it("an unknown session", async () => {
    const response = await parley.json("POST", "/api/sessions/6f1c7f44-34a4-4c47-9a2e-8f8e5d0d7c11/turns", {
      text: "hello",
    });
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe("session_not_found");
  });

  it("an empty or oversized turn, without storing it", async () => {
    const { session } = await startCall();
    const empty = await parley.json("POST", `/api/sessions/${session.id}/turns`, { text: "   " });
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).code).toBe("empty_turn");
    const huge = await parley.json("POST", `/api/sessions/${session.id}/turns`, { text: "word ".repeat(2000) });
    expect(huge.status).toBe(413);
    expect((await errorOf(huge)).message).toMatch(/4000 characters/);
    const stored = (await (await parley.json("GET", `/api/sessions/${session.id}`)).json()) as { turns: unknown[] };
    expect(stored.turns).toHaveLength(1);
  });

  it("a turn posted to an ended call", async () => {
    const { session } = await startCall();
    await say(session.id, "Hi, I'm Sam.");
    expect((await parley.json("POST", `/api/sessions/${session.id}/end`)).status).toBe(200);
    const response = await parley.json("POST", `/api/sessions/${session.id}/turns`, { text: "Hello?" });
    expect(response.status).toBe(409);
    expect((await errorOf(response)).code).toBe("session_ended");
  });

  it("an unknown route", async () => {
    const response = await parley.json("GET", "/api/nothing-here");
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe("not_found");
  });
});
