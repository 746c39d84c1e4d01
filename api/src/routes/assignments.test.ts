import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDialect } from "../testing/databases";
import { errorOf } from "../testing/signed-in-client";
import { BAD, GOOD, inDays, playAndEnd, type ProgrammeWorld, startProgrammeWorld } from "../testing/programme-fixtures";

interface Progress {
  status: string;
  attemptsUsed: number;
  nextStep: number | null;
  steps: { attempts: number; best: number | null }[];
}
interface AssignmentItem {
  assignment: { id: string; title: string; steps: { personaId: string; difficulty: string }[] };
  learners: { learner: { id: string; name: string }; progress: Progress }[];
  counts: Record<string, number>;
}

let w: ProgrammeWorld;
let practiceId: string;

const practice = (over: Record<string, unknown> = {}) => ({
  kind: "practice",
  steps: [{ personaId: "cancel-after-outages" }],
  requiredScore: 3,
  attemptsAllowed: 3,
  dueAt: inDays(7),
  ...over,
});

// The training programme on each database: its stores run on SQLite and PostgreSQL alike.
describeEachDialect("assignments", (dialect) => {
  beforeAll(async () => {
    w = await startProgrammeWorld({}, undefined, dialect);
    const created = await w.tess.call("POST", "/api/assignments", practice({ teamId: w.teamA }));
    expect(created.status).toBe(201);
    const body = (await created.json()) as { assignment: { id: string }; learners: number };
    expect(body.learners).toBe(2);
    practiceId = body.assignment.id;
  }, 60_000);
  afterAll(() => w.parley.close());

  describe("POST /api/assignments: who may assign what to whom", () => {
    it("refuses a learner", async () => {
      const response = await w.lee.call("POST", "/api/assignments", practice({ learnerIds: [w.ids.kim] }));
      expect(response.status).toBe(403);
      expect((await errorOf(response)).code).toBe("forbidden");
    });

    it("refuses a trainer assigning another team's learner or team, without saying who exists", async () => {
      const learner = await w.tess.call("POST", "/api/assignments", practice({ learnerIds: [w.ids.ray] }));
      expect(learner.status).toBe(400);
      const refused = await errorOf(learner);
      expect(refused.code).toBe("invalid_assignees");
      const unknown = await w.tess.call("POST", "/api/assignments", practice({ learnerIds: ["no-such-user"] }));
      expect((await errorOf(unknown)).message).toBe(refused.message);
      const team = await w.tess.call("POST", "/api/assignments", practice({ teamId: w.teamB }));
      expect(team.status).toBe(403);
      // Trainers and admins are not learners: work is not assigned to them.
      const trainer = await w.tess.call("POST", "/api/assignments", practice({ learnerIds: [w.ids.tess] }));
      expect((await errorOf(trainer)).code).toBe("invalid_assignees");
    });

    it("says which field is wrong: a due date in the past, no one to assign to, a score off the scale, an unknown persona", async () => {
      const past = await w.tess.call("POST", "/api/assignments", practice({ teamId: w.teamA, dueAt: inDays(-1) }));
      expect(past.status).toBe(400);
      expect((await errorOf(past)).details?.issues?.[0]?.field).toBe("dueAt");
      const nobody = await w.tess.call("POST", "/api/assignments", practice());
      expect((await errorOf(nobody)).code).toBe("invalid_assignees");
      const scale = await w.tess.call("POST", "/api/assignments", practice({ teamId: w.teamA, requiredScore: 9 }));
      expect((await errorOf(scale)).details?.issues?.[0]?.field).toBe("requiredScore");
      const persona = await w.tess.call(
        "POST",
        "/api/assignments",
        practice({ teamId: w.teamA, steps: [{ personaId: "nobody-here" }] }),
      );
      expect(persona.status).toBe(404);
      expect((await errorOf(persona)).code).toBe("persona_not_found");
      const attempts = await w.tess.call("POST", "/api/assignments", practice({ teamId: w.teamA, attemptsAllowed: 0 }));
      expect((await errorOf(attempts)).details?.issues?.[0]?.field).toBe("attemptsAllowed");
    });

    it("stores a path easy to hard whatever order it was given in", async () => {
      const created = await w.tess.call(
        "POST",
        "/api/assignments",
        practice({
          learnerIds: [w.ids.kim],
          steps: [
            { personaId: "cancel-after-outages", difficulty: "hard" },
            { personaId: "cancel-after-outages", difficulty: "easy" },
            { personaId: "cancel-after-outages", difficulty: "medium" },
          ],
        }),
      );
      expect(created.status).toBe(201);
      const { assignment } = (await created.json()) as AssignmentItem;
      expect(assignment.steps.map((step) => step.difficulty)).toEqual(["easy", "medium", "hard"]);
    });
    it("stores the skill it was made for and shows only that one; a skill no rubric of the path scores is refused", async () => {
      const made = await w.tess.call(
        "POST",
        "/api/assignments",
        practice({ learnerIds: [w.ids.kim], skill: "empathy" }),
      );
      expect(made.status).toBe(201);
      const { assignment } = (await made.json()) as {
        assignment: { id: string; skill: { id: string; name: string } | null; skills: { id: string }[] };
      };
      expect(assignment.skill).toEqual({ id: "empathy", name: "Empathy" });
      expect(assignment.skills.map((skill) => skill.id)).toEqual(["empathy"]);
      const read = (await (await w.kim.call("GET", `/api/assignments/${assignment.id}`)).json()) as {
        assignment: { skill: { name: string } | null; skills: { name: string }[] };
      };
      expect(read.assignment.skill?.name).toBe("Empathy");
      expect(read.assignment.skills).toEqual([{ id: "empathy", name: "Empathy" }]);
      // Without a skill: every skill its rubrics score, as before.
      const plain = (await (await w.tess.call("GET", `/api/assignments/${practiceId}`)).json()) as {
        assignment: { skill: unknown; skills: { id: string }[] };
      };
      expect(plain.assignment.skill).toBeNull();
      expect(plain.assignment.skills.length).toBeGreaterThan(1);
      const wrong = await w.tess.call(
        "POST",
        "/api/assignments",
        practice({ learnerIds: [w.ids.kim], skill: "Juggling" }),
      );
      expect(wrong.status).toBe(400);
      const refused = await errorOf(wrong);
      expect(refused.code).toBe("skill_not_in_path");
      expect(refused.details?.issues?.[0]?.field).toBe("skill");
    });
  });

  describe("GET /api/assignments: each sees only what is theirs", () => {
    it("a learner sees their own status only; another team's learner sees nothing", async () => {
      const mine = await w.lee.json<{ items: AssignmentItem[] }>("GET", "/api/assignments");
      const item = mine.items.find((entry) => entry.assignment.id === practiceId);
      expect(item?.learners.map((entry) => entry.learner.id)).toEqual([w.ids.lee]);
      expect((await w.ray.json<{ items: AssignmentItem[] }>("GET", "/api/assignments")).items).toEqual([]);
      const other = await w.ray.call("GET", `/api/assignments/${practiceId}`);
      expect(other.status).toBe(404);
      expect((await errorOf(other)).code).toBe("assignment_not_found");
    });

    it("another team's trainer neither lists nor reads it; the admin sees everyone", async () => {
      expect((await w.bo.json<{ items: AssignmentItem[] }>("GET", "/api/assignments")).items).toEqual([]);
      expect((await w.bo.call("GET", `/api/assignments/${practiceId}`)).status).toBe(404);
      const all = await w.admin.json<{ learners: unknown[] }>("GET", `/api/assignments/${practiceId}`);
      expect(all.learners).toHaveLength(2);
    });

    it("a learner cannot start an attempt at someone else's assignment", async () => {
      const response = await w.ray.call("POST", `/api/assignments/${practiceId}/attempts`, {});
      expect(response.status).toBe(404);
      expect((await w.tess.call("POST", `/api/assignments/${practiceId}/attempts`, {})).status).toBe(404);
    });

    it("the assign form's choices: a trainer's own team's learners only; learners are refused", async () => {
      const choices = await w.tess.json<{ learners: { id: string }[] }>("GET", "/api/assignments/assignees");
      expect(choices.learners.map((learner) => learner.id).sort()).toEqual([w.ids.lee, w.ids.kim].sort());
      expect((await w.lee.call("GET", "/api/assignments/assignees")).status).toBe(403);
    });
  });

  describe("status comes from the learners' real calls", () => {
    it("not started, then passed by a call started from the assignment; a weak call from the Practise page leaves Kim in progress", async () => {
      const before = await w.tess.json<AssignmentItem>("GET", `/api/assignments/${practiceId}`);
      expect(before.learners.map((entry) => entry.progress.status)).toEqual(["not_started", "not_started"]);

      const started = await w.lee.call("POST", `/api/assignments/${practiceId}/attempts`, {});
      expect(started.status).toBe(201);
      const { sessionId } = (await started.json()) as { sessionId: string };
      const session = await w.lee.json<{ session: { mode: string; assignmentId: string } }>(
        "GET",
        `/api/sessions/${sessionId}`,
      );
      expect(session.session).toMatchObject({ mode: "coach", assignmentId: practiceId });
      expect(
        (await w.tess.json<AssignmentItem>("GET", `/api/assignments/${practiceId}`)).learners[1]?.progress.status,
      ).toBe("in_progress");
      const card = await playAndEnd(w.lee, sessionId, GOOD);
      expect(card.overall).toBeGreaterThanOrEqual(3);

      const kimCall = await w.kim.json<{ session: { id: string } }>("POST", "/api/sessions", {
        personaId: "cancel-after-outages",
        mode: "exam",
      });
      const weak = await playAndEnd(w.kim, kimCall.session.id, BAD);
      expect(weak.overall).toBeLessThan(3);

      const after = await w.tess.json<AssignmentItem>("GET", `/api/assignments/${practiceId}`);
      const byName = Object.fromEntries(after.learners.map((entry) => [entry.learner.name, entry.progress]));
      expect(byName["Lee Learner"]).toMatchObject({ status: "passed", attemptsUsed: 1 });
      expect(byName["Kim Learner"]).toMatchObject({ status: "in_progress", attemptsUsed: 1 });
      const list = await w.tess.json<{ items: AssignmentItem[] }>("GET", "/api/assignments");
      expect(list.items.find((item) => item.assignment.id === practiceId)?.counts).toMatchObject({
        passed: 1,
        in_progress: 1,
      });
    });
  });

  describe("notifications", () => {
    interface Notes {
      items: { id: string; kind: string; message: string; readAt: number | null; assignmentId: string }[];
      unread: number;
    }
    it("tell a learner they were assigned and that they passed; others cannot mark them read", async () => {
      const lee = await w.lee.json<Notes>("GET", "/api/notifications");
      const kinds = lee.items.map((note) => note.kind);
      expect(kinds).toContain("assigned");
      expect(kinds).toContain("passed");
      expect(lee.unread).toBe(lee.items.length);
      const ids = lee.items.map((note) => note.id);
      expect(await w.kim.json("POST", "/api/notifications/read", { ids })).toEqual({ marked: 0 });
      expect((await w.lee.json<Notes>("GET", "/api/notifications")).unread).toBe(lee.items.length);
      expect(await w.lee.json("POST", "/api/notifications/read", { ids: [ids[0]] })).toEqual({ marked: 1 });
      expect((await w.lee.json<Notes>("GET", "/api/notifications")).unread).toBe(lee.items.length - 1);
      expect((await w.ray.json<Notes>("GET", "/api/notifications")).items).toEqual([]);
    });

    it("say 'due soon' within two days of the due date", async () => {
      const created = await w.tess.json<{ assignment: { id: string } }>(
        "POST",
        "/api/assignments",
        practice({ learnerIds: [w.ids.kim], dueAt: inDays(1), title: "Quick one" }),
      );
      const kim = await w.kim.json<Notes>("GET", "/api/notifications");
      const mine = kim.items.filter((note) => note.assignmentId === created.assignment.id).map((note) => note.kind);
      expect(mine.sort()).toEqual(["assigned", "due_soon"]);
    });
  });
});
