import { describe, expect, it } from "vitest";
import { emptyCall, type LiveCallAction, liveCallReducer } from "./live-call";
import type { TurnEvent } from "./turn-stream";

const turnView = (index: number, role: "customer" | "rep", text: string) => ({
  index,
  role,
  text,
  at: 0,
  engine: null,
  model: null,
});

const play = (...actions: LiveCallAction[]) => actions.reduce(liveCallReducer, emptyCall);
const loaded: LiveCallAction = {
  type: "load",
  turns: [{ index: 0, role: "customer", text: "I want to cancel." }],
  mood: 8,
  ended: false,
  outcome: null,
  feedback: [],
};
const event = (e: TurnEvent): LiveCallAction => ({ type: "event", event: e });
// Fixtures carry the fields the reducer reads; the API may add more (the cast keeps them loose).
const persona = (overrides: Record<string, unknown> = {}) =>
  ({
    type: "persona",
    turn: turnView(2, "customer", "Thank you."),
    mood: 6,
    moodDelta: -2,
    moves: ["acknowledges_impact"],
    ended: false,
    outcome: null,
    engine: "offline",
    model: null,
    degraded: null,
    ...overrides,
  }) as unknown as TurnEvent;

describe("the live call state", () => {
  it("shows the rep's turn at once, streams the reply, then settles on the persona event", () => {
    const sent = play(loaded, { type: "send", text: "I'm sorry." });
    expect(sent.busy).toBe(true);
    expect(sent.turns.at(-1)).toEqual({ index: 1, role: "rep", text: "I'm sorry.", pending: true });

    const streaming = play(
      loaded,
      { type: "send", text: "I'm sorry." },
      event({ type: "rep", turn: turnView(1, "rep", "I'm sorry.") }),
      event({ type: "delta", text: "Thank " }),
      event({ type: "delta", text: "you." }),
    );
    expect(streaming.streaming).toBe("Thank you.");
    expect(
      liveCallReducer(
        streaming,
        event({ type: "reset", reason: "broke character", attempt: 1 } as unknown as TurnEvent),
      ).streaming,
    ).toBe("");
    expect(streaming.turns.map((t) => [t.index, t.pending ?? false])).toEqual([
      [0, false],
      [1, false],
    ]);

    const done = liveCallReducer(liveCallReducer(streaming, event(persona())), { type: "settled" });
    expect(done).toMatchObject({
      streaming: null,
      busy: false,
      mood: 6,
      moodDelta: -2,
      lastMoves: ["acknowledges_impact"],
    });
    expect(done.turns.map((t) => t.text)).toEqual(["I want to cancel.", "I'm sorry.", "Thank you."]);
    expect(done.answeredBy).toEqual({ engine: "offline", model: null });
  });

  it("ends when the customer ends the call, with the outcome", () => {
    const state = play(loaded, { type: "send", text: "Bye." }, event(persona({ ended: true, outcome: "hung_up" })));
    expect(state).toMatchObject({ ended: true, outcome: "hung_up" });
  });

  it("files coach feedback under the rep turn it is about", () => {
    const feedback = {
      turn: 1,
      criteria: [],
      helped: [],
      hurt: [],
      tip: "Name the impact.",
      betterReply: null,
      instructionAttempts: [],
      engine: "offline" as const,
      model: null,
    };
    const state = play(loaded, event({ type: "feedback", feedback } as unknown as TurnEvent));
    expect(state.feedback[1]?.tip).toBe("Name the impact.");
  });

  it("keeps a model failure visible and the call open; a 409 session_ended closes it", () => {
    const failed = play(
      loaded,
      { type: "send", text: "Hello?" },
      event({ type: "error", code: "model_timeout", message: "Timed out.", retryable: true }),
    );
    expect(failed.error).toEqual({ code: "model_timeout", message: "Timed out.", retryable: true });
    expect(failed.ended).toBe(false);

    const closed = play(
      loaded,
      { type: "send", text: "Hello?" },
      { type: "failed", code: "session_ended", message: "This call has ended." },
    );
    expect(closed).toMatchObject({ ended: true, busy: false });
    expect(closed.turns.some((t) => t.pending)).toBe(false);
  });
  it("shows a spoken turn's words as soon as the transcript event arrives", () => {
    const transcript = {
      type: "transcript",
      index: 1,
      text: "sorry about the outages",
      engine: "offline",
      model: null,
      latencyMs: 200,
      delivery: null,
    } as const;
    const state = play(loaded, { type: "send", text: "" }, event(transcript));
    expect(state.turns.at(-1)).toEqual({ index: 1, role: "rep", text: "sorry about the outages", pending: true });
  });

  it("cuts the customer's last line to what the rep heard before speaking over it", () => {
    const state = play(loaded, { type: "send", text: "", heard: "I want to cancel." });
    expect(state.turns.map((turn) => turn.text)).toEqual(["I want to cancel—", ""]);
    expect(play(loaded, { type: "send", text: "", heard: "" }).turns[0]?.text).toBe("—");
  });

  it("puts a cut customer line back when the turn that cut it is refused, quietly when it is sent again", () => {
    const refused = play(
      loaded,
      { type: "send", text: "", heard: "I want" },
      { type: "failed", code: "invalid_heard", message: "No.", quiet: true },
    );
    expect(refused.turns).toEqual([{ index: 0, role: "customer", text: "I want to cancel." }]);
    expect(refused).toMatchObject({ error: null, busy: false, uncut: null });

    const failed = play(
      loaded,
      { type: "send", text: "", heard: "I want" },
      { type: "failed", code: "stt_unavailable", message: "No." },
    );
    expect(failed.turns[0]?.text).toBe("I want to cancel.");
    expect(failed.error?.code).toBe("stt_unavailable");

    // Once the server has stored the rep's turn, the cut is its own.
    const rep = event({ type: "rep", turn: turnView(1, "rep", "Sorry.") } as unknown as TurnEvent);
    const stored = play(loaded, { type: "send", text: "", heard: "I want" }, rep, {
      type: "failed",
      code: "stream_failed",
      message: "Dropped.",
    });
    expect(stored.turns[0]?.text).toBe("I want—");
  });
});
