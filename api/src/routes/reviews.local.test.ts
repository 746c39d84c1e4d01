import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BAD, playAndEnd } from "../testing/programme-fixtures";
import { errorOf } from "../testing/signed-in-client";
import { startTestRuntime, type TestRuntime } from "../testing/test-runtime";
import { anonymous } from "../testing/signed-in-client";

let parley: TestRuntime;
beforeAll(async () => {
  parley = await startTestRuntime();
});
afterAll(() => parley.close());

describe("review in local mode: the one user annotates their own calls", () => {
  it("comments and overrides on their own call, with no notice to themself, and exports with no team setting", async () => {
    const me = anonymous(parley);
    const { session } = await me.json<{ session: { id: string } }>("POST", "/api/sessions", {
      personaId: "cancel-after-outages",
      rubricId: "retention-call",
      mode: "exam",
    });
    await playAndEnd(me, session.id, BAD);
    const comment = await me.call("POST", `/api/reviews/sessions/${session.id}/comments`, {
      turnIndex: 1,
      text: "Too soon",
    });
    expect(comment.status).toBe(201);
    const override = await me.call("POST", `/api/reviews/sessions/${session.id}/overrides`, {
      criterionId: "honours-cancellation",
      score: 2,
      reason: "I pitched before listening.",
    });
    const { review } = (await override.json()) as { review: { canReview: boolean; reviewed: { changed: boolean } } };
    expect(review).toMatchObject({ canReview: true, reviewed: { changed: true } });
    const inbox = await me.json<{ items: { kind: string }[] }>("GET", "/api/notifications");
    expect(inbox.items.filter((item) => item.kind === "reviewed")).toEqual([]);

    expect(await me.json("GET", "/api/reviews/settings")).toEqual({ teamId: null, exportAllowed: true, local: true });
    const setting = await me.call("PUT", "/api/reviews/settings", { exportAllowed: false });
    expect((await errorOf(setting)).code).toBe("local_mode");
    const exported = await me.call("GET", "/api/reviews/export");
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain("honours-cancellation");
  });
});
