import { describe, expect, it } from "vitest";
import { loadLibrary } from "../library/load-library";
import { REPO_ROOT } from "../testing/test-runtime";
import { bestExemplar, rubricTurnCoaching } from "./coaching";
import type { CriterionResult } from "./types";

const library = await loadLibrary(REPO_ROOT);
const rubric = library.rubrics.find((entry) => entry.value.id === "policy-service")!.value;

const result = (id: string, score: number, quote: string): CriterionResult => ({
  id,
  score,
  evidence: [{ turn: 5, quote }],
  rationale: "",
  flags: [],
});

describe("praise for a turn that broke nothing", () => {
  it("names what the rep did, not the criterion that is high because nothing went wrong", () => {
    const offer = "I'm putting you on the first flight tomorrow, because the delay was ours.";
    const note = rubricTurnCoaching(
      rubric,
      [result("explains-the-rule", 4, offer), result("respectful-tone", 5, "Thanks.")],
      null,
    );
    expect(note.tip).toBe(`Good: explains the rule in plain words, not as a wall — "${offer}" Keep it up.`);
  });

  it("praises tone when tone is all the turn earned", () => {
    const note = rubricTurnCoaching(rubric, [result("respectful-tone", 5, "Of course, let me look.")], null);
    expect(note.tip).toMatch(/^Good: respectful tone/);
  });
});

describe("the better reply offered offline fits the scenario", () => {
  const retention = library.rubrics.find((entry) => entry.value.id === "retention-call")!.value;
  const listens = retention.criteria.find((criterion) => criterion.id === "listens-before-offering")!;

  it("another retention customer is never shown Dana's outages", () => {
    for (const criterion of retention.criteria) {
      const reply = bestExemplar(criterion, "alarm-cancel-care-home", 1)?.reply ?? "";
      expect(reply).not.toMatch(/outage|router|client|technician|work from home/i);
    }
    expect(bestExemplar(listens, "alarm-cancel-care-home", 2)?.reply).toMatch(/how all this has been for you/);
  });

  it("Dana's own call still gets the example written for her", () => {
    expect(bestExemplar(listens, "cancel-after-outages", 2)?.reply).toMatch(/outages/);
  });
});
