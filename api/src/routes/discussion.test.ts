import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDialect } from "../testing/databases";
import { BAD, GOOD, playAndEnd, type ProgrammeWorld, startProgrammeWorld } from "../testing/programme-fixtures";
import { type Client, errorOf } from "../testing/signed-in-client";

interface Post {
  id: string;
  text: string;
  deleted: boolean;
  pinned: boolean;
  author: { name: string };
  replies: Post[];
}
interface Thread {
  canPin: boolean;
  pinnedPostId: string | null;
  posts: Post[];
}

let w: ProgrammeWorld;
let leeCall: string;
let rayCall: string;

async function call(client: Client, lines: string[]) {
  const started = await client.json<{ session: { id: string } }>("POST", "/api/sessions", {
    personaId: "cancel-after-outages",
    rubricId: "retention-call",
    mode: "exam",
  });
  await playAndEnd(client, started.session.id, lines);
  return started.session.id;
}
const SCENARIO = "/api/discussion/threads/scenario/cancel-after-outages";
const callThread = (id: string) => `/api/discussion/threads/call/${id}`;
const threadOf = async (client: Client, url: string) => (await client.json<{ thread: Thread }>("GET", url)).thread;
const post = async (client: Client, url: string, body: { text: string; parentId?: string }) => {
  const response = await client.call("POST", `${url}/posts`, body);
  expect(response.status).toBe(201);
  return (await response.json()) as { postId: string; mentioned: { name: string }[]; thread: Thread };
};
const mentions = async (client: Client) =>
  (
    await client.json<{ items: { kind: string; message: string; link: string }[] }>("GET", "/api/notifications")
  ).items.filter((item) => item.kind === "mentioned");

