import { describe, expect, it } from "vitest";
import type { Transcript } from "../conversation/transcript";
import { testPersona } from "../testing/fixtures";
import { advance, initialState } from "./director";
import { heardOf, personaMessages, personaSystemPrompt } from "./persona-prompt";

const persona = testPersona({ facts: ["Account ending 4471.", "Lost a client call yesterday."] });
const transcript: Transcript = [
  { index: 0, role: "customer", text: "I want to cancel." },
  { index: 1, role: "rep", text: "Before you go, have you seen our upgrade offer?" },
];

describe("the model customer's prompt", () => {
  const { state, change } = advance(persona, "medium", initialState(persona), { moves: ["retention_pitch"], words: 9 });
  const messages = personaMessages(persona, "medium", transcript, state, change);
  const note = messages.at(-1)?.content ?? "";

  it("gives the director's note in words: no mood or patience numbers to recite", () => {
    const fenced = note.slice(note.indexOf("[Director's note"));
    expect(fenced).toMatch(/you feel angry and close to the edge\. That made it worse for you\./);
    expect(fenced).toMatch(/do not accept any offer\. The call goes on: do not say goodbye\./);
    expect(fenced.replace(/\[Director's note[^\]]*\]|\[End of note\]/g, "")).not.toMatch(/\d/);
  });

  it("shows the persona's own lines as its voice, and keeps facts and the hidden goal for when they are asked", () => {
    const system = personaSystemPrompt(persona);
    expect(system).toContain("How you talk (lines of yours");
    // Not the opening: it is in the call as said (cut short, its unheard rest must reach no prompt).
    expect(system).not.toContain('- "I want to cancel."');
    expect(system).toContain('- "So are you cancelling it or not?"');
    expect(system).toMatch(/say one only when the rep asks about it or it answers what they just said/);
    expect(system).toMatch(/never say it, never hint at it, never suggest it: the rep has to find it/);
    expect(system).toMatch(
      /Never accept an offer, say goodbye or end the call unless the director's note says the call ends/,
    );
  });

  it("cuts the rep's words to what the customer heard before talking over them", () => {
    const speech = `I understand. ${"Let me explain our policy in full detail. ".repeat(20)}`;
    const long: Transcript = [
      transcript[0] ?? { index: 0, role: "customer", text: "" },
      { index: 1, role: "rep", text: speech },
    ];
    const reading = { moves: [], words: speech.split(/\s+/).length };
    const talkedOver = advance(persona, "medium", initialState(persona), reading);
    expect(talkedOver.change.interrupted).toBe(true);
    const last = personaMessages(persona, "medium", long, talkedOver.state, talkedOver.change).at(-1)?.content ?? "";
    const heard = heardOf(speech, talkedOver.change.heardWords ?? 0);
    expect(last.startsWith(`${heard}\n\n[Director's note`)).toBe(true);
    expect(heard.endsWith("—")).toBe(true);
    expect(heard.split(/\s+/)).toHaveLength(talkedOver.change.heardWords ?? 0);
    expect(last).toMatch(/You heard only the words shown/);
  });
});
