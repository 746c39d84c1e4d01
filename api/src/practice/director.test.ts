import { describe, expect, it } from "vitest";
import type { Difficulty } from "../library/common-schema";
import type { RepMove } from "../conversation/moves";
import { testPersona } from "../testing/fixtures";
import { advance, callEnds, initialState, moodBand, type PersonaState } from "./director";

function play(moves: RepMove[][], difficulty: Difficulty = "medium", persona = testPersona()) {
  let state: PersonaState = initialState(persona);
  const moods: number[] = [];
  for (const turn of moves) {
    state = advance(persona, difficulty, state, { moves: turn }).state;
    moods.push(state.mood);
    if (state.outcome) break;
  }
  return { state, moods };
}

describe("director", () => {
  it("leaves the rep a closing turn after an outcome, and ends a hang-up at once", () => {
    const persona = testPersona();
    const reached = advance(persona, "medium", initialState(persona), { moves: ["confirms_cancellation"] });
    expect(reached.state.outcome).toBe("cancellation_confirmed");
    expect(callEnds(reached.state, reached.change)).toBe(false);
    const closed = advance(persona, "medium", reached.state, { moves: ["refuses_or_delays"] });
    expect(closed.change).toMatchObject({ farewell: true, outcome: "cancellation_confirmed" });
    expect(callEnds(closed.state, closed.change)).toBe(true);

    let state = initialState(persona);
    let last = advance(persona, "hard", state, { moves: ["tells_customer_to_calm_down"] });
    while (last.state.outcome === null) {
      state = last.state;
      last = advance(persona, "hard", state, { moves: ["tells_customer_to_calm_down"] });
    }
    expect(last.state.outcome).toBe("hung_up");
    expect(callEnds(last.state, last.change)).toBe(true);
  });

  it("asks again, once, a closing question the rep's close left unanswered, and ends on the next close", () => {
    const persona = testPersona();
    const reached = advance(persona, "medium", initialState(persona), { moves: ["confirms_cancellation"] });
    const open = "Will you put it in writing?";
    const reasked = advance(persona, "medium", reached.state, { moves: ["asks_question"], leftOpen: open });
    expect(reasked.change).toMatchObject({ farewell: false, reasks: open, outcome: "cancellation_confirmed" });
    expect(callEnds(reasked.state, reasked.change)).toBe(false);
    const closed = advance(persona, "medium", reasked.state, { moves: [], leftOpen: open });
    expect(closed.change.farewell).toBe(true);
    expect(closed.change.reasks).toBeUndefined();
    expect(callEnds(closed.state, closed.change)).toBe(true);
    // Before the outcome, an unanswered question is the customer's to press in their own lines.
    const early = advance(persona, "medium", initialState(persona), { moves: [], leftOpen: open });
    expect(early.change.reasks).toBeUndefined();
  });

  it("bounds how far one turn can move the mood (inertia)", () => {
    const persona = testPersona({
      reacts: [
        { to: "acknowledges_impact", mood: -5 },
        { to: "apologises", mood: -5 },
      ],
    });
    const { change } = advance(persona, "medium", initialState(persona), {
      moves: ["acknowledges_impact", "apologises"],
    });
    expect(change.moodDelta).toBe(-2);
  });

  it("applies `before` rules only until the named move has happened", () => {
    const persona = testPersona();
    const early = advance(persona, "medium", initialState(persona), { moves: ["retention_pitch"] });
    expect(early.change.reactions).toEqual([{ move: "retention_pitch", mood: 2 }]);
    const heard = advance(persona, "medium", initialState(persona), { moves: ["acknowledges_impact"] }).state;
    const later = advance(persona, "medium", heard, { moves: ["retention_pitch"] });
    expect(later.change.reactions).toEqual([]);
  });

  it("concedes only after its conditions are met and the mood allows", () => {
    const tooSoon = play([["offers_remedy"]]);
    expect(tooSoon.state.outcome).toBeNull();
    const earned = play([["acknowledges_impact"], ["acknowledges_impact", "asks_about_impact"], ["offers_remedy"]]);
    expect(earned.state.outcome).toBe("offer_accepted");
  });

  it("ends the call when the rep confirms the cancellation", () => {
    expect(play([["confirms_cancellation"]]).state.outcome).toBe("cancellation_confirmed");
  });

  it("hangs up when mood stays at hang-up, sooner at higher difficulty", () => {
    const abuse: RepMove[][] = Array.from({ length: 6 }, () => ["tells_customer_to_calm_down"]);
    const medium = play(abuse, "medium");
    expect(medium.moods).toEqual([10, 10]);
    expect(medium.state.outcome).toBe("hung_up");
    expect(play(abuse, "hard").moods).toEqual([10]);
    expect(play(abuse, "easy").moods).toEqual([10, 10, 10]);
  });

  it("hangs up when patience runs out on turns that do not help", () => {
    const medium = play(
      Array.from({ length: 20 }, () => []),
      "medium",
    );
    expect(medium.state.outcome).toBe("hung_up");
    expect(medium.state.repTurns).toBe(8);
    const easy = play(
      Array.from({ length: 20 }, () => []),
      "easy",
    );
    expect(easy.state.repTurns).toBe(12);
  });

  it("gives the same rep lines different outcomes at different difficulties", () => {
    const lines: RepMove[][] = [["acknowledges_impact"], ["asks_about_impact"], ["offers_remedy"]];
    expect(play(lines, "easy").state.outcome).toBe("offer_accepted");
    expect(play(lines, "hard").state.outcome).toBeNull();
    const patient = testPersona({ mood: { start: 6, hangup_at: 10 } });
    const stalling: RepMove[][] = [["refuses_or_delays"], ["refuses_or_delays"], ["refuses_or_delays"]];
    expect(play(stalling, "easy", patient).state.outcome).toBeNull();
    expect(play(stalling, "hard", patient).state.outcome).toBe("hung_up");
  });

  it.each([
    [0, "low"],
    [3, "low"],
    [5, "mid"],
    [7, "high"],
    [10, "high"],
  ] as const)("mood %i is in the %s band", (mood, band) => {
    expect(moodBand(testPersona(), mood)).toBe(band);
  });
});
