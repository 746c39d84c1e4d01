import { describe, expect, it } from "vitest";
import { detectMoves } from "../conversation/detect-moves";
import type { StoredTurn } from "../db/turn-store";
import { testPersona } from "../testing/fixtures";
import { coachingScenario } from "./coaching-scenario";

const persona = testPersona();
const turns = [
  { index: 0, role: "customer", text: "I want to cancel.", state: null },
  { index: 1, role: "rep", text: "Okay.", state: null },
] as unknown as StoredTurn[];

describe("the director's verdict on a suggested reply", () => {
  const scenario = coachingScenario(persona, "medium", turns);

  it("says a reply that would anger this customer would, and why", () => {
    const pitch = "Before you go, we have an exclusive offer: upgrade to our faster plan at half price.";
    expect(detectMoves(pitch).map((found) => found.move)).toContain("retention_pitch");
    expect(scenario.reactionTo(1, pitch)).toMatch(/^would make Test Caller (angrier|hang up)/);
  });

  it("lets a reply that calms this customer through", () => {
    expect(
      scenario.reactionTo(1, "Three outages in a month, and one cost you a client call. I'm so sorry, that's on us."),
    ).toBeNull();
  });

  it("gives the persona's facts and the customer's patience for long replies", () => {
    const withFacts = coachingScenario(testPersona({ facts: ["Plan: Fibre 300 at $79.99."] }), "hard", turns);
    expect(withFacts.facts).toEqual(["Plan: Fibre 300 at $79.99."]);
    expect(withFacts.wordBudget).toBe(70);
  });
});