describeEachDialect("discussion", (dialect) => {
  beforeAll(async () => {
    w = await startProgrammeWorld({}, undefined, dialect);
    leeCall = await call(w.lee, BAD);
    rayCall = await call(w.ray, GOOD);
  }, 120_000);
  afterAll(() => w.parley.close());

  describe("a scenario's thread is its team's", () => {
    it("posts, replies (one level), a trainer's pinned answer; mentions of teammates notify, outsiders not", async () => {
      const asked = await post(w.lee, SCENARIO, { text: "How would you handle the bundle pitch? @kim @ray @tess" });
      expect(asked.mentioned.map((m) => m.name).sort()).toEqual(["Kim Learner", "Tess Trainer"]);
      const reply = await post(w.tess, SCENARIO, { text: "Acknowledge the outages first.", parentId: asked.postId });
      const nested = await post(w.kim, SCENARIO, { text: "Agreed", parentId: reply.postId });
      const thread = nested.thread;
      expect(thread.posts).toHaveLength(1);
      expect(thread.posts[0]?.replies.map((r) => r.text)).toEqual(["Acknowledge the outages first.", "Agreed"]);

      expect((await mentions(w.kim))[0]).toMatchObject({
        message: "Lee Learner mentioned you in a scenario's discussion.",
        link: "/discussion/scenarios/cancel-after-outages",
      });
      expect(await mentions(w.ray)).toEqual([]);

      const learnerPin = await w.lee.call("PUT", `${SCENARIO}/pin`, { postId: reply.postId });
      expect(learnerPin.status).toBe(403);
      expect((await errorOf(learnerPin)).code).toBe("forbidden");
      expect((await threadOf(w.lee, SCENARIO)).canPin).toBe(false);
      const pinned = await w.tess.call("PUT", `${SCENARIO}/pin`, { postId: reply.postId });
      expect(pinned.status).toBe(200);
      expect((await threadOf(w.kim, SCENARIO)).pinnedPostId).toBe(reply.postId);
    });

    it("another team sees its own thread, never team A's; a learner cannot name another team", async () => {
      expect((await threadOf(w.ray, SCENARIO)).posts).toEqual([]);
      const sneaky = await w.ray.call("GET", `${SCENARIO}?teamId=${w.teamA}`);
      expect(sneaky.status).toBe(404);
      expect((await errorOf(sneaky)).code).toBe("team_not_found");
      const pinThere = await w.bo.call("PUT", `${SCENARIO}/pin?teamId=${w.teamA}`, { postId: null });
      expect(pinThere.status).toBe(404);
      expect((await threadOf(w.admin, `${SCENARIO}?teamId=${w.teamA}`)).posts).toHaveLength(1);
    });

    it("an admin (in no team) reads and moderates a team's thread by naming the team", async () => {
      const own = await w.admin.call("GET", SCENARIO);
      expect((await errorOf(own)).code).toBe("no_team");
      const { postId } = await post(w.kim, SCENARIO, { text: "Moderate me" });
      const inA = `${SCENARIO}?teamId=${w.teamA}`;
      expect((await threadOf(w.admin, inA)).canPin).toBe(true);
      const pinned = await w.admin.call("PUT", `${SCENARIO}/pin?teamId=${w.teamA}`, { postId });
      expect(pinned.status).toBe(200);
      expect((await threadOf(w.lee, SCENARIO)).pinnedPostId).toBe(postId);
      expect((await w.admin.call("DELETE", `/api/discussion/posts/${postId}`)).status).toBe(200);
      expect((await threadOf(w.lee, SCENARIO)).posts.some((p) => p.id === postId)).toBe(false);
      // Team B's thread is another thread: nothing of team A's shows there.
      expect((await threadOf(w.admin, `${SCENARIO}?teamId=${w.teamB}`)).posts.some((p) => p.id === postId)).toBe(false);
    });

    it("edits by the author only; deletes by the author or the team's trainer; a deleted post keeps its replies", async () => {
      const { postId } = await post(w.kim, SCENARIO, { text: "First try" });
      expect((await w.lee.call("PATCH", `/api/discussion/posts/${postId}`, { text: "hijack" })).status).toBe(403);
      expect((await w.tess.call("PATCH", `/api/discussion/posts/${postId}`, { text: "hijack" })).status).toBe(403);
      const edited = await w.kim.call("PATCH", `/api/discussion/posts/${postId}`, { text: "Second try @lee" });
      expect(edited.status).toBe(200);
      expect((await mentions(w.lee)).length).toBe(1);
      // Another team's people cannot reach a post by its id.
      expect((await errorOf(await w.ray.call("DELETE", `/api/discussion/posts/${postId}`))).code).toBe(
        "post_not_found",
      );
      expect((await w.lee.call("DELETE", `/api/discussion/posts/${postId}`)).status).toBe(403);
      expect((await w.tess.call("DELETE", `/api/discussion/posts/${postId}`)).status).toBe(200);
      const thread = await threadOf(w.kim, SCENARIO);
      expect(thread.posts.map((p) => p.id)).not.toContain(postId);

      const top = thread.posts[0];
      expect((await w.lee.call("DELETE", `/api/discussion/posts/${top?.id}`)).status).toBe(200);
      const after = await threadOf(w.kim, SCENARIO);
      expect(after.posts[0]).toMatchObject({ deleted: true, text: "" });
      expect(after.posts[0]?.replies).toHaveLength(2);
    });

    it("refuses empty and over-long posts, and unknown scenarios, with clear errors", async () => {
      const empty = await w.lee.call("POST", `${SCENARIO}/posts`, { text: "   " });
      expect(empty.status).toBe(400);
      expect((await errorOf(empty)).details?.issues?.[0]).toMatchObject({
        field: "text",
        message: "must not be empty",
      });
      const long = await w.lee.call("POST", `${SCENARIO}/posts`, { text: "x".repeat(2001) });
      expect((await errorOf(long)).message).toContain("at most 2000 characters");
      const unknown = await w.lee.call("GET", "/api/discussion/threads/scenario/no-such-persona");
      expect(unknown.status).toBe(404);
      expect((await errorOf(unknown)).code).toBe("persona_not_found");
    });
  });

  describe("sharing a call is the learner's choice", () => {
    it("teammates cannot read an unshared call; only its owner shares it", async () => {
      const before = await w.kim.call("GET", `/api/discussion/shared/${leeCall}`);
      expect(before.status).toBe(404);
      expect((await errorOf(before)).code).toBe("session_not_found");
      expect((await w.kim.call("GET", callThread(leeCall))).status).toBe(404);
      expect((await w.tess.call("PUT", `/api/discussion/sharing/${leeCall}`, { shared: true })).status).toBe(403);
      expect((await w.kim.call("PUT", `/api/discussion/sharing/${leeCall}`, { shared: true })).status).toBe(404);
      const trainerSees = await w.tess.call("GET", callThread(leeCall));
      expect((await errorOf(trainerSees)).code).toBe("call_not_shared");
    });

    it("shared: the team reads transcript and scorecard and discusses it; other teams do not", async () => {
      const mineOf = async (client: Client) =>
        (await client.json<{ sessionIds: string[] }>("GET", "/api/discussion/sharing")).sessionIds;
      expect(await mineOf(w.lee)).toEqual([]);
      const shared = await w.lee.call("PUT", `/api/discussion/sharing/${leeCall}`, { shared: true });
      expect(shared.status).toBe(200);
      expect(await shared.json()).toMatchObject({ shared: true, canShare: true });
      // History's "Shared" marker: one's own shared calls only, never a teammate's.
      expect(await mineOf(w.lee)).toEqual([leeCall]);
      expect(await mineOf(w.kim)).toEqual([]);
      expect(await mineOf(w.tess)).toEqual([]);
      const list = await w.kim.json<{ items: { sessionId: string; learner: { name: string } }[] }>(
        "GET",
        "/api/discussion/shared",
      );
      expect(list.items.map((item) => item.sessionId)).toEqual([leeCall]);
      const { call: seen } = await w.kim.json<{ call: { turns: { role: string }[]; scorecard: { overall: number } } }>(
        "GET",
        `/api/discussion/shared/${leeCall}`,
      );
      expect(seen.turns.map((turn) => turn.role)).toContain("rep");
      // The hidden goal stays hidden from a teammate who may not have played this scenario yet.
      expect((seen.scorecard as { reveal?: unknown }).reveal).toBeNull();
      const own = await w.lee.json<{ call: { scorecard: { reveal: unknown } } }>(
        "GET",
        `/api/discussion/shared/${leeCall}`,
      );
      expect(own.call.scorecard.reveal).not.toBeNull();
      expect(typeof seen.scorecard.overall).toBe("number");
      // Still read-only: the teammate cannot read or change it through the sessions API.
      expect((await w.kim.call("GET", `/api/sessions/${leeCall}`)).status).toBe(404);

      await post(w.kim, callThread(leeCall), { text: "I would skip the bundle. @lee" });
      expect((await w.ray.call("GET", `/api/discussion/shared/${leeCall}`)).status).toBe(404);
      expect((await w.ray.call("GET", callThread(leeCall))).status).toBe(404);
      expect((await w.ray.json<{ items: unknown[] }>("GET", "/api/discussion/shared")).items).toEqual([]);
      expect((await w.bo.call("POST", `${callThread(leeCall)}/posts`, { text: "hi" })).status).toBe(404);
      expect((await w.kim.call("GET", `/api/discussion/shared/${rayCall}`)).status).toBe(404);
    });

    it("unsharing removes it from every team view and hides its thread; sharing again brings the thread back", async () => {
      expect((await w.lee.call("PUT", `/api/discussion/sharing/${leeCall}`, { shared: false })).status).toBe(200);
      expect(await w.lee.json("GET", "/api/discussion/sharing")).toEqual({ sessionIds: [] });
      expect((await w.kim.json<{ items: unknown[] }>("GET", "/api/discussion/shared")).items).toEqual([]);
      expect((await w.tess.json<{ items: unknown[] }>("GET", "/api/discussion/shared")).items).toEqual([]);
      expect((await w.kim.call("GET", `/api/discussion/shared/${leeCall}`)).status).toBe(404);
      expect((await w.kim.call("GET", callThread(leeCall))).status).toBe(404);
      await w.lee.call("PUT", `/api/discussion/sharing/${leeCall}`, { shared: true });
      expect((await threadOf(w.kim, callThread(leeCall))).posts.map((p) => p.text)).toEqual([
        "I would skip the bundle. @lee",
      ]);
    });

    it("the shared-calls list: an admin names the team (?teamId=); a learner or trainer only ever gets their own", async () => {
      const ids = async (client: Client, query = "") =>
        (
          await client.json<{ teamId: string; items: { sessionId: string }[] }>("GET", `/api/discussion/shared${query}`)
        ).items.map((item) => item.sessionId);
      await w.ray.call("PUT", `/api/discussion/sharing/${rayCall}`, { shared: true });
      // The admin is in no team: without a team named, there is no list to show.
      const own = await w.admin.call("GET", "/api/discussion/shared");
      expect(own.status).toBe(409);
      expect((await errorOf(own)).code).toBe("no_team");
      expect(await ids(w.admin, `?teamId=${w.teamA}`)).toEqual([leeCall]);
      expect(await ids(w.admin, `?teamId=${w.teamB}`)).toEqual([rayCall]);
      const unknown = await w.admin.call("GET", "/api/discussion/shared?teamId=no-such-team");
      expect((await errorOf(unknown)).code).toBe("team_not_found");
      // Naming one's own team is the same as naming none; naming another is refused, never answered.
      expect(await ids(w.kim, `?teamId=${w.teamA}`)).toEqual([leeCall]);
      for (const [client, other] of [
        [w.kim, w.teamB],
        [w.ray, w.teamA],
        [w.tess, w.teamB],
        [w.bo, w.teamA],
      ] as const) {
        const sneaky = await client.call("GET", `/api/discussion/shared?teamId=${other}`);
        expect(sneaky.status).toBe(404);
        expect((await errorOf(sneaky)).code).toBe("team_not_found");
      }
      expect(await ids(w.ray)).toEqual([rayCall]);
      // The admin opens a shared call of either team from the list.
      expect((await w.admin.call("GET", `/api/discussion/shared/${rayCall}`)).status).toBe(200);
      expect((await w.admin.call("GET", callThread(rayCall))).status).toBe(200);
      await w.ray.call("PUT", `/api/discussion/sharing/${rayCall}`, { shared: false });
    });
  });
});

describe("discussion in local mode", () => {
  let local: ProgrammeWorld["parley"];
  beforeAll(async () => {
    const { startTestRuntime } = await import("../testing/test-runtime");
    local = await startTestRuntime();
  });
  afterAll(() => local.close());

  it("scenario threads work for the one user; sharing is refused (no team)", async () => {
    const { anonymous } = await import("../testing/signed-in-client");
    const me = anonymous(local);
    const { thread } = await post(me, SCENARIO, { text: "Note to self: lead with the outages. @nobody" });
    expect(thread.canPin).toBe(true);
    expect((await me.call("PUT", `${SCENARIO}/pin`, { postId: thread.posts[0]?.id })).status).toBe(200);
    expect(await mentions(me)).toEqual([]);
    const shared = await me.call("PUT", "/api/discussion/sharing/whatever", { shared: true });
    expect((await errorOf(shared)).code).toBe("local_mode");
    expect(await me.json("GET", "/api/discussion/shared")).toEqual({ local: true, teamId: null, items: [] });
    expect(await me.json("GET", "/api/discussion/sharing")).toEqual({ sessionIds: [] });
  });
});
