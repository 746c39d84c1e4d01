import { describe, expect, it } from "vitest";
import { readByRules } from "./detect-moves";

// Pitches from calls held by hand (a gym member moving to Denver who asked to cancel), not from evals/moves.
describe("a retention pitch put as a supposition, a question or keeping what they asked to end", () => {
  it.each([
    "What if I gave you two months free to stay?",
    "Suppose we offered you a month free?",
    "Would you stay for two months free?",
    "Would you consider staying if I knocked the price down?",
    "Denver's great, but have you seen we have partner gyms nationwide?",
    "You could keep your membership.",
    "You could always keep the plan and use it when you visit.",
  ])("%s", (text) => {
    expect(readByRules(text).moves).toContain("retention_pitch");
  });

  it.each([
    "What if I gave you a call back once it's done?",
    "You can keep your number when you switch providers.",
    "Have you seen the confirmation email yet?",
  ])("not a pitch: %s", (text) => {
    expect(readByRules(text).moves).not.toContain("retention_pitch");
  });
});
