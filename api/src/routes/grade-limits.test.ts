import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, errorOf, signIn } from "../testing/signed-in-client";
import { startTestRuntime } from "../testing/test-runtime";

/** Issue 15, finding 2: /api/grade is bounded in size and rate-limited per user. */
let parley: Awaited<ReturnType<typeof startTestRuntime>>;
let learner: Client;
beforeAll(async () => {
  parley = await startTestRuntime({
    PARLEY_GRADES_PER_MINUTE: "3",
    PARLEY_AUTH: "accounts",
    PARLEY_ADMIN_EMAIL: "admin@example.com",
    PARLEY_ADMIN_PASSWORD: "correct horse battery",
  });
  const admin = await signIn(parley, "admin@example.com", "correct horse battery");
  const user = { name: "Lee", email: "lee@example.com", role: "learner", password: "long enough password" };
  expect((await admin.call("POST", "/api/users", user)).status).toBe(201);
  learner = await signIn(parley, user.email, user.password);
});
afterAll(() => parley.close());

const grade = (transcript: unknown[]) => learner.call("POST", "/api/grade", { transcript, rubricId: "retention-call" });
const rep = (index: number, text: string) => ({ index, role: "rep", text });

describe("POST /api/grade limits", () => {
  it("refuses a transcript over the size limits with 413 naming the limit, before grading", async () => {
    // The sweep's request: 48 rep turns of 20,000 characters (under the body limit).
    const huge = await grade(Array.from({ length: 48 }, (_, i) => rep(i, "word ".repeat(4_000))));
    expect(huge.status).toBe(413);
    expect(await errorOf(huge)).toMatchObject({
      code: "transcript_too_large",
      message: expect.stringMatching(/at most 200000 characters/),
    });
    const long = await grade(Array.from({ length: 1001 }, (_, i) => rep(i, "Hi.")));
    expect(long.status).toBe(413);
    expect((await errorOf(long)).message).toMatch(/at most 1000 turns/);
  });

  it("rate-limits a learner's grading: 429 rate_limited with retryAfterSeconds", async () => {
    for (let i = 0; i < 3; i++) expect((await grade([rep(0, "I'm so sorry about that.")])).status).toBe(200);
    const limited = await grade([rep(0, "One more?")]);
    expect(limited.status).toBe(429);
    const error = (await limited.json()) as { error: { code: string; details: { retryAfterSeconds: number } } };
    expect(error.error.code).toBe("rate_limited");
    expect(error.error.details.retryAfterSeconds).toBeGreaterThan(0);
  });
});
