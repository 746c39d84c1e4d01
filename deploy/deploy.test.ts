import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseConfig } from "../api/src/config";
import { REPO_ROOT } from "../api/src/testing/test-runtime";
import { SERVER_NODE_FLAGS } from "../bench/processes";

/**
 * Issue 20 item 7. Docker is not installed where Parley is tested, so the image and the compose
 * stack are never started here; these checks hold the files to what Parley really reads.
 */
const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), "utf8");

interface Service {
  build?: { context: string; dockerfile: string };
  command?: string[];
  restart?: string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  stop_grace_period?: string;
}
const compose = parse(read("deploy/docker-compose.yml"), { merge: true }) as { services: Record<string, Service> };
const apis = Object.entries(compose.services).filter(([name]) => /^api-\d+$/.test(name));
const caddyfile = read("deploy/Caddyfile");
const dockerfile = read("deploy/Dockerfile");

/** Every variable config.ts and config-xapi.ts read: the keys of their environment schemas. */
const CONFIG_VARIABLES = new Set(
  ["api/src/config.ts", "api/src/config-xapi.ts"].flatMap((file) =>
    [...read(file).matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)].map((match) => match[1]!),
  ),
);

/** Compose's interpolation: `${X:-default}` gives the default, `${X:?message}` a sample value. */
const SAMPLES: Record<string, string> = {
  POSTGRES_PASSWORD: "compose-secret",
  PARLEY_ADMIN_EMAIL: "admin@example.com",
  PARLEY_ADMIN_PASSWORD: "twelve-characters",
};
const interpolate = (value: string) =>
  value.replace(/\$\{(\w+)(?::-([^}]*)|:\?[^}]*)?\}/g, (_, name: string, fallback?: string) => {
    const sample = fallback ?? SAMPLES[name];
    if (sample === undefined) throw new Error(`no sample value for required ${name}`);
    return sample;
  });

describe("deploy/docker-compose.yml", () => {
  it("runs PostgreSQL, Caddy and at least two API replicas built from deploy/Dockerfile", () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(["postgres", "caddy"]));
    expect(apis.length).toBeGreaterThanOrEqual(2);
    for (const [, service] of apis) expect(service.build).toEqual({ context: "..", dockerfile: "deploy/Dockerfile" });
  });

  it("gives the API only variables config.ts reads, and values it accepts (on PostgreSQL, accounts mode)", () => {
    for (const [name, service] of apis) {
      const environment = service.environment ?? {};
      const unknown = Object.keys(environment).filter((variable) => !CONFIG_VARIABLES.has(variable));
      expect(unknown, `${name} sets variables Parley does not read`).toEqual([]);
      const config = parseConfig(Object.fromEntries(Object.entries(environment).map(([k, v]) => [k, interpolate(v)])));
      expect(config).toMatchObject({ databaseUrl: expect.stringMatching(/^postgres:\/\/.*@postgres:5432\//) });
      expect(config.auth.mode).toBe("accounts");
      expect(config.turnLease.replicaId).toBe(name);
    }
  });

  it("gives each replica time to drain on SIGTERM (the notice, then up to 30 s of streams) and starts one first", () => {
    for (const [, service] of apis) {
      const notice = Number(service.environment?.PARLEY_DRAIN_NOTICE_MS ?? 0) / 1000;
      expect(Number.parseInt(service.stop_grace_period ?? "10s", 10)).toBeGreaterThan(notice + 30);
    }
    const [[firstName, first], ...rest] = apis as [[string, Service], ...[string, Service][]];
    expect(first.depends_on).toEqual({
      postgres: { condition: "service_healthy" },
      migrate: { condition: "service_completed_successfully" },
    });
    for (const [, service] of rest)
      expect(service.depends_on).toEqual({ [firstName]: { condition: "service_healthy" } });
  });

  it("migrates once before the replicas: `parley migrate` from the built CLI, on the replicas' database", () => {
    const migrate = compose.services.migrate!;
    expect(migrate.build).toEqual(apis[0]![1].build);
    expect(migrate.command).toEqual(["node", "dist/api/cli.js", "migrate"]);
    expect(migrate.restart).toBe("no");
    expect(migrate.depends_on).toEqual({ postgres: { condition: "service_healthy" } });
    const database = (service: Service) =>
      parseConfig(Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, interpolate(v)])))
        .databaseUrl;
    expect(database(migrate)).toBe(database(apis[0]![1]));
    // The built CLI has the command (tools/build.ts bundles api/src/cli.ts as dist/api/cli.js).
    expect(read("api/src/cli/run-cli.ts")).toMatch(/case "migrate":/);
  });
});

