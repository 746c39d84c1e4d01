import { describe, expect, it } from "vitest";
import { parseRubric } from "../library/load-library";
import type { Check, Criterion } from "../library/rubric-schema";
import type { Turn } from "../conversation/transcript";
import { testRubric } from "../testing/fixtures";
import type { TurnDelivery } from "../conversation/delivery-schema";
import { turnDelivery } from "../voice/delivery/turn-delivery";
import { runChecks } from "./checks";

const rubric = testRubric();
const criterion = (checks: Check[]): Criterion => {
  const [base] = rubric.criteria;
  if (!base) throw new Error("the test rubric has criteria");
  return { ...base, checks };
};
const spoken = (index: number, text: string, seconds: number, extra: Partial<TurnDelivery> = {}): Turn => ({
  index,
  role: "rep",
  text,
  delivery: { ...turnDelivery({ text, words: null, recordingMs: seconds * 1000, interrupted: false }), ...extra },
});
const typed = (index: number, text: string): Turn => ({ index, role: "rep", text });

describe("delivery checks", () => {
  it.each<[string, Check["delivery"], Turn, string | null]>([
    [
      "too fast",
      { max_wpm: 180 },
      spoken(1, "I can cancel that for you right now today.", 2),
      "speaks at 270 words a minute (at most 180)",
    ],
    ["fast enough", { max_wpm: 180 }, spoken(1, "I can cancel that for you right now today.", 4), null],
    [
      "too slow",
      { min_wpm: 100 },
      spoken(1, "I can cancel that for you right now today.", 9),
      "speaks at 60 words a minute (at least 100)",
    ],
    [
      "too many fillers",
      { max_fillers_per_100_words: 5 },
      spoken(1, "Um, so, I can, like, do that.", 3),
      'fillers per 100 words ("um", "like"; at most 5)',
    ],
    ["few enough fillers", { max_fillers_per_100_words: 5 }, spoken(1, "So I can do that today for you.", 3), null],
    [
      "long pauses",
      { max_long_pauses: 0 },
      spoken(1, "I can do that.", 3, { longPauses: [{ afterWord: 1, seconds: 1.6 }] }),
      "1 long pauses (at most 0)",
    ],
    [
      "talking over the customer",
      { max_interruptions: 0 },
      spoken(1, "Sorry, I can do that.", 2, { interrupted: true }),
      "talked over the customer 1 time (at most 0)",
    ],
    [
      "a typed turn is never judged on delivery",
      { max_wpm: 100, max_fillers_per_100_words: 0 },
      typed(1, "Um, like, sure."),
      null,
    ],
  ])("%s", (_, delivery, turn, reason) => {
    const failed = runChecks(rubric, criterion([{ delivery }]), [turn]);
    if (reason === null) expect(failed).toEqual([]);
    else {
      expect(failed[0]?.reason).toContain(reason);
      expect(failed[0]?.evidence[0]?.turn).toBe(turn.index);
    }
  });

  it("quotes the sentence with the filler as evidence", () => {
    const failed = runChecks(rubric, criterion([{ delivery: { max_fillers_per_100_words: 1 } }]), [
      spoken(3, "I hear you. Um, let me check.", 3),
    ]);
    expect(failed[0]?.evidence).toEqual([{ turn: 3, quote: "Um, let me check." }]);
  });

  it("over a call, judges the totals of the spoken turns", () => {
    const turns = [
      spoken(1, "I can do that today for you.", 3.5),
      spoken(3, "Right now, in fact, it is done.", 1.5),
      typed(5, "Bye."),
    ];
    // 14 words in 5 s = 168 a minute: one turn alone is over 180, the call is not.
    expect(runChecks(rubric, criterion([{ delivery: { max_wpm: 180 } }]), turns)).toEqual([]);
    expect(runChecks(rubric, criterion([{ delivery: { max_wpm: 160 } }]), turns)[0]?.evidence[0]?.turn).toBe(3);
  });
});

describe("delivery checks in rubric files", () => {
  const yaml = (delivery: string) => `id: voice
name: Voice
pass: { overall: 3 }
criteria:
  - id: pace
    name: Pace
    scope: turn
    anchors: { 1: Rushed., 5: Calm. }
    checks:
      - delivery: ${delivery}
    coaching: Slow down.
`;

  it("accepts a pace range and a filler limit", () => {
    const result = parseRubric(
      yaml("{ min_wpm: 110, max_wpm: 170, max_fillers_per_100_words: 3 }"),
      "rubrics/voice.yaml",
    );
    expect(result.ok).toBe(true);
  });

  it.each([
    ["{ min_wpm: 180, max_wpm: 120 }", "criteria.0.checks.0.delivery.max_wpm must be at least min_wpm"],
    ["{ max_wpm: 20 }", "criteria.0.checks.0.delivery.max_wpm must be between 40 and 400"],
    ["{}", "criteria.0.checks.0.delivery needs one of min_wpm"],
    ["{ max_pace: 3 }", "criteria.0.checks.0.delivery"],
  ])("names the file, line and field of %s", (delivery, message) => {
    const result = parseRubric(yaml(delivery), "rubrics/voice.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.file).toBe("rubrics/voice.yaml");
    expect(result.issues[0]?.line).toBe(10);
    expect(`${result.issues[0]?.field} ${result.issues[0]?.message}`).toContain(message);
  });
});
