import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDialect } from "../testing/databases";
import { errorOf } from "../testing/signed-in-client";
import { readTurnEvents } from "../testing/test-runtime";
import { GOOD, inDays, playAndEnd, type ProgrammeWorld, startProgrammeWorld } from "../testing/programme-fixtures";

interface Certificate {
  id: string;
  learner: { id: string; name: string };
  steps: {
    sessionId: string;
    personaId: string;
    personaVersion: number;
    rubricId: string;
    rubricVersion: number;
    score: number;
    engine: string;
    model: string | null;
  }[];
  issuedAt: number;
}

let w: ProgrammeWorld;
let certificationId: string;
let attemptId: string;

const certification = (over: Record<string, unknown> = {}) => ({
  kind: "certification",
  title: "Retention <b>certified</b>",
  steps: [{ personaId: "cancel-after-outages" }],
  requiredScore: 3,
  attemptsAllowed: 2,
  dueAt: inDays(7),
  ...over,
});

// The training programme on each database: its stores run on SQLite and PostgreSQL alike.
describeEachDialect("certification", (dialect) => {
  beforeAll(async () => {
    w = await startProgrammeWorld({}, undefined, dialect);
    const created = await w.tess.json<{ assignment: { id: string } }>(
      "POST",
      "/api/assignments",
      certification({ learnerIds: [w.ids.lee] }),
    );
    certificationId = created.assignment.id;
  }, 60_000);
  afterAll(() => w.parley.close());

  describe("a certification attempt", () => {
    it("is an exam-mode call; asking again while it is open resumes it", async () => {
      const started = await w.lee.call("POST", `/api/assignments/${certificationId}/attempts`, {});
      expect(started.status).toBe(201);
      attemptId = ((await started.json()) as { sessionId: string }).sessionId;
      const detail = await w.lee.json<{ session: { mode: string; certification: boolean } }>(
        "GET",
        `/api/sessions/${attemptId}`,
      );
      expect(detail.session).toMatchObject({ mode: "exam", certification: true });
      const again = await w.lee.call("POST", `/api/assignments/${certificationId}/attempts`, {});
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({ sessionId: attemptId, resumed: true });
    });

    it("cannot be retried from a turn, and is graded once: its learner cannot regrade it", async () => {
      await readTurnEvents(await w.lee.call("POST", `/api/sessions/${attemptId}/turns`, { text: GOOD[0] }));
      const fork = await w.lee.call("POST", `/api/sessions/${attemptId}/fork`, { fromTurn: 1 });
      expect(fork.status).toBe(409);
      expect((await errorOf(fork)).code).toBe("certification_no_retry");
      const regrade = await w.lee.call("POST", "/api/grade", { sessionId: attemptId, rubricId: "retention-call" });
      expect(regrade.status).toBe(409);
      expect((await errorOf(regrade)).code).toBe("certification_graded_once");
    });

    it("passing records a certificate with the scenario and rubric versions, score, date and grader", async () => {
      const card = await playAndEnd(w.lee, attemptId, GOOD.slice(1));
      expect(card.overall).toBeGreaterThanOrEqual(3);
      const { items } = await w.lee.json<{ items: Certificate[] }>("GET", "/api/certificates");
      expect(items).toHaveLength(1);
      const [certificate] = items;
      expect(certificate?.learner.id).toBe(w.ids.lee);
      expect(certificate?.steps).toEqual([
        expect.objectContaining({
          sessionId: attemptId,
          personaId: "cancel-after-outages",
          personaVersion: 1,
          rubricId: "retention-call",
          rubricVersion: 1,
          score: card.overall,
          engine: "offline",
          model: null,
        }),
      ]);
      // Ending it again changes nothing: one scorecard, one certificate.
      expect((await w.lee.call("POST", `/api/sessions/${attemptId}/end`)).status).toBe(200);
      expect((await w.lee.json<{ items: Certificate[] }>("GET", "/api/certificates")).items).toHaveLength(1);
      const notes = await w.lee.json<{ items: { kind: string; message: string }[] }>("GET", "/api/notifications");
      expect(notes.items.find((note) => note.kind === "passed")?.message).toMatch(/certificate is ready/);
    });

    it("once passed, no further attempt starts", async () => {
      const response = await w.lee.call("POST", `/api/assignments/${certificationId}/attempts`, {});
      expect(response.status).toBe(409);
      expect((await errorOf(response)).code).toBe("assignment_passed");
    });

    it("the certificate: its learner and their trainer read and download it; another team and other learners cannot", async () => {
      const [certificate] = (await w.lee.json<{ items: Certificate[] }>("GET", "/api/certificates")).items;
      const id = certificate?.id ?? "";
      expect((await w.tess.json<{ items: Certificate[] }>("GET", "/api/certificates")).items.map((c) => c.id)).toEqual([
        id,
      ]);
      expect((await w.admin.json<{ items: Certificate[] }>("GET", "/api/certificates")).items).toHaveLength(1);
      for (const outsider of [w.bo, w.ray, w.kim]) {
        expect((await outsider.json<{ items: Certificate[] }>("GET", "/api/certificates")).items).toEqual([]);
        const one = await outsider.call("GET", `/api/certificates/${id}`);
        expect(one.status).toBe(404);
        expect((await errorOf(one)).code).toBe("certificate_not_found");
        expect((await outsider.call("GET", `/api/certificates/${id}/page`)).status).toBe(404);
      }
      const page = await w.tess.call("GET", `/api/certificates/${id}/page?download=1`);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toMatch(/text\/html/);
      expect(page.headers.get("content-disposition")).toMatch(/^attachment; filename="parley-certificate-/);
      const text = await page.text();
      expect(text).toContain("Lee Learner");
      expect(text).toContain("cancel-after-outages v1");
      // The title is the trainer's text: escaped, never markup.
      expect(text).toContain("Retention &lt;b&gt;certified&lt;/b&gt;");
      expect(text).not.toContain("<script");
    });

    it("an abandoned attempt uses an attempt; when they are used up, no more start", async () => {
      const created = await w.tess.json<{ assignment: { id: string } }>(
        "POST",
        "/api/assignments",
        certification({ learnerIds: [w.ids.kim], attemptsAllowed: 1 }),
      );
      const id = created.assignment.id;
      const { sessionId } = await w.kim.json<{ sessionId: string }>("POST", `/api/assignments/${id}/attempts`, {});
      expect((await w.kim.call("POST", `/api/sessions/${sessionId}/abandon`)).status).toBe(200);
      const status = await w.tess.json<{ learners: { progress: { status: string; attemptsUsed: number } }[] }>(
        "GET",
        `/api/assignments/${id}`,
      );
      expect(status.learners[0]?.progress).toMatchObject({ status: "failed", attemptsUsed: 1 });
      const again = await w.kim.call("POST", `/api/assignments/${id}/attempts`, {});
      expect(again.status).toBe(409);
      expect((await errorOf(again)).code).toBe("attempts_exhausted");
    });

    it("a call of the same scenario outside the certification does not count toward it", async () => {
      const created = await w.tess.json<{ assignment: { id: string } }>(
        "POST",
        "/api/assignments",
        certification({ learnerIds: [w.ids.kim] }),
      );
      const call = await w.kim.json<{ session: { id: string } }>("POST", "/api/sessions", {
        personaId: "cancel-after-outages",
        mode: "exam",
      });
      await playAndEnd(w.kim, call.session.id, GOOD);
      const status = await w.kim.json<{ learners: { progress: { status: string } }[] }>(
        "GET",
        `/api/assignments/${created.assignment.id}`,
      );
      expect(status.learners[0]?.progress.status).toBe("not_started");
    });
  });
});
