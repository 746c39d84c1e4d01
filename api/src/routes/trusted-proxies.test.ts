import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../config";
import { startTestRuntime, type TestRuntime } from "../testing/test-runtime";

/**
 * Issue 20: sign-in throttling per address sees the client, not the load balancer. X-Forwarded-For
 * is believed only from proxies named by PARLEY_TRUST_PROXY; without it a spoofed header is ignored.
 */
const ADMIN = {
  PARLEY_AUTH: "accounts",
  PARLEY_ADMIN_EMAIL: "admin@example.com",
  PARLEY_ADMIN_PASSWORD: "x".repeat(12),
};
const PROXY = "10.0.0.2";

/** 20 wrong passwords (each for another account) are an address's free ones; the 21st waits (429). */
async function exhaustAddress(parley: TestRuntime, forwardedFor: string) {
  for (let i = 0; i < 20; i++)
    expect((await login(parley, `nobody${i}@example.com`, forwardedFor)).status, `attempt ${i + 1}`).toBe(401);
}

/** A sign-in that reaches Parley from the proxy's socket, carrying `X-Forwarded-For`. */
const login = (parley: TestRuntime, email: string, forwardedFor: string) =>
  parley.app.request(
    "/api/auth/login",
    {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
      body: JSON.stringify({ email, password: "guess" }),
    },
    { incoming: { socket: { remoteAddress: PROXY } } },
  );

describe("PARLEY_TRUST_PROXY unset (the default)", () => {
  let parley: TestRuntime;
  beforeAll(async () => {
    parley = await startTestRuntime(ADMIN);
  });
  afterAll(() => parley.close());

  it("ignores a spoofed X-Forwarded-For: a client cannot escape the per-address limit by inventing addresses", async () => {
    await exhaustAddress(parley, "203.0.113.7");
    // Another invented address changes nothing: the connection's own address is what is counted.
    expect((await login(parley, "someone@example.com", "198.51.100.9")).status).toBe(429);
  });
});

describe.each([
  ["a hop count", "1"],
  ["the proxy's CIDR range", "10.0.0.0/8"],
])("PARLEY_TRUST_PROXY as %s", (_, value) => {
  let parley: TestRuntime;
  beforeAll(async () => {
    parley = await startTestRuntime({ ...ADMIN, PARLEY_TRUST_PROXY: value });
  });
  afterAll(() => parley.close());

  it("counts the forwarded client: one client is limited, another behind the same proxy is not", async () => {
    // The client wrote its own X-Forwarded-For ("1.1.1.1"); the proxy appended the real address.
    await exhaustAddress(parley, "1.1.1.1, 203.0.113.7");
    expect((await login(parley, "someone@example.com", "5.5.5.5, 203.0.113.7")).status).toBe(429);
    expect((await login(parley, "someone@example.com", "198.51.100.9")).status).toBe(401);
  });
});

describe("PARLEY_TRUST_PROXY with two proxies in front", () => {
  it("skips every trusted hop, right to left, and stops at the first untrusted one", async () => {
    const parley = await startTestRuntime({ ...ADMIN, PARLEY_TRUST_PROXY: "10.0.0.0/8, 192.168.1.10" });
    try {
      // Client 203.0.113.7 -> 192.168.1.10 (trusted) -> 10.0.0.2 (the socket, trusted).
      await exhaustAddress(parley, "203.0.113.7, 192.168.1.10");
      expect((await login(parley, "someone@example.com", "203.0.113.7, 192.168.1.10")).status).toBe(429);
      expect((await login(parley, "someone@example.com", "203.0.113.8, 192.168.1.10")).status).toBe(401);
    } finally {
      await parley.close();
    }
  });
});

describe("PARLEY_TRUST_PROXY's values", () => {
  it("accepts a hop count, addresses and CIDR ranges; refuses anything else by name", () => {
    expect(parseConfig({}).trustProxy).toEqual({ kind: "none" });
    expect(parseConfig({ PARLEY_TRUST_PROXY: "false" }).trustProxy).toEqual({ kind: "none" });
    expect(parseConfig({ PARLEY_TRUST_PROXY: "2" }).trustProxy).toEqual({ kind: "hops", hops: 2 });
    expect(parseConfig({ PARLEY_TRUST_PROXY: "172.16.0.0/12 ::1" }).trustProxy).toEqual({
      kind: "addresses",
      ranges: [
        { address: "172.16.0.0", prefix: 12, family: "ipv4" },
        { address: "::1", prefix: 128, family: "ipv6" },
      ],
    });
    expect(() => parseConfig({ PARLEY_TRUST_PROXY: "caddy" })).toThrow(ConfigError);
    expect(() => parseConfig({ PARLEY_TRUST_PROXY: "10.0.0.0/33" })).toThrow(/"10.0.0.0\/33" is not an address/);
  });
});
