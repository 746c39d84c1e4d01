import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Difficulty } from "../library/common-schema";
import { parsePersona } from "../library/load-library";
import { REP_MOVES, type RepMove } from "../conversation/moves";
import type { Persona } from "../library/persona-schema";
import { REPO_ROOT } from "../testing/test-runtime";
import { advance, initialState, moodBand, type PersonaState } from "./director";

const IDS = [
  "cancel-after-outages",
  "bill-went-up",
  "business-line-down",
  "bank-fraud-hold",
  "retail-return-no-receipt",
  "hotel-overbooked",
  "airline-missed-connection",
  "insurance-claim-denied",
  "medical-bill-dispute",
  "subscription-double-charge",
  "it-helpdesk-locked-out",
  "utility-payment-plan",
  "collections-hardship",
  "gym-cancel-moving",
  "b2b-discovery-fleet",
  "tenant-heating-repair",
  "social-media-allergy",
  "car-rental-damage-charge",
  "pharmacy-wrong-strength",
  "saas-outage-clinic",
  "benefits-payment-missed",
  "removals-damaged-table",
  "university-late-fee",
  "alarm-cancel-care-home",
];
const personas = new Map<string, Persona>();

beforeAll(async () => {
  for (const id of IDS) {
    const file = `personas/${id}.yaml`;
    const parsed = parsePersona(await readFile(path.join(REPO_ROOT, file), "utf8"), file);
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    personas.set(id, parsed.value);
  }
});

/** A small seeded generator, so a failing sequence can be reproduced. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe.each(IDS)("%s", (id) => {
  const persona = () => personas.get(id) as Persona;

  it.each(["easy", "medium", "hard"] as const)(
    "never concedes before its conditions are met (%s, 400 random calls)",
    (difficulty: Difficulty) => {
      const next = random(42);
      for (const rule of persona().ends_when.filter((candidate) => (candidate.after ?? []).length > 0)) {
        for (const missing of rule.after ?? []) {
          const allowed = REP_MOVES.filter((move) => move !== missing);
          for (let call = 0; call < 100; call++) {
            let state: PersonaState = initialState(persona());
            for (let turn = 0; turn < 12 && state.outcome === null; turn++) {
              const moves = allowed.filter(() => next() < 0.15);
              state = advance(persona(), difficulty, state, { moves }).state;
              expect(state.outcome).not.toBe(rule.outcome);
            }
          }
        }
      }
    },
  );

  it("answers from its own file a question about the impact, the account, or anything else", () => {
    const topics = new Set(persona().answers.map((answer) => answer.topic));
    for (const topic of ["impact", "account", "unknown"]) expect(topics).toContain(topic);
  });

  it("is not won back by one polite sentence after bad moves", () => {
    const bad: RepMove[] = ["refuses_or_delays", "tells_customer_to_calm_down", "blames_customer", "transfers"];
    let state = initialState(persona());
    for (const move of bad.slice(0, 2)) state = advance(persona(), "medium", state, { moves: [move] }).state;
    const angry = state.mood;
    const after = advance(persona(), "medium", state, { moves: ["apologises", "acknowledges_impact"] });
    expect(after.state.mood).toBeGreaterThanOrEqual(angry - 2);
    expect(moodBand(persona(), after.state.mood)).not.toBe("low");
    expect(after.state.outcome === null || after.state.outcome === "hung_up").toBe(true);
  });
});
