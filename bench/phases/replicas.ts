/**
 * Replicas (issue 20 item 4): the same load against 1, 2 … separate Parley server processes sharing
 * one database (PostgreSQL with `--db postgres`), compared as ratios within one run. The load client
 * spreads requests round-robin over the replicas, request by request (a session's turns land on
 * different replicas in turn, as behind a load balancer without sticky sessions).
 */
import os from "node:os";
import { mapLimit, postTurn, type Session, startSession, type TurnResult } from "../client";
import type { Context } from "../context";
import { streamModelMs } from "../fake-protocol";
import { type BenchPostgres, startPostgres } from "../postgres";
import { machineBusyMs, ownCpuMs, type ParleyProcess, readProc, startParley } from "../processes";
import { fmt } from "../report";
import { PERSONA_ID, repLine } from "../script";
import { summarize } from "../stats";

interface Load {
  name: string;
  sessions: number;
  thinkMs: number;
}

interface Measured {
  turns: number;
  errors: number;
  turnsPerSec: number;
  overhead: { median: number; p95: number };
  /** CPU ms per turn: all replicas together, the database, the fake model, the load client. */
  cpu: { parley: number | null; db: number | null; fake: number; client: number | null };
  /** Share of the machine (all cores) each took, and what other processes took meanwhile. */
  share: { parley: number | null; db: number | null; fake: number; client: number | null; others: number | null };
  problems: string[];
}

export async function replicasPhase(ctx: Context) {
  const { replicas, db, replicaSessions, turnsPerSession, paced } = ctx.options;
  if (db === "sqlite" && replicas.some((n) => n > 1))
    throw new Error("--replicas above 1 needs --db postgres (SQLite is one process's database)");
  const config = { ...ctx.model, recordMessages: false, moves: [] };
  await ctx.fake.configure(config);
  const modelFinal = 2 * config.latencyMs + streamModelMs(config);
  const loads: Load[] = [
    { name: `${replicaSessions} sessions back to back`, sessions: replicaSessions, thinkMs: 0 },
    ...(paced ? [{ name: `${paced.sessions} sessions ${fmt(paced.thinkMs / 1000, 0)} s apart`, ...paced }] : []),
  ];
  const postgres = db === "postgres" ? startPostgres() : null;
  const results = new Map<string, Measured>();
  try {
    for (const count of replicas) {
      for (const load of loads) {
        ctx.log(`replicas ${count} (${db}), ${load.name} ...`);
        const measured = await measure(ctx, postgres, count, load, modelFinal);
        results.set(`${count}|${load.name}`, measured);
        ctx.log(
          `replicas ${count}, ${load.name}: ${fmt(measured.turnsPerSec, 1)} turns/s, overhead p50 ${fmt(measured.overhead.median)} / p95 ${fmt(measured.overhead.p95)} ms, Parley CPU ${fmt(measured.cpu.parley)} ms/turn, errors ${measured.errors}`,
        );
      }
    }
  } finally {
    postgres?.stop();
  }

  const pct = (share: number | null) => fmt(share === null ? null : share * 100, 0);
  const rows: string[][] = [];
  for (const load of loads) {
    const one = results.get(`${replicas[0]}|${load.name}`);
    for (const count of replicas) {
      const m = results.get(`${count}|${load.name}`);
      if (!m) continue;
      rows.push([
        load.name,
        String(count),
        String(m.turns),
        fmt(m.turnsPerSec, 1),
        one && count !== replicas[0] ? `${fmt(m.turnsPerSec / one.turnsPerSec)}×` : "1×",
        fmt(m.overhead.median),
        fmt(m.overhead.p95),
        String(m.errors),
        fmt(m.cpu.parley),
        fmt(m.cpu.db),
        `${fmt(m.cpu.fake)} / ${fmt(m.cpu.client)}`,
        `${pct(m.share.parley)} / ${pct(m.share.db)} / ${pct(m.share.fake)} / ${pct(m.share.client)} / ${pct(m.share.others)}`,
      ]);
      ctx.report.row(
        `${count} replica${count > 1 ? "s" : ""} (${db}), ${load.name}: overhead to final event`,
        "ms",
        { n: m.turns, median: m.overhead.median, p95: m.overhead.p95, min: Number.NaN, max: Number.NaN },
        null,
        `${fmt(m.turnsPerSec, 1)} turns/s, ${fmt(m.cpu.parley)} CPU ms/turn, ${m.errors} errors`,
      );
    }
  }
  ctx.report.raw[`replicas_${db}`] = Object.fromEntries(results);
  ctx.report.section(
    `Replicas: separate server processes on one ${db === "postgres" ? "PostgreSQL" : "SQLite"} database, ${turnsPerSession} turns per session, model latency ${config.latencyMs} ms`,
    [
      "load",
      "replicas",
      "turns",
      "turns/s",
      `vs ${replicas[0]}`,
      "overhead median (ms)",
      "p95",
      "errors",
      "Parley CPU ms/turn (all replicas)",
      "database CPU ms/turn",
      "CPU ms/turn fake / client",
      `% of the machine (${os.cpus().length} cores): Parley / db / fake / client / others`,
    ],
    rows,
    [
      "Requests go to the replicas round-robin, one request after another, from the client (no load balancer process): a session's turns land on different replicas, so nothing is sticky.",
      `Overhead is the time to a turn's final event minus the fake model's ${fmt(modelFinal, 0)} ms (moves, streamed reply, turn feedback). Back-to-back sessions measure the most turns/s; paced sessions measure the latency people would see.`,
      "% of the machine: CPU time over wall time × cores; 'others' is what the rest of the machine (other engineers' work) took meanwhile. Every process of a measurement shares the same cores: when Parley + db + fake + client + others is near 100%, more replicas cannot add throughput.",
      ...[...results.entries()].flatMap(([key, m]) =>
        m.problems.length > 0 ? [`${key.replace("|", " replicas, ")}: ${m.problems.slice(0, 3).join("; ")}`] : [],
      ),
    ],
  );
}

