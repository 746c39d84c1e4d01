import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Scorecard } from "../grading/types";
import { readTurnEvents, startTestRuntime } from "../testing/test-runtime";

type Runtime = Awaited<ReturnType<typeof startTestRuntime>>;
let parley: Runtime;

beforeAll(async () => {
  parley = await startTestRuntime();
});
afterAll(() => parley.close());

async function playAndEnd(lines: string[]): Promise<Scorecard> {
  const started = await parley.json("POST", "/api/sessions", { personaId: "cancel-after-outages", mode: "exam" });
  const id = ((await started.json()) as { session: { id: string } }).session.id;
  for (const text of lines) {
    const response = await parley.json("POST", `/api/sessions/${id}/turns`, { text });
    if (response.status !== 200) break;
    const events = await readTurnEvents(response);
    if (events.some((event) => event.type === "persona" && event.ended)) break;
  }
  const ended = await parley.json("POST", `/api/sessions/${id}/end`);
  expect(ended.status).toBe(200);
  return ((await ended.json()) as { scorecard: Scorecard }).scorecard;
}

describe("offline scorecard evidence and anchors", () => {
  it("backs a clean tone score with the rep's own words instead of flagging it unquoted", async () => {
    const lines = [
      "Okay, I can look at the account for you now.",
      "Which address is the service at, please?",
      "I can cancel that today.",
    ];
    const card = await playAndEnd(lines);
    const tone = card.criteria.find((criterion) => criterion.id === "respectful-tone");
    expect(tone?.score).toBe(4);
    expect(tone?.flags).not.toContain("no_evidence");
    expect(tone?.evidence.length).toBeGreaterThan(0);
    for (const item of tone?.evidence ?? []) expect(lines.some((line) => line.includes(item.quote))).toBe(true);
    expect(tone?.rationale).toMatch(/warning signs/);
  });

  it("still quotes the words that lowered a tone score", async () => {
    const card = await playAndEnd(["Ma'am, please calm down.", "I can cancel that today."]);
    const tone = card.criteria.find((criterion) => criterion.id === "respectful-tone");
    expect(tone?.score).toBe(1);
    expect(tone?.evidence.some((item) => /calm down/i.test(item.quote))).toBe(true);
  });

  it("never names an anchor that disagrees with the score", async () => {
    const card = await playAndEnd([
      "I'm sorry about that.",
      "How have the outages affected your work?",
      "I can cancel that today.",
    ]);
    for (const criterion of card.criteria) {
      const named = /(?:^|\W)Anchor (\d+):/.exec(criterion.rationale)?.[1];
      if (named !== undefined && criterion.score !== null && !criterion.rationale.includes("over"))
        expect(Number(named)).toBe(criterion.score);
    }
  });
});
