import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createServerClient, ServerError } from "./server-client";

const TOKEN = "pt_secret-token-value";
let server: Server | null = null;

/** A stand-in server answering each request with the next of `answers` (status, body). */
async function serve(answers: [number, unknown][]) {
  const seen: { path: string; authorization: string | undefined }[] = [];
  server = createServer((request, response) => {
    seen.push({ path: request.url ?? "", authorization: request.headers.authorization });
    const [status, body] = answers.shift() ?? [500, {}];
    response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = null;
});

describe("the eval runner's server client", () => {
  it("sends the token as a bearer header and waits out the turn rate limit", async () => {
    const { url, seen } = await serve([
      [
        429,
        {
          error: {
            code: "rate_limited",
            message: "You can send 20 turns a minute",
            details: { retryAfterSeconds: 60 },
          },
        },
      ],
      [200, { ok: true }],
    ]);
    const waits: number[] = [];
    const told: string[] = [];
    const client = createServerClient(`${url}/`, TOKEN, {
      sleep: async (ms) => void waits.push(ms),
      onWait: (line) => told.push(line),
    });
    expect(await client.json("POST", "/api/sessions", {})).toEqual({ ok: true });
    expect(waits).toEqual([60_000]);
    expect(told[0]).toContain("waiting 60 s");
    expect(seen.map((request) => request.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
  });

  it.each([
    [401, "unauthenticated", /refused the token \(401/],
    [403, "forbidden", /use a trainer's or an admin's token/],
    [413, "payload_too_large", /failed: 413 payload_too_large/],
  ])("turns a %i into a clear error without the token in it", async (status, code, message) => {
    const { url } = await serve([[status, { error: { code, message: "no" } }]]);
    const error = await createServerClient(url, TOKEN)
      .json("GET", "/api/auth/me")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).message).toMatch(message);
    expect((error as ServerError).message).not.toContain(TOKEN);
  });
});
