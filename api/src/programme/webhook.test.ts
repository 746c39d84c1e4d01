import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { inDays, startProgrammeWorld } from "../testing/programme-fixtures";
import { createWebhook, signature } from "./webhook";

interface Received {
  headers: IncomingMessage["headers"];
  body: string;
}

/** A receiver on 127.0.0.1 that answers each request with the next status in `statuses` (then 200). */
async function receiver(statuses: number[] = [], hold?: Promise<void>) {
  const received: Received[] = [];
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      void (hold ?? Promise.resolve()).then(() => {
        response.statusCode = statuses.shift() ?? 200;
        response.end("ok");
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/parley`;
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const SECRET = "a webhook secret long enough";
const event = { id: "e1", type: "assignment.assigned", occurredAt: "2026-12-06T00:00:00.000Z" };
let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup) await step();
  cleanup = [];
});

describe("the outgoing webhook", () => {
  it("signs the body: HMAC-SHA256 of timestamp and body with the shared secret", async () => {
    const hook = await receiver();
    cleanup.push(hook.close);
    const webhook = createWebhook({ url: hook.url, secret: SECRET, retries: 0, backoffMs: 1, timeoutMs: 2000 });
    webhook.send(event);
    await webhook.settled();
    const [delivery] = hook.received;
    expect(JSON.parse(delivery?.body ?? "")).toEqual(event);
    const timestamp = String(delivery?.headers["x-parley-timestamp"]);
    expect(delivery?.headers["x-parley-signature"]).toBe(signature(SECRET, timestamp, delivery?.body ?? ""));
    expect(delivery?.headers["x-parley-signature"]).not.toBe(
      signature("another secret", timestamp, delivery?.body ?? ""),
    );
  });

  it("retries 5xx and 429 until it is accepted, and gives up on other 4xx at once", async () => {
    const flaky = await receiver([503, 429]);
    cleanup.push(flaky.close);
    const lines: string[] = [];
    const webhook = createWebhook(
      { url: flaky.url, secret: SECRET, retries: 3, backoffMs: 5, timeoutMs: 2000 },
      (line) => lines.push(line),
    );
    webhook.send(event);
    await webhook.settled();
    expect(flaky.received).toHaveLength(3);
    expect(lines.some((line) => line.includes("given up"))).toBe(false);

    const refusing = await receiver([400]);
    cleanup.push(refusing.close);
    const strict = createWebhook(
      { url: refusing.url, secret: SECRET, retries: 3, backoffMs: 5, timeoutMs: 2000 },
      (line) => lines.push(line),
    );
    strict.send(event);
    await strict.settled();
    expect(refusing.received).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/refused with 400; not retried/);
  });

  it("retries when nobody listens, then gives up (and says so) without throwing", async () => {
    const gone = await receiver();
    await gone.close();
    const lines: string[] = [];
    const webhook = createWebhook(
      { url: gone.url, secret: SECRET, retries: 2, backoffMs: 5, timeoutMs: 1000 },
      (line) => lines.push(line),
    );
    webhook.send(event);
    await webhook.settled();
    expect(lines.filter((line) => line.includes("failed"))).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/given up after 3 tries/);
  });

  it("never holds up a request: assigning answers while the receiver is still busy, then each learner's event arrives", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const hook = await receiver([], held);
    cleanup.push(hook.close);
    const world = await startProgrammeWorld({ PARLEY_WEBHOOK_URL: hook.url, PARLEY_WEBHOOK_SECRET: SECRET }, 5);
    cleanup.push(async () => world.parley.close());
    const created = await world.tess.call("POST", "/api/assignments", {
      kind: "practice",
      steps: [{ personaId: "cancel-after-outages" }],
      attemptsAllowed: 2,
      dueAt: inDays(7),
      teamId: world.teamA,
    });
    expect(created.status).toBe(201);
    release();
    await world.parley.webhookSettled();
    const events = hook.received.map(
      (delivery) => JSON.parse(delivery.body) as { type: string; learner: { id: string } },
    );
    expect(events.map((e) => e.type)).toEqual(["assignment.assigned", "assignment.assigned"]);
    expect(events.map((e) => e.learner.id).sort()).toEqual([world.ids.lee, world.ids.kim].sort());
  });
});