async function measure(
  ctx: Context,
  postgres: BenchPostgres | null,
  count: number,
  load: Load,
  modelFinal: number,
): Promise<Measured> {
  const database = postgres ? await postgres.freshDatabase() : null;
  const servers: ParleyProcess[] = [];
  try {
    const dbPath = ctx.newDbPath(`r${count}-${load.sessions}`);
    // One after another: two replicas migrating and syncing the library at once is the test suite's business.
    for (let i = 0; i < count; i++)
      servers.push(
        await startParley({
          engine: "model",
          dbPath,
          ...(database ? { databaseUrl: database.url } : {}),
          modelUrl: ctx.fake.url,
          nodeFlags: ctx.nodeFlags(`replicas-${count}-${i}${load.thinkMs > 0 ? "-paced" : ""}`),
          env: { PARLEY_REPLICA_ID: `bench-${i}` },
        }),
      );
    let next = 0;
    const pick = () => servers[next++ % servers.length] as ParleyProcess;
    const created = await mapLimit(
      Array.from({ length: load.sessions }, (_, i) => i),
      100,
      async (): Promise<Session | Error> =>
        startSession(pick().base, { personaId: PERSONA_ID, mode: "coach" }).catch((error: unknown) =>
          error instanceof Error ? error : new Error(String(error)),
        ),
    );
    const sessions = created.filter((item): item is Session => !(item instanceof Error));
    await ctx.fake.stats(true);

    const parleyCpu = () => sumOrNull(servers.map((server) => readProc(server.pid)?.cpuMs ?? null));
    const before = { parley: parleyCpu(), db: postgres?.cpuMs() ?? null, machine: machineBusyMs(), client: ownCpuMs() };
    const started = performance.now();
    const results: TurnResult[] = [];
    await Promise.all(
      sessions.map(async (session, s) => {
        if (load.thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, (s / sessions.length) * load.thinkMs));
        for (let t = 0; t < ctx.options.turnsPerSession; t++) {
          if (t > 0 && load.thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, load.thinkMs));
          const result = await postTurn(pick().base, session.id, repLine(t, s, `R${count}-${s}-${t}`));
          results.push(result);
          if (!result.ok || result.ended) break;
        }
      }),
    );
    const wallMs = performance.now() - started;
    const after = { parley: parleyCpu(), db: postgres?.cpuMs() ?? null, machine: machineBusyMs(), client: ownCpuMs() };
    const fake = await ctx.fake.stats(true);

    const good = results.filter((r) => r.ok);
    const turns = Math.max(1, good.length);
    const spent = (key: "parley" | "db" | "client") => {
      const a = after[key];
      const b = before[key];
      return a !== null && b !== null ? a - b : null;
    };
    const capacity = wallMs * os.cpus().length;
    const ours = sumOrNull([spent("parley"), spent("db"), spent("client")]);
    const machine = after.machine !== null && before.machine !== null ? after.machine - before.machine : null;
    const perTurn = (ms: number | null) => (ms === null ? null : ms / turns);
    const share = (ms: number | null) => (ms === null ? null : ms / capacity);
    const overhead = summarize(good.map((r) => r.finalMs - modelFinal));
    return {
      turns: results.length,
      errors: results.length - good.length + (created.length - sessions.length),
      turnsPerSec: good.length / (wallMs / 1000),
      overhead: { median: overhead.median, p95: overhead.p95 },
      cpu: {
        parley: perTurn(spent("parley")),
        db: perTurn(spent("db")),
        fake: fake.cpuMs / turns,
        client: perTurn(spent("client")),
      },
      share: {
        parley: share(spent("parley")),
        db: share(spent("db")),
        fake: fake.cpuMs / capacity,
        client: share(spent("client")),
        others: machine !== null && ours !== null ? Math.max(0, machine - ours - fake.cpuMs) / capacity : null,
      },
      problems: [...new Set(results.flatMap((r) => (r.problem ? [r.problem.slice(0, 160)] : [])))],
    };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await database?.drop();
  }
}

function sumOrNull(values: (number | null)[]): number | null {
  return values.some((value) => value === null) ? null : values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
}
