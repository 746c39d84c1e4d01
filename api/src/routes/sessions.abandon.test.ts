import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTurnEvents, startTestRuntime } from "../testing/test-runtime";

type Runtime = Awaited<ReturnType<typeof startTestRuntime>>;
let parley: Runtime;

beforeAll(async () => {
  parley = await startTestRuntime();
});
afterAll(() => parley.close());

async function startCall(runtime: Runtime = parley, body: Record<string, unknown> = {}): Promise<string> {
  const response = await runtime.json("POST", "/api/sessions", {
    personaId: "cancel-after-outages",
    mode: "coach",
    ...body,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { session: { id: string } }).session.id;
}

async function say(id: string, text: string, runtime: Runtime = parley) {
  const response = await runtime.json("POST", `/api/sessions/${id}/turns`, { text });
  if (response.status === 200) await readTurnEvents(response);
  return response;
}

const listed = async (runtime: Runtime = parley) =>
  ((await (await runtime.json("GET", "/api/sessions")).json()) as { items: { id: string }[] }).items.map(
    (item) => item.id,
  );

describe("POST /api/sessions/:id/abandon", () => {
  it("ends an open call with no scorecard and takes it out of history and progress", async () => {
    const id = await startCall();
    expect((await say(id, "I'm sorry about the outages.")).status).toBe(200);
    expect(await listed()).toContain(id);

    const response = await parley.json("POST", `/api/sessions/${id}/abandon`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { session: { id: string; status: string; endedAt: number | null } };
    expect(body.session).toMatchObject({ id, status: "abandoned" });
    expect(body.session.endedAt).toEqual(expect.any(Number));

    // Gone from the list that History and the progress chart read; still readable by id, without a scorecard.
    expect(await listed()).not.toContain(id);
    const detail = (await (await parley.json("GET", `/api/sessions/${id}`)).json()) as {
      session: { status: string };
      scorecard: unknown;
    };
    expect(detail.session.status).toBe("abandoned");
    expect(detail.scorecard).toBeNull();
    // Abandoning again changes nothing.
    expect((await parley.json("POST", `/api/sessions/${id}/abandon`)).status).toBe(200);
  });

  it("is never graded and takes no more turns", async () => {
    const id = await startCall();
    await say(id, "I'm sorry about the outages.");
    await parley.json("POST", `/api/sessions/${id}/abandon`);

    const end = await parley.json("POST", `/api/sessions/${id}/end`);
    expect(end.status).toBe(409);
    expect(((await end.json()) as { error: { code: string } }).error.code).toBe("session_abandoned");
    const turn = await say(id, "Hello again?");
    expect(turn.status).toBe(409);
    expect(((await turn.json()) as { error: { code: string } }).error.code).toBe("session_ended");
    expect(((await (await parley.json("GET", `/api/sessions/${id}`)).json()) as { scorecard: unknown }).scorecard).toBe(
      null,
    );
  });

  it("refuses a call that has ended with its scorecard, and an unknown call", async () => {
    const id = await startCall();
    await say(id, "I'm sorry about the outages.");
    expect((await parley.json("POST", `/api/sessions/${id}/end`)).status).toBe(200);
    const response = await parley.json("POST", `/api/sessions/${id}/abandon`);
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("session_ended");
    expect(await listed()).toContain(id);

    const unknown = await parley.json("POST", "/api/sessions/00000000-0000-4000-8000-000000000000/abandon");
    expect(unknown.status).toBe(404);
  });

  it("takes the abandoned call's turns out of the turn-rate count", async () => {
    const limited = await startTestRuntime({ PARLEY_TURNS_PER_MINUTE: "2" });
    try {
      const first = await startCall(limited);
      expect((await say(first, "I'm sorry about the outages.", limited)).status).toBe(200);
      expect((await say(first, "How did they affect you?", limited)).status).toBe(200);
      const second = await startCall(limited);
      expect((await say(second, "Hello?", limited)).status).toBe(429);

      expect((await limited.json("POST", `/api/sessions/${first}/abandon`)).status).toBe(200);
      expect((await say(second, "Hello?", limited)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe("ending a call", () => {
  it("with no rep turn stores no scorecard: a clear error, and the call stays open", async () => {
    const id = await startCall();
    const response = await parley.json("POST", `/api/sessions/${id}/end`);
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("nothing_to_grade");
    expect(body.error.message).toMatch(/not replied/);
    const detail = (await (await parley.json("GET", `/api/sessions/${id}`)).json()) as {
      session: { status: string };
      scorecard: unknown;
    };
    expect(detail).toMatchObject({ session: { status: "active" }, scorecard: null });
    // Still playable, and abandonable.
    expect((await say(id, "I'm sorry about the outages.")).status).toBe(200);
    expect((await parley.json("POST", `/api/sessions/${id}/abandon`)).status).toBe(200);
  });
});

describe("forking a call", () => {
  it("returns the customer's mood at the fork", async () => {
    const id = await startCall();
    await say(id, "I'm so sorry, three outages in a month is not acceptable, and losing a client call sounds awful.");
    await say(id, "Please calm down.");
    const detail = (await (await parley.json("GET", `/api/sessions/${id}`)).json()) as {
      turns: { index: number; role: string }[];
    };
    const secondRep = detail.turns.filter((turn) => turn.role === "rep")[1];
    if (!secondRep) throw new Error("no second rep turn");
    const response = await parley.json("POST", `/api/sessions/${id}/fork`, { fromTurn: secondRep.index });
    expect(response.status).toBe(201);
    const fork = (await response.json()) as { session: { id: string }; mood: unknown; turns: unknown[] };
    expect(fork.mood).toEqual(expect.any(Number));
    expect(fork.turns).toHaveLength(secondRep.index);
    const copy = (await (await parley.json("GET", `/api/sessions/${fork.session.id}`)).json()) as {
      state: { mood: number };
    };
    expect(fork.mood).toBe(copy.state.mood);
  });
});
