import { describe, expect, it } from "vitest";
import { createFairQueue } from "./fair-queue";

/** A task that finishes when the test says so, recording when it started. */
function gate(log: string[], name: string) {
  let open = () => {};
  const done = new Promise<void>((resolve) => (open = resolve));
  return {
    task: () => {
      log.push(name);
      return done.then(() => name);
    },
    open: () => open(),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("fair queue", () => {
  it("takes turns between users: a second user's one job starts before the first user's pile", async () => {
    const queue = createFairQueue({ concurrency: 1, maxWaitingPerKey: 10 });
    const started: string[] = [];
    const jobs = ["a1", "a2", "a3", "a4"].map((name) => gate(started, name));
    const results = jobs.map((job) => queue.run("alice", job.task));
    const bob = gate(started, "b1");
    const bobResult = queue.run("bob", bob.task);
    for (const job of [jobs[0]!, bob, ...jobs.slice(1)]) {
      await settle();
      job.open();
    }
    await Promise.all([...results, bobResult]);
    expect(started).toEqual(["a1", "b1", "a2", "a3", "a4"]);
  });

  it("runs at most `concurrency` tasks at once", async () => {
    const queue = createFairQueue({ concurrency: 2, maxWaitingPerKey: 10 });
    const started: string[] = [];
    const jobs = ["x", "y", "z"].map((name) => gate(started, name));
    const results = jobs.map((job, i) => queue.run(`user${i}`, job.task));
    await settle();
    expect(started).toEqual(["x", "y"]);
    expect(queue.size()).toEqual({ running: 2, waiting: 1 });
    jobs[0]!.open();
    await settle();
    expect(started).toEqual(["x", "y", "z"]);
    jobs[1]!.open();
    jobs[2]!.open();
    expect(await Promise.all(results)).toEqual(["x", "y", "z"]);
  });

  it("refuses a user's job beyond their waiting limit with rate_limited, and a failed task frees its slot", async () => {
    const queue = createFairQueue({ concurrency: 1, maxWaitingPerKey: 1 });
    const failing = queue.run("alice", () => Promise.reject(new Error("boom")));
    const second = queue.run("alice", () => Promise.resolve("ok"));
    expect(() => queue.run("alice", () => Promise.resolve("too many"))).toThrow(
      expect.objectContaining({ code: "rate_limited" }),
    );
    await expect(failing).rejects.toThrow("boom");
    expect(await second).toBe("ok");
    expect(queue.size()).toEqual({ running: 0, waiting: 0 });
  });
});
