/**
 * Concurrency: N sessions at once, each posting turns back to back or paced (coach mode, model engine),
 * with the fake model answering every call after the configured latency. A fresh server and
 * database per level, so peak RSS belongs to that level.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { mapLimit, postTurn, type Session, startSession, type TurnResult } from "../client";
import type { Context } from "../context";
import { streamFirstTokenMs, streamModelMs } from "../fake-protocol";
import { listenOverflows, readProc, startParley } from "../processes";
import { fmt } from "../report";
import { PERSONA_ID, repLine } from "../script";
import { summarize } from "../stats";

/** Problems grouped by kind (ids and numbers masked), with counts. */
function countProblems(problems: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const problem of problems) {
    const kind = problem
      .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "<id>")
      .replace(/\d+/g, "N")
      .slice(0, 200);
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

export async function concurrencyPhase(ctx: Context) {
  const config = { ...ctx.model, recordMessages: false, moves: [] };
  await ctx.fake.configure(config);
  // A coach turn with this fake: moves, persona reply, turn feedback. Recomputed from the fake's counts per level.
  let modelFinal = 2 * config.latencyMs + streamModelMs(config);
  const rows: string[][] = [];
  const notes: string[] = [];

  const runs = [
    ...ctx.options.levels.map((level) => ({ level, thinkMs: 0 })),
    ...(ctx.options.paced ? [{ level: ctx.options.paced.sessions, thinkMs: ctx.options.paced.thinkMs }] : []),
  ];
  for (const { level, thinkMs } of runs) {
    const label = thinkMs > 0 ? `${level} sessions, ${fmt(thinkMs / 1000, 0)} s apart` : `${level} sessions`;
    const parley = await startParley({
      engine: "model",
      dbPath: ctx.newDbPath(`c${level}`),
      modelUrl: ctx.fake.url,
      nodeFlags: ctx.nodeFlags(`concurrency-${level}${thinkMs > 0 ? "-paced" : ""}`),
    });
    try {
      const restRss = readProc(parley.pid)?.rssMiB ?? null;
      const createStarted = performance.now();
      const created = await mapLimit(
        Array.from({ length: level }, (_, i) => i),
        100,
        async (): Promise<Session | Error> => {
          try {
            return await startSession(parley.base, { personaId: PERSONA_ID, mode: "coach" });
          } catch (error) {
            return error instanceof Error ? error : new Error(String(error));
          }
        },
      );
      const createMs = performance.now() - createStarted;
      const sessions = created.filter((item): item is Session => !(item instanceof Error));
      const createErrors = created.length - sessions.length;
      await ctx.fake.stats(true);

      const clientLoop = monitorEventLoopDelay({ resolution: 10 });
      clientLoop.enable();
      const procBefore = readProc(parley.pid);
      const cpuBefore = procBefore?.cpuMs ?? null;
      const clientCpu = process.cpuUsage();
      const overflowsBefore = listenOverflows();
      const started = performance.now();
      if (ctx.options.cpuProf)
        ctx.log(
          `concurrency ${label}: turns start ${fmt(started - parley.spawnedAt, 0)} ms after the server was spawned (profile-summary --after-ms)`,
        );
      const results: TurnResult[] = [];
      /** Turn number and when it finished (ms into the run), per result: to see who waited. */
      const order: { turn: number; session: number; doneMs: number }[] = [];
      await Promise.all(
        sessions.map(async (session, s) => {
          // Paced sessions arrive spread over one pause, as people would, not all in the same instant.
          if (thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, (s / sessions.length) * thinkMs));
          for (let t = 0; t < ctx.options.turnsPerSession; t++) {
            if (t > 0 && thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, thinkMs));
            const result = await postTurn(parley.base, session.id, repLine(t, s, `C${level}-${s}-${t}`));
            results.push(result);
            order.push({ turn: t, session: s, doneMs: performance.now() - started });
            if (!result.ok || result.ended) break;
          }
        }),
      );
      const wallMs = performance.now() - started;
      clientLoop.disable();
      const clientCpuMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(clientCpu));
      const after = readProc(parley.pid);
      const overflowsAfter = listenOverflows();
      const overflows = overflowsBefore !== null && overflowsAfter !== null ? overflowsAfter - overflowsBefore : null;
      const fakeStats = await ctx.fake.stats(true);

      // The model's time per turn, from what the fake actually answered (calls of a turn run one after another).
      // Per turn that reached Parley (a turn whose connection failed made no model call).
      const served = Math.max(1, results.filter((r) => r.status === 200).length);
      const count = (kind: string) => fakeStats.calls.filter((call) => call.kind === kind).length / served;
      const modelFirst = count("moves") * config.latencyMs + streamFirstTokenMs(config);
      modelFinal =
        (fakeStats.calls.length / served - count("persona")) * config.latencyMs +
        count("persona") * streamModelMs(config);
      const good = results.filter((r) => r.ok);
      // Failed requests; a session stops at its first failed turn, so its later turns are never sent (listed in the notes).
      const errors = results.length - good.length + createErrors;
      const final = good.map((r) => r.finalMs - modelFinal);
      const first = good.flatMap((r) => (r.firstTokenMs === null ? [] : [r.firstTokenMs - modelFirst]));
      const finalStats = summarize(final);
      const firstStats = summarize(first);
      const turnsPerSec = good.length / (wallMs / 1000);
      const cpuShare = cpuBefore !== null && after ? (after.cpuMs - cpuBefore) / wallMs : null;
      const cpuPerTurn =
        cpuBefore !== null && after && good.length > 0 ? (after.cpuMs - cpuBefore) / good.length : null;
      const systemPerTurn =
        procBefore && after && good.length > 0 ? (after.systemMs - procBefore.systemMs) / good.length : null;
      const callsPerTurn = results.length > 0 ? fakeStats.calls.length / served : null;
      const peak = after?.peakRssMiB ?? null;

      rows.push([
        String(level),
        thinkMs > 0 ? `${fmt(thinkMs / 1000, 0)} s` : "0",
        String(results.length),
        fmt(turnsPerSec, 1),
        fmt(firstStats.median),
        fmt(firstStats.p95),
        fmt(finalStats.median),
        fmt(finalStats.p95),
        String(errors),
        fmt(restRss, 0),
        fmt(peak, 0),
        fmt(cpuShare === null ? null : cpuShare * 100, 0),
        fmt(cpuPerTurn),
        fmt(systemPerTurn),
        fmt(createMs / Math.max(1, level)),
        `${fmt((fakeStats.cpuMs / wallMs) * 100, 0)}% / ${fmt((clientCpuMs / wallMs) * 100, 0)}%`,
        `${fmt(fakeStats.loopDelayP99Ms)} / ${fmt(clientLoop.percentile(99) / 1e6)}`,
      ]);
      ctx.report.row(
        `${label}: overhead to final event`,
        "ms",
        finalStats,
        peak,
        `${fmt(turnsPerSec, 1)} turns/s, ${errors} errors`,
      );
      const problems = countProblems(results.flatMap((r) => (r.problem ? [r.problem] : [])));
      if (createErrors > 0) problems["session creation failed"] = createErrors;
      const unsent = sessions.length * ctx.options.turnsPerSession - results.length;
      if (unsent > 0)
        problems[
          "(not an error of its own) turns not sent because an earlier turn of the session failed or ended the call"
        ] = unsent;
      const byTurn = (first: boolean) =>
        summarize(
          results.flatMap((r, i) => (r.ok && (order[i]?.turn === 0) === first ? [r.finalMs - modelFinal] : [])),
        );
      const firstTurns = byTurn(true);
      const laterTurns = byTurn(false);
      if (ctx.options.turnsPerSession > 1)
        notes.push(
          `${label}: final-event overhead of every session's first turn${thinkMs > 0 ? "" : " (all sent in the same instant)"} median ${fmt(firstTurns.median)} / p95 ${fmt(firstTurns.p95)} ms; of the later turns ${fmt(laterTurns.median)} / ${fmt(laterTurns.p95)} ms.`,
        );
      if (overflows)
        notes.push(
          `${label}: the kernel dropped ${overflows} connection attempts because a listen queue was full (ListenOverflows; Node's default backlog is 511).`,
        );
      if (errors > 0)
        notes.push(
          `${label}: ${errors} errors: ${Object.entries(problems)
            .sort((a, b) => b[1] - a[1])
            .map(([what, n]) => `${n} × ${what}`)
            .join("; ")}`,
        );
      if (callsPerTurn !== null && Math.abs(callsPerTurn - 3) > 0.01)
        notes.push(`${label}: ${fmt(callsPerTurn)} model calls per turn (expected 3: moves, reply, feedback)`);
      ctx.report.raw[`concurrency_${level}${thinkMs > 0 ? `_paced_${thinkMs}` : ""}`] = {
        final: results.map((r) => r.finalMs - modelFinal),
        order,
        first,
        wallMs,
        errors,
        problems,
        createMs,
        peak,
        restRss,
        cpuShare,
        cpuPerTurn,
        overflows,
      };
      ctx.log(
        `concurrency ${label}: ${fmt(turnsPerSec, 1)} turns/s, overhead p95 ${fmt(finalStats.p95)} ms, errors ${errors}, peak RSS ${fmt(peak, 0)} MiB, Parley CPU ${fmt(cpuShare === null ? null : cpuShare * 100, 0)}%`,
      );
    } finally {
      await parley.stop();
    }
  }

  ctx.report.section(
    `Concurrency: simultaneous sessions, ${ctx.options.turnsPerSession} turns each, model latency ${config.latencyMs} ms`,
    [
      "sessions",
      "pause between turns",
      "turns",
      "turns/s",
      "first-word overhead median",
      "p95",
      "final-event overhead median",
      "p95",
      "errors",
      "RSS at rest (MiB)",
      "peak RSS (MiB)",
      "Parley CPU %",
      "CPU ms/turn",
      "of which system",
      "ms per session start",
      "CPU fake / client",
      "loop p99 fake / client (ms)",
    ],
    rows,
    [
      `Sessions post their turns back to back, all starting in the same instant (no time to read or type: a stress test), or with the pause shown (a person reading and typing; paced sessions start spread evenly over one pause); every turn is coach mode: 3 model calls (moves ${config.latencyMs} ms, persona reply ${streamModelMs(config)} ms streamed, turn feedback ${config.latencyMs} ms), so ${fmt(modelFinal, 0)} ms of each turn is the model's and is subtracted.`,
      "Errors count failed session starts and turns: non-200 answers, error events, fetch failures, a persona reading that fell back to rules (degraded), unscored feedback. All must be 0. A session stops at its first failed turn.",
      "Parley CPU % is the server process's CPU time over the wall time (100% = one core). Sessions are created first (100 at a time) and not timed as turns.",
      "CPU and loop p99 of the fake model's process and of the load client: the machine has 2 cores for all three processes; if the harness is busy or its event loop lags, part of the overhead is the harness's, not Parley's.",
      ...notes,
    ],
  );
}