describe("deploy/Caddyfile", () => {
  it("balances over exactly the compose file's API replicas, on the port they listen on, checking /api/ready", () => {
    const upstreams = /^\s*reverse_proxy ([^{\n]+)\{/m.exec(caddyfile)![1]!.trim().split(/\s+/);
    const ports = apis.map(([, service]) => service.environment?.PORT);
    expect(upstreams).toEqual(apis.map(([name], index) => `${name}:${ports[index]}`));
    expect(caddyfile).toMatch(/^\s*health_uri \/api\/ready$/m);
  });

  it("checks often enough to see a replica's drain notice before it stops listening", () => {
    const interval = Number(/^\s*health_interval (\d+)s$/m.exec(caddyfile)![1]) * 1000;
    for (const [name, service] of apis)
      expect(Number(service.environment?.PARLEY_DRAIN_NOTICE_MS), name).toBeGreaterThan(interval);
  });

  it("is the one trusted proxy in front of the replicas (X-Forwarded-For read from one hop)", () => {
    for (const [name, service] of apis) {
      const config = parseConfig(
        Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, interpolate(v)])),
      );
      expect(config.trustProxy, name).toEqual({ kind: "hops", hops: 1 });
    }
  });

  it("streams server-sent events unbuffered", () => {
    expect(caddyfile).toMatch(/^\s*flush_interval -1$/m);
  });

  it("lets through Parley's largest upload, so Parley's own 413 is the one clients see", () => {
    const [, size, unit] = /^\s*max_size (\d+)(MB|MiB)$/m.exec(caddyfile)!;
    const cap = Number(size) * (unit === "MB" ? 1_000_000 : 1024 * 1024);
    const audioBytes = Number(apis[0]![1].environment?.PARLEY_MAX_AUDIO_BYTES);
    expect(audioBytes).toBe(parseConfig({}).voice.maxAudioBytes);
    // runtime.ts: uploads may be the recording plus 64 KiB of form fields; past that + 1 MiB Parley hangs up.
    expect(cap).toBeGreaterThan(audioBytes + 64 * 1024);
    expect(cap).toBeLessThan(audioBytes + 64 * 1024 + 1024 * 1024);
  });
});

describe("deploy/Dockerfile", () => {
  const final = dockerfile.slice(dockerfile.lastIndexOf("\nFROM "));

  it("builds with npm run build and runs what it builds, as the unprivileged node user", () => {
    expect(dockerfile).toMatch(/^RUN npm run build\b/m);
    const start = (JSON.parse(read("package.json")) as { scripts: { start: string } }).scripts.start;
    expect(JSON.parse(/^CMD (\[.*\])$/m.exec(final)![1]!)).toEqual(start.split(" "));
    expect(final).toMatch(/^USER node$/m);
  });

  it("starts node with the flags the bench measures (BENCHMARKS.md 6e: the young generation)", () => {
    const start = (JSON.parse(read("package.json")) as { scripts: { start: string } }).scripts.start;
    const flags = start.split(" ").filter((word) => word.startsWith("--"));
    expect(flags).toEqual(SERVER_NODE_FLAGS);
    expect(flags).toContain("--max-semi-space-size=32");
  });

  it("checks /api/health on the port it exposes", () => {
    expect(final).toMatch(/^HEALTHCHECK .*\/api\/health/ms);
    expect(final).toMatch(/^\s+PORT=8787 /m);
    expect(final).toMatch(/^EXPOSE 8787$/m);
  });
});

describe("deploy/README.md", () => {
  it("names only variables Parley reads", () => {
    const named = new Set(read("deploy/README.md").match(/\b(PARLEY_[A-Z0-9_]+|DATABASE_URL|OPENAI_[A-Z_]+)\b/g));
    expect([...named].filter((variable) => !CONFIG_VARIABLES.has(variable))).toEqual([]);
  });
});
