import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDialect } from "../testing/databases";
import { errorOf } from "../testing/signed-in-client";
import { BAD, GOOD, inDays, playAndEnd, type ProgrammeWorld, startProgrammeWorld } from "../testing/programme-fixtures";
import type { HistorySummary } from "../trainer/skill-history";
import type { TeamSummaryResult } from "../trainer/team-summary";

let w: ProgrammeWorld;
const ids: Record<string, string[]> = { lee: [], kim: [], ray: [] };

async function play(who: "lee" | "kim" | "ray", personaId: string, lines: string[]) {
  const started = await w[who].call("POST", "/api/sessions", { personaId, mode: "exam" });
  expect(started.status).toBe(201);
  const id = ((await started.json()) as { session: { id: string } }).session.id;
  await playAndEnd(w[who], id, lines);
  ids[who]?.push(id);
}

// Issue 18 item 6: history, the team view and assignments speak in skills, on each database.
describeEachDialect("skills over HTTP", (dialect) => {
  beforeAll(async () => {
    w = await startProgrammeWorld({}, undefined, dialect);
    for (const key of Object.keys(ids)) ids[key] = [];
    await play("lee", "cancel-after-outages", GOOD);
    await play("lee", "cancel-after-outages", GOOD);
    // Kim's calls are graded on two rubrics (policy-service, service-recovery) that share skills.
    await play("kim", "hotel-overbooked", BAD);
    await play("kim", "business-line-down", BAD);
    await play("kim", "business-line-down", BAD);
    await play("ray", "hotel-overbooked", BAD);
  }, 120_000);
  afterAll(() => w.parley.close());

  describe("GET /api/team/summary", () => {
    it("groups the criteria of every rubric under their skills, keeping each criterion underneath", async () => {
      const summary = await w.tess.json<TeamSummaryResult>("GET", "/api/team/summary");
      // Backwards compatible: the criterion rows stay.
      expect(summary.criteria.length).toBeGreaterThan(0);
      const ownership = summary.skills.find((skill) => skill.id === "ownership");
      expect(ownership?.name).toBe("Ownership");
      expect(ownership?.criteria.map((criterion) => `${criterion.rubricId}/${criterion.id}`).sort()).toEqual([
        "policy-service/owns-next-step",
        "service-recovery/ownership-and-commitment",
      ]);
      // A skill's mean is the mean of its criteria's scores, each normalised to 0-100 of its scale.
      const normalised =
        ownership?.criteria.flatMap((criterion) =>
          Array(criterion.attempts).fill(
            (((criterion.mean ?? 0) - criterion.scale.min) / (criterion.scale.max - criterion.scale.min)) * 100,
          ),
        ) ?? [];
      expect(ownership?.attempts).toBe(3);
      expect(ownership?.mean).toBeCloseTo(normalised.reduce((a, b) => a + b, 0) / normalised.length, 0);
      // "Respectful tone" is one criterion id in several rubrics: one skill, a row per rubric underneath.
      const tone = summary.skills.find((skill) => skill.id === "respectful-tone");
      expect(tone?.criteria.map((criterion) => criterion.rubricId).sort()).toEqual([
        "policy-service",
        "retention-call",
        "service-recovery",
      ]);
      expect(tone?.scenarios.map((scenario) => scenario.personaId)).toEqual(
        expect.arrayContaining([
          "cancel-after-outages",
          "hotel-overbooked",
          "business-line-down",
          "b2b-discovery-fleet",
        ]),
      );
      for (const id of summary.weakestSkills) {
        const skill = summary.skills.find((candidate) => candidate.id === id);
        expect(skill?.attempts).toBeGreaterThanOrEqual(summary.minAttempts);
        expect(skill?.mean).toBeLessThan(skill?.passMark ?? 0);
      }
    });

    it("counts only the trainer's team (Ray's call is team B's); learners are refused", async () => {
      const summary = await w.tess.json<TeamSummaryResult>("GET", "/api/team/summary");
      const learners = new Set(summary.skills.flatMap((skill) => skill.byLearner.map((row) => row.learnerId)));
      expect([...learners].sort()).toEqual([w.ids.lee, w.ids.kim].sort());
      const bo = await w.bo.json<TeamSummaryResult>("GET", "/api/team/summary");
      expect(new Set(bo.skills.flatMap((skill) => skill.byLearner.map((row) => row.learnerId)))).toEqual(
        new Set([w.ids.ray]),
      );
      const refused = await w.lee.call("GET", "/api/team/summary");
      expect(refused.status).toBe(403);
    });
  });

  describe("GET /api/history", () => {
    it("by skill: the learner's own calls only, one point per call, with the criteria underneath", async () => {
      const history = await w.kim.json<HistorySummary>("GET", "/api/history?by=skill");
      expect(history.by).toBe("skill");
      expect(history.calls.map((call) => call.sessionId)).toEqual(ids.kim);
      const ownership = history.rows.find((row) => row.id === "ownership");
      expect(ownership?.series.map((point) => point.sessionId)).toEqual(ids.kim);
      expect(ownership?.criteria).toHaveLength(2);
      expect(ownership?.latest).toBe(ownership?.series.at(-1)?.score);
      for (const row of history.rows)
        for (const point of row.series) {
          expect(point.score).toBeGreaterThanOrEqual(0);
          expect(point.score).toBeLessThanOrEqual(100);
        }
      const lee = await w.lee.json<HistorySummary>("GET", "/api/history");
      expect(lee.by).toBe("skill");
      expect(lee.calls.map((call) => call.sessionId)).toEqual(ids.lee);
      expect(lee.rows.some((row) => row.id === "ownership")).toBe(false);
    });

    it("by criterion: one row per rubric's criterion, so shared ids of different rubrics stay apart", async () => {
      const history = await w.kim.json<HistorySummary>("GET", "/api/history?by=criterion");
      const tone = history.rows.filter((row) => row.name.startsWith("Respectful tone"));
      expect(tone.map((row) => row.id).sort()).toEqual([
        "policy-service.respectful-tone",
        "service-recovery.respectful-tone",
      ]);
    });

    it("refuses an unknown grouping; a trainer's history holds only their own calls, not their team's", async () => {
      const bad = await w.kim.call("GET", "/api/history?by=rubric");
      expect(bad.status).toBe(400);
      expect((await errorOf(bad)).code).toBe("invalid_request");
      const trainer = await w.tess.json<HistorySummary>("GET", "/api/history");
      expect(trainer.calls).toEqual([]);
      expect(trainer.rows).toEqual([]);
    });
  });

  describe("assignments say which skills they practise", () => {
    it("a path from a weak skill's scenarios lists the skills its rubrics score", async () => {
      const created = await w.tess.call("POST", "/api/assignments", {
        kind: "practice",
        title: "Practise: Ownership",
        steps: [{ personaId: "hotel-overbooked" }, { personaId: "business-line-down" }],
        attemptsAllowed: 3,
        dueAt: inDays(7),
        teamId: w.teamA,
      });
      expect(created.status).toBe(201);
      const { assignment } = (await created.json()) as {
        assignment: { id: string; skills: { id: string; name: string }[] };
      };
      expect(assignment.skills.map((skill) => skill.id)).toEqual(
        expect.arrayContaining(["ownership", "respectful-tone", "plain-language"]),
      );
      // Each skill once, though both rubrics score "Ownership" and "Respectful tone".
      expect(new Set(assignment.skills.map((skill) => skill.id)).size).toBe(assignment.skills.length);
      const read = await w.kim.json<{ assignment: { skills: { id: string }[] } }>(
        "GET",
        `/api/assignments/${assignment.id}`,
      );
      expect(read.assignment.skills).toEqual(assignment.skills);
    });
  });
});
