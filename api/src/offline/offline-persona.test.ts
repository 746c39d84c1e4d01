import { describe, expect, it } from "vitest";
import { advance, initialState } from "../practice/director";
import type { Transcript } from "../conversation/transcript";
import { testPersona } from "../testing/fixtures";
import { chooseLine } from "./offline-persona";

const persona = testPersona({
  offline: [
    { when: "nothing", say: ["So are you cancelling it or not?", "I'm waiting.", 'You said "{promise}". Well?'] },
    { when: "commits_to_action", say: ['"{quote}." I\'ll hold you to that.'] },
    { when: "interrupts", say: ["Look, I don't need the whole speech."] },
    { when: "losing_patience", say: ["Get me a supervisor."] },
  ],
});

function reply(moves: Parameters<typeof advance>[3], transcript: Transcript = [], state = initialState(persona)) {
  const next = advance(persona, "medium", state, moves);
  return { text: chooseLine({ sessionId: "s", persona, difficulty: "medium", transcript, ...next }), ...next };
}

describe("offline customer lines", () => {
  it("quotes the rep's own words back where the line asks for them", () => {
    const { text } = reply({
      moves: ["commits_to_action"],
      quotes: { commits_to_action: "I'll call you back by 3pm." },
      turn: 1,
    });
    expect(text).toBe("\"I'll call you back by 3pm.\" I'll hold you to that.");
  });

  it("quotes what the rep promised, not their 'Yes,' before it", () => {
    const { text } = reply({
      moves: ["commits_to_action"],
      quotes: { commits_to_action: "Yes, I'll put it in writing today." },
      turn: 1,
    });
    expect(text).toBe("\"I'll put it in writing today.\" I'll hold you to that.");
  });

  it("skips a line whose placeholder has nothing to fill", () => {
    expect(reply({ moves: [] }).text).toBe("So are you cancelling it or not?");
  });

  it("remembers a promise and brings it up later", () => {
    const promised = reply({
      moves: ["commits_to_action"],
      quotes: { commits_to_action: "I'll call you back by 3pm." },
      turn: 1,
    });
    const transcript: Transcript = [
      { index: 2, role: "customer", text: "So are you cancelling it or not?" },
      { index: 4, role: "customer", text: "I'm waiting." },
    ];
    expect(reply({ moves: [] }, transcript, promised.state).text).toBe('You said "I\'ll call you back by 3pm". Well?');
  });

  it("does not repeat a line while another remains", () => {
    const transcript: Transcript = [{ index: 2, role: "customer", text: "So are you cancelling it or not?" }];
    expect(reply({ moves: [] }, transcript).text).toBe("I'm waiting.");
  });

  it("talks over a rep who runs on, and says when it was cut short", () => {
    const speech = "word ".repeat(150);
    const { text, change } = reply({ moves: ["rambles"], words: 150 }, [{ index: 1, role: "rep", text: speech }]);
    expect(text.startsWith("Look, I don't need the whole speech. ")).toBe(true);
    expect(change).toMatchObject({ interrupted: true, heardWords: 100 });
  });

  it("warns once when patience runs low, then not again", () => {
    let state = initialState(persona);
    const warnings: boolean[] = [];
    for (let turn = 0; turn < 7; turn++) {
      const next = reply({ moves: [] }, [], state);
      warnings.push(next.text.endsWith("Get me a supervisor."));
      state = next.state;
    }
    expect(warnings.filter(Boolean)).toHaveLength(1);
    expect(warnings.indexOf(true)).toBe(5); // 8 turns of patience at medium: the warning comes with 2 left
  });
});

describe("offline lines and held-back terms", () => {
  const holding = testPersona({
    holds_back: ["store credit"],
    offline: [
      { when: "nothing", say: ["Could I get store credit, maybe?", "So what happens now?"] },
      { when: "farewell", say: ["Bye."] },
    ],
  });
  const line = (transcript: Transcript) => {
    const next = advance(holding, "medium", initialState(holding), { moves: [], quotes: {}, turn: 1 });
    return chooseLine({ sessionId: "s", persona: holding, difficulty: "medium", transcript, ...next });
  };

  it("passes over a line that says a held-back phrase the rep has not said, instead of failing the turn", () => {
    expect(line([{ index: 0, role: "rep", text: "Okay.", at: 0 }])).toBe("So what happens now?");
  });

  it("may say it once the rep has said it", () => {
    const said = line([{ index: 0, role: "rep", text: "I could do store credit.", at: 0 }]);
    expect(said).toBe("Could I get store credit, maybe?");
  });
});

describe("a line already said gives way to a fresh one", () => {
  const twoMoves = testPersona({
    offline: [
      { when: "nothing", say: ["Well?"] },
      { when: "acknowledges_impact", say: ["Thank you. That matters."] },
      { when: "explains", say: ["Okay. So what are you doing about it?"] },
    ],
  });
  const said: Transcript = [
    { index: 0, role: "customer", text: "My son ended up in A&E." },
    { index: 1, role: "rep", text: "That must have been frightening." },
    { index: 2, role: "customer", text: "Thank you. That matters." },
  ];
  const line = (transcript: Transcript) => {
    const next = advance(twoMoves, "medium", initialState(twoMoves), {
      moves: ["acknowledges_impact", "explains"],
      turn: transcript.length + 1,
    });
    return chooseLine({ sessionId: "s", persona: twoMoves, difficulty: "medium", transcript, ...next });
  };

  it("answers the move that landed hardest first, and the next move once that line is used", () => {
    expect(line(said.slice(0, 2))).toBe("Thank you. That matters.");
    expect(line(said)).toBe("Okay. So what are you doing about it?");
  });
});
