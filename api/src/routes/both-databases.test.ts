import { afterAll, beforeAll, expect, it } from "vitest";
import type { Scorecard } from "../grading/types";
import type { TurnEvent } from "../practice/turn-events";
import { describeEachDialect } from "../testing/databases";
import { readTurnEvents, startTestRuntimeOn, type TestRuntime } from "../testing/test-runtime";

// Whole calls through HTTP on each database: what a rep does, end to end, on SQLite and PostgreSQL.

const LINES = [
  "Hi Dana, thanks for calling, I'm Sam. I'm really sorry — three outages in a month is not acceptable.",
  "How have the outages affected your work this month?",
  "I can put a full month's credit on your account and send a technician out this week. Would that help?",
];

describeEachDialect("an offline call over HTTP", (dialect) => {
  let parley: TestRuntime;
  beforeAll(async () => {
    parley = await startTestRuntimeOn(dialect);
  });
  afterAll(() => parley.close());

  const start = async () => {
    const response = await parley.json("POST", "/api/sessions", {
      personaId: "cancel-after-outages",
      rubricId: "retention-call",
      mode: "coach",
      difficulty: "medium",
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { session: { id: string } }).session.id;
  };
  const say = async (id: string, text: string) => {
    const response = await parley.json("POST", `/api/sessions/${id}/turns`, { text });
    expect(response.status).toBe(200);
    return readTurnEvents(response);
  };

  it("starts, takes turns with feedback, ends with a scorecard, and lists it in history", async () => {
    const id = await start();
    for (const line of LINES) {
      const events = await say(id, line);
      expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(["rep", "persona", "feedback"]));
      if (events.some((event) => event.type === "persona" && event.ended)) break;
    }
    const ended = await parley.json("POST", `/api/sessions/${id}/end`);
    expect(ended.status).toBe(200);
    const { scorecard } = (await ended.json()) as { scorecard: Scorecard };
    expect(scorecard.criteria.length).toBeGreaterThan(0);

    const call = (await (await parley.json("GET", `/api/sessions/${id}`)).json()) as {
      session: { status: string; turnLockedAt: number | null };
      turns: { index: number; role: string; text: string }[];
      feedback: { turn: number }[];
      scorecard: Scorecard | null;
    };
    expect(call.session.status).toBe("ended");
    expect(call.session.turnLockedAt).toBeNull();
    // Which replica held the lease (its host name) stays inside Parley.
    expect(call.session).not.toHaveProperty("turnLockOwner");
    const listed = (await (await parley.json("GET", "/api/sessions")).json()) as { items: object[] };
    for (const item of listed.items) expect(item).not.toHaveProperty("turnLockOwner");
    expect(call.turns.map((turn) => turn.index)).toEqual(call.turns.map((_, index) => index));
    expect(call.turns[1]).toMatchObject({ role: "rep", text: LINES[0] });
    expect(call.feedback.map((item) => item.turn)).toEqual(
      call.turns.filter((turn) => turn.role === "rep").map((turn) => turn.index),
    );
    expect(call.scorecard).toEqual(scorecard);

    const history = (await (await parley.json("GET", "/api/sessions")).json()) as {
      items: { id: string; scorecard: { overall: number | null } | null }[];
    };
    expect(history.items.find((item) => item.id === id)?.scorecard?.overall).toBe(scorecard.overall);
    // Ending again returns the stored scorecard, not a second one.
    expect(
      ((await (await parley.json("POST", `/api/sessions/${id}/end`)).json()) as { scorecard: Scorecard }).scorecard,
    ).toEqual(scorecard);
  });

  it("forks a call from a rep turn with the turns and feedback before it", async () => {
    const id = await start();
    await say(id, LINES[0] ?? "");
    await say(id, LINES[1] ?? "");
    const response = await parley.json("POST", `/api/sessions/${id}/fork`, { fromTurn: 3 });
    expect(response.status).toBe(201);
    const fork = (await response.json()) as { session: { id: string; forkedFrom: string }; turns: { index: number }[] };
    expect(fork.session.forkedFrom).toBe(id);
    expect(fork.turns.map((turn) => turn.index)).toEqual([0, 1, 2]);
    const events: TurnEvent[] = await say(fork.session.id, "What would make this right for you?");
    expect(events.find((event) => event.type === "rep")).toMatchObject({ turn: { index: 3 } });
  });

  it("refuses a second turn while one is answered, and abandons a call", async () => {
    const id = await start();
    const first = parley.json("POST", `/api/sessions/${id}/turns`, { text: LINES[0] });
    const second = parley.json("POST", `/api/sessions/${id}/turns`, { text: LINES[1] });
    const statuses = await Promise.all([first, second].map(async (response) => (await response).status));
    expect(statuses.sort()).toEqual([200, 409]);
    // The refused turn was not stored: the call has its opening, one rep turn and one answer.
    await Promise.all([first, second].map(async (response) => (await response).text()));
    const call = (await (await parley.json("GET", `/api/sessions/${id}`)).json()) as { turns: unknown[] };
    expect(call.turns).toHaveLength(3);

    expect((await parley.json("POST", `/api/sessions/${id}/abandon`)).status).toBe(200);
    const history = (await (await parley.json("GET", "/api/sessions")).json()) as { items: { id: string }[] };
    expect(history.items.map((item) => item.id)).not.toContain(id);
  });

  it("saves a new persona version through the API and starts calls on it", async () => {
    const current = (await (await parley.json("GET", "/api/personas/cancel-after-outages")).json()) as {
      version: number;
      source: string;
    };
    const edited = current.source.replace(/^name: .*$/m, "name: Dana (edited)");
    const saved = await parley.json("PUT", "/api/personas/cancel-after-outages", { source: edited });
    expect(saved.status).toBe(201);
    expect(await saved.json()).toMatchObject({ version: current.version + 1, created: true });
    const again = await parley.json("PUT", "/api/personas/cancel-after-outages", { source: edited });
    expect(await again.json()).toMatchObject({ version: current.version + 1, created: false });
    const listed = (await (await parley.json("GET", "/api/personas")).json()) as {
      items: { id: string; name: string }[];
    };
    expect(listed.items.find((item) => item.id === "cancel-after-outages")?.name).toBe("Dana (edited)");
  });
});
