import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runParley } from "../testing/cli-io";
import { describeEachDialect } from "../testing/databases";
import { BAD, GOOD, playAndEnd, type ProgrammeWorld, startProgrammeWorld } from "../testing/programme-fixtures";
import { type Client, errorOf } from "../testing/signed-in-client";

interface Review {
  canReview: boolean;
  grader: { overall: number; passed: boolean };
  reviewed: { overall: number; passed: boolean; changed: boolean };
  criteria: {
    id: string;
    graderScore: number;
    reviewedScore: number;
    overridden: boolean;
    standingOverrideId: string | null;
  }[];
  comments: { turnIndex: number | null; text: string; author: { name: string } }[];
  overrides: {
    id: string;
    criterionId: string;
    score: number;
    author: { name: string };
    withdrawn: unknown;
    standing: boolean;
  }[];
}

let w: ProgrammeWorld;
let leeCall: string;
let rayCall: string;
let tessCall: string;
let open: string;

async function call(client: Client, lines: string[], end = true) {
  const started = await client.json<{ session: { id: string } }>("POST", "/api/sessions", {
    personaId: "cancel-after-outages",
    rubricId: "retention-call",
    mode: "exam",
  });
  if (end) await playAndEnd(client, started.session.id, lines);
  return started.session.id;
}
const reviewOf = async (response: Response) => ((await response.json()) as { review: Review }).review;
const path_ = (id: string, rest = "") => `/api/reviews/sessions/${id}${rest}`;
const tone = (score: number, reason = "Warm and plain: a 5 here.") => ({
  criterionId: "respectful-tone",
  score,
  reason,
});

