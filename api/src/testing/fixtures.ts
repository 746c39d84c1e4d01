import { type Persona, personaFile } from "../library/persona-schema";
import { type Rubric, rubricFile } from "../library/rubric-schema";

/** A small, valid persona for unit tests, with overrides. */
export function testPersona(overrides: Partial<Record<keyof Persona, unknown>> = {}): Persona {
  return personaFile.parse({
    id: "test-caller",
    name: "Test Caller",
    summary: "Wants to cancel after outages.",
    difficulty: "medium",
    background: "Customer for years.",
    goals: { stated: "Cancel today.", hidden: "Would stay for a credit after being heard." },
    mood: { start: 8, min: 0, max: 10, hangup_at: 10 },
    reacts: [
      { to: "acknowledges_impact", mood: -2 },
      { to: "asks_about_impact", mood: -1 },
      { to: "retention_pitch", mood: 2, before: ["acknowledges_impact"] },
      { to: "tells_customer_to_calm_down", mood: 3 },
      { to: "refuses_or_delays", mood: 2 },
    ],
    ends_when: [
      { outcome: "cancellation_confirmed", on: "confirms_cancellation" },
      { outcome: "offer_accepted", on: "offers_remedy", after: ["acknowledges_impact"], mood_at_most: 6 },
    ],
    opening: "I want to cancel.",
    offline: [
      { when: "nothing", say: ["So are you cancelling it or not?", "I'm waiting."] },
      { when: "acknowledges_impact", mood: "high", say: ["Yeah. It's been a nightmare."] },
      { when: "acknowledges_impact", mood: ["mid", "low"], say: ["Thank you for actually listening."] },
      { when: "tells_customer_to_calm_down", say: ["Don't tell me to calm down."] },
    ],
    endings: { hung_up: ["Forget it. Goodbye."], offer_accepted: ["Alright, I'll stay for now."] },
    ...overrides,
  });
}

/** A two-criterion rubric: one turn-scope, one critical conversation-scope. */
export function testRubric(overrides: Partial<Record<keyof Rubric, unknown>> = {}): Rubric {
  return rubricFile.parse({
    id: "test-rubric",
    name: "Test rubric",
    pass: { overall: 3 },
    criteria: [
      {
        id: "acknowledge",
        name: "Acknowledges the customer",
        scope: "turn",
        weight: 2,
        anchors: { 1: "Ignores the complaint.", 3: "Generic apology.", 5: "Names the specific impact." },
        examples: [
          { score: 5, reply: "Losing a client call because of our outage is awful. How has it affected your work?" },
        ],
        signals: {
          good: { phrases: ["that sounds"], moves: ["acknowledges_impact", "apologises"] },
          bad: { moves: ["blames_customer"] },
        },
        coaching: "Reflect the specific impact back before offering anything.",
      },
      {
        id: "honours-cancellation",
        name: "Does not obstruct the cancellation",
        scope: "conversation",
        critical: true,
        anchors: { 1: "Refuses or stalls repeatedly.", 5: "Confirms promptly." },
        signals: {
          baseline: 4,
          good: { moves: ["confirms_cancellation"] },
          bad: { moves: ["refuses_or_delays", "retention_pitch", "transfers"], allow: 1 },
        },
        coaching: "Make one offer at most, then do what the customer asked.",
      },
    ],
    ...overrides,
  });
}
