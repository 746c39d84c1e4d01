import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gradeRepLinesOffline } from "../testing/offline-grading";
import { runParley } from "../testing/cli-io";

/**
 * An easy scenario's right answer passes its rubric offline. The gym's clean cancellation (its
 * persona suite's strong script) scored 3.45: acknowledges-experience read "moving across the
 * country for a new job is a lot" as a generic apology (2), because its phrases only knew outages.
 */
describe("an easy scenario's right answer passes its rubric", () => {
  it("the gym's clean cancellation, acknowledged and confirmed, passes retention-call", async () => {
    const call = [
      {
        role: "customer",
        text: "Hi. I'm moving to Denver at the end of the month, so I need to cancel my membership.",
      },
      {
        role: "rep",
        text: "Moving across the country for a new job is a lot, and the last thing you need is a fight to cancel a gym.",
      },
      { role: "customer", text: "Thanks. So can you cancel it?" },
      {
        role: "rep",
        text: "I've cancelled your membership as of today, with no fee. The confirmation email is on its way.",
      },
    ];
    const file = join(mkdtempSync(join(tmpdir(), "parley-gym-")), "clean-cancellation.json");
    writeFileSync(file, JSON.stringify(call));
    const graded = await runParley([
      "grade",
      file,
      "--rubric",
      "rubrics/retention-call.yaml",
      "--engine",
      "offline",
      "--json",
    ]);
    const card = JSON.parse(graded.stdout) as { passed: boolean; criteria: { id: string; score: number }[] };
    expect(card.criteria.find((criterion) => criterion.id === "acknowledges-experience")?.score).toBeGreaterThanOrEqual(
      3,
    );
    expect({ code: graded.code, passed: card.passed }).toEqual({ code: 0, passed: true });
  });

  it("stock sympathy with the same cancellation still earns no specific acknowledgement", async () => {
    const result = await gradeRepLinesOffline("retention-call", [
      "Sorry for any inconvenience.",
      "I've cancelled your membership as of today. The confirmation email is on its way.",
    ]);
    expect(result.criteria.find((criterion) => criterion.id === "acknowledges-experience")?.score).toBeLessThan(3);
  });
});