describeEachDialect("human review", (dialect) => {
  beforeAll(async () => {
    w = await startProgrammeWorld({}, undefined, dialect);
    leeCall = await call(w.lee, BAD);
    rayCall = await call(w.ray, BAD);
    tessCall = await call(w.tess, GOOD);
    open = await call(w.lee, [], false);
  }, 90_000);
  afterAll(() => w.parley.close());

  describe("a trainer of the learner's team reviews; the learner sees it and is told", () => {
    it("comments on a turn and overrides a score: the grader's result and the reviewed one side by side", async () => {
      const before = await reviewOf(await w.tess.call("GET", path_(leeCall)));
      expect(before.canReview).toBe(true);
      expect(before.reviewed).toEqual({ ...before.grader, changed: false });

      const comment = await w.tess.call("POST", path_(leeCall, "/comments"), {
        turnIndex: 1,
        text: "Lead with the outages.",
      });
      expect(comment.status).toBe(201);
      const overridden = await w.tess.call(
        "POST",
        path_(leeCall, "/overrides"),
        tone(5, "Lee stayed polite; lee@example.com"),
      );
      expect(overridden.status).toBe(201);
      const review = await reviewOf(overridden);
      const criterion = review.criteria.find((c) => c.id === "respectful-tone");
      expect(criterion).toMatchObject({ reviewedScore: 5, overridden: true });
      expect(criterion?.graderScore).not.toBe(5);
      expect(review.grader).toEqual(before.grader);
      expect(review.reviewed.changed).toBe(true);
      expect(review.reviewed.overall).toBeGreaterThan(review.grader.overall);
      expect(review.comments).toEqual([
        expect.objectContaining({
          turnIndex: 1,
          text: "Lead with the outages.",
          author: { id: w.ids.tess, name: "Tess Trainer" },
        }),
      ]);
    });

    it("the learner reads the review of their call, cannot write one, and has a notice linking to it", async () => {
      const seen = await reviewOf(await w.lee.call("GET", path_(leeCall)));
      expect(seen.canReview).toBe(false);
      expect(seen.comments).toHaveLength(1);
      const own = await w.lee.call("POST", path_(leeCall, "/comments"), { turnIndex: 1, text: "I disagree" });
      expect(own.status).toBe(403);
      expect((await errorOf(own)).code).toBe("forbidden");
      const inbox = await w.lee.json<{
        items: { kind: string; sessionId: string | null; message: string }[];
        unread: number;
      }>("GET", "/api/notifications");
      const notices = inbox.items.filter((item) => item.kind === "reviewed");
      // Two entries, one unread notice per call, brought up to date.
      expect(notices).toEqual([
        expect.objectContaining({
          sessionId: leeCall,
          message: expect.stringContaining("Tess Trainer set your score"),
        }),
      ]);
      expect(inbox.unread).toBeGreaterThanOrEqual(1);
      const read = await w.lee.json<{ marked: number }>("POST", "/api/notifications/read", {});
      expect(read.marked).toBeGreaterThanOrEqual(1);
    });
  });

  describe("isolation: each rule, tried", () => {
    it("another learner, even of the same team, cannot see the review: not found", async () => {
      for (const client of [w.kim, w.ray]) {
        const response = await client.call("GET", path_(leeCall));
        expect(response.status).toBe(404);
        expect((await errorOf(response)).code).toBe("session_not_found");
        const write = await client.call("POST", path_(leeCall, "/comments"), { text: "hi" });
        expect(write.status).toBe(404);
      }
    });

    it("a trainer cannot review or read another team's call; an admin can review any", async () => {
      const bo = await w.bo.call("POST", path_(leeCall, "/overrides"), tone(1));
      expect(bo.status).toBe(404);
      expect((await errorOf(bo)).code).toBe("session_not_found");
      expect((await w.tess.call("GET", path_(rayCall))).status).toBe(404);
      expect((await w.tess.call("POST", path_(rayCall, "/comments"), { text: "x" })).status).toBe(404);
      expect(
        (await w.admin.call("POST", path_(rayCall, "/comments"), { turnIndex: 1, text: "Admin note" })).status,
      ).toBe(201);
      const ray = await w.ray.json<{ items: { sessionId: string | null; message: string }[] }>(
        "GET",
        "/api/notifications",
      );
      expect(ray.items).toContainEqual(
        expect.objectContaining({ sessionId: rayCall, message: "admin commented on your reply 1." }),
      );
      // Ray's notices name Ray's call only; Lee's inbox has none about it.
      const lee = await w.lee.json<{ items: { sessionId: string | null }[] }>("GET", "/api/notifications");
      expect(lee.items.some((item) => item.sessionId === rayCall)).toBe(false);
    });

    it("nobody reviews their own call in accounts mode, not even a trainer", async () => {
      const own = await w.tess.call("POST", path_(tessCall, "/overrides"), tone(1));
      expect(own.status).toBe(403);
      expect((await errorOf(own)).code).toBe("forbidden");
    });
  });

  describe("bad input: a coded error naming the field, and nothing stored", () => {
    it("refuses a missing reason, a score off the scale, an unknown criterion or turn, a call not yet graded", async () => {
      const noReason = await w.tess.call("POST", path_(leeCall, "/overrides"), tone(4, "  "));
      expect((await errorOf(noReason)).details?.issues?.[0]?.field).toBe("reason");
      const scale = await w.tess.call("POST", path_(leeCall, "/overrides"), tone(9));
      expect(scale.status).toBe(400);
      expect(await errorOf(scale)).toMatchObject({ code: "score_out_of_range", details: { min: 1, max: 5 } });
      const criterion = await w.tess.call("POST", path_(leeCall, "/overrides"), { ...tone(3), criterionId: "charm" });
      expect((await errorOf(criterion)).code).toBe("unknown_criterion");
      const turn = await w.tess.call("POST", path_(leeCall, "/comments"), { turnIndex: 999, text: "x" });
      expect(turn.status).toBe(404);
      expect((await errorOf(turn)).code).toBe("turn_not_found");
      const ungraded = await w.tess.call("POST", path_(open, "/comments"), { text: "x" });
      expect(ungraded.status).toBe(409);
      expect((await errorOf(ungraded)).code).toBe("call_not_graded");
      const review = await reviewOf(await w.tess.call("GET", path_(leeCall)));
      expect(review.overrides).toHaveLength(1);
      expect(review.comments).toHaveLength(1);
    });
  });

  describe("overrides over time: the latest stands, and may be withdrawn", () => {
    it("keeps every override with who and when; only the standing one can be withdrawn, and then the grader's score is back", async () => {
      const later = await reviewOf(
        await w.admin.call("POST", path_(leeCall, "/overrides"), tone(4, "A 4: one curt line.")),
      );
      expect(later.overrides.map((o) => [o.author.name, o.score, o.standing])).toEqual([
        ["Tess Trainer", 5, false],
        ["admin", 4, true],
      ]);
      const [tess, admin] = later.overrides;
      const stale = await w.tess.call("POST", path_(leeCall, `/overrides/${tess?.id}/withdraw`));
      expect(stale.status).toBe(409);
      expect((await errorOf(stale)).code).toBe("override_not_current");
      const elsewhere = await w.admin.call("POST", path_(rayCall, `/overrides/${admin?.id}/withdraw`));
      expect((await errorOf(elsewhere)).code).toBe("override_not_found");

      const withdrawn = await w.tess.call("POST", path_(leeCall, `/overrides/${admin?.id}/withdraw`));
      expect(withdrawn.status).toBe(200);
      const review = await reviewOf(withdrawn);
      const criterion = review.criteria.find((c) => c.id === "respectful-tone");
      expect(criterion?.overridden).toBe(false);
      expect(criterion?.reviewedScore).toBe(criterion?.graderScore);
      expect(review.reviewed).toEqual({ ...review.grader, changed: false });
      expect(review.overrides[1]?.withdrawn).toEqual({ at: expect.any(Number), by: "Tess Trainer" });
      expect((await w.tess.call("POST", path_(leeCall, `/overrides/${admin?.id}/withdraw`))).status).toBe(409);
      // Tess changes it again, for the export below.
      expect(
        (await w.tess.call("POST", path_(leeCall, "/overrides"), tone(5, "Lee stayed polite; lee@example.com"))).status,
      ).toBe(201);
    });
  });

  describe("export as a grading suite: only where the team allows it, anonymised, loads with parley eval", () => {
    it("is off by default, and only the team's trainer or an admin may turn it on", async () => {
      const off = await w.tess.call("GET", `/api/reviews/export`);
      expect(off.status).toBe(403);
      expect((await errorOf(off)).code).toBe("review_export_not_allowed");
      expect(await w.tess.json("GET", "/api/reviews/settings")).toEqual({
        teamId: w.teamA,
        exportAllowed: false,
        local: false,
      });
      const learner = await w.lee.call("PUT", "/api/reviews/settings", { exportAllowed: true });
      expect(learner.status).toBe(403);
      const otherTrainer = await w.bo.call("PUT", "/api/reviews/settings", { teamId: w.teamA, exportAllowed: true });
      expect(otherTrainer.status).toBe(403);
      const learnerExport = await w.lee.call("GET", `/api/reviews/export?teamId=${w.teamA}`);
      expect(learnerExport.status).toBe(403);
      const on = await w.tess.call("PUT", "/api/reviews/settings", { exportAllowed: true });
      expect(await on.json()).toEqual({ teamId: w.teamA, exportAllowed: true, local: false });
      expect((await w.bo.call("GET", `/api/reviews/export?teamId=${w.teamA}`)).status).toBe(403);
      // Team B never allowed it: the admin's review of Ray's call stays in.
      expect((await w.admin.call("GET", `/api/reviews/export?teamId=${w.teamB}`)).status).toBe(403);
      expect((await errorOf(await w.admin.call("GET", "/api/reviews/export?teamId=nope"))).code).toBe("team_not_found");
    });

    it("exports the reviewed calls with no names, emails or ids, the transcript kept; parley eval loads it", async () => {
      const response = await w.tess.call("GET", `/api/reviews/export?teamId=${w.teamA}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toContain("reviews-retention-call.yaml");
      const yaml = await response.text();
      expect(yaml).toContain("kind: grading");
      expect(yaml).toContain(BAD[0]);
      expect(yaml).toContain("reviewer-1");
      expect(yaml).toContain("[name] stayed polite; [email]");
      for (const secret of ["Lee", "Tess", "@example.com", leeCall, w.ids.lee, w.ids.tess, w.teamA])
        expect(yaml).not.toContain(secret);

      const dir = mkdtempSync(path.join(tmpdir(), "parley-review-export-"));
      try {
        const file = path.join(dir, "reviews.yaml");
        writeFileSync(file, yaml);
        const run = await runParley(["eval", file, "--no-store"]);
        expect(run.stderr).not.toMatch(/reviews\.yaml:\d+/);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain("reviews-retention-call");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  });
});
