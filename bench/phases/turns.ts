/**
 * Server overhead per turn, model engine, one turn at a time: time from the rep's POST to the first
 * persona word and to the final event, minus what the fake model itself spent on that turn's calls.
 */
import { createParser } from "eventsource-parser";
import { endSession, mapLimit, postTurn, readText, startSession } from "../client";
import type { Context } from "../context";
import {
  type CallKind,
  type FakeModelConfig,
  type RecordedCall,
  type RecordedMessage,
  streamFirstTokenMs,
  streamModelMs,
} from "../fake-protocol";
import { readProc, startParley } from "../processes";
import { fmt } from "../report";
import { PERSONA_ID, repLine } from "../script";
import { median, summarize } from "../stats";
import { commonPrefixTokens, promptTokens } from "../tokens";

/** What the fake model spent on one turn's calls (they run one after another). */
export function modelTime(calls: RecordedCall[], config: FakeModelConfig) {
  const before = calls.findIndex((call) => call.kind === "persona");
  const ahead = before === -1 ? calls : calls.slice(0, before);
  const firstToken = ahead.length * config.latencyMs + (before === -1 ? 0 : streamFirstTokenMs(config));
  const final = calls.reduce(
    (sum, call) => sum + (call.kind === "persona" ? streamModelMs(config) : config.latencyMs),
    0,
  );
  return { firstToken, final };
}

/** The same timing for a request sent straight to the fake model: the floor of the harness itself. */
async function directCall(url: string, stream: boolean) {
  const started = performance.now();
  const response = await fetch(`${url}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "hello" }],
      stream,
      ...(stream ? {} : { response_format: { type: "json_schema", json_schema: { name: "moves", schema: {} } } }),
    }),
  });
  let first: number | null = null;
  if (stream && response.body) {
    const parser = createParser({
      onEvent(message) {
        if (
          first === null &&
          message.data !== "[DONE]" &&
          message.data.includes('"content":"') &&
          !message.data.includes('"content":""')
        )
          first = performance.now() - started;
      },
    });
    await readText(response.body, (text) => parser.feed(text));
  } else {
    await response.text();
  }
  return { first, total: performance.now() - started };
}

/** Does each persona request start with the previous one minus its final director's note? */
export function prefixStable(previous: RecordedMessage[], next: RecordedMessage[]): boolean {
  const kept = previous.slice(0, -1);
  return (
    kept.length < next.length &&
    kept.every((message, i) => message.role === next[i]?.role && message.content === next[i]?.content)
  );
}

const WARM_UP_SESSIONS = 10;
const WARM_UP_TURNS = 8;

export async function turnsPhase(ctx: Context) {
  const sessions = ctx.options.quick ? 1 : 3;
  const turnsEach = ctx.options.quick ? 3 : 10;
  const config: FakeModelConfig = { ...ctx.model, recordMessages: true, moves: [] };
  await ctx.fake.configure(config);

  // The harness alone: the same kinds of call made straight to the fake model.
  const floorFirst: number[] = [];
  const floorStream: number[] = [];
  const floorJson: number[] = [];
  for (let i = 0; i < (ctx.options.quick ? 3 : 10); i++) {
    const streamed = await directCall(ctx.fake.url, true);
    if (streamed.first !== null) floorFirst.push(streamed.first - streamFirstTokenMs(config));
    floorStream.push(streamed.total - streamModelMs(config));
    floorJson.push((await directCall(ctx.fake.url, false)).total - config.latencyMs);
  }
  await ctx.fake.stats(true);

  const parley = await startParley({
    engine: "model",
    dbPath: ctx.newDbPath("turns"),
    modelUrl: ctx.fake.url,
    nodeFlags: ctx.nodeFlags("turns"),
  });
  try {
    // Warm-up, with a model that answers at once: enough turns for V8 to optimise the hot paths
    // (a cold server spends several times the CPU per turn), the connection pool, the statements.
    await ctx.fake.configure({ ...config, latencyMs: 0, chunkDelayMs: 0, recordMessages: false });
    await mapLimit(
      Array.from({ length: WARM_UP_SESSIONS }, (_, i) => i),
      WARM_UP_SESSIONS,
      async (w) => {
        const warm = await startSession(parley.base, { personaId: PERSONA_ID, mode: "coach", difficulty: "easy" });
        for (let t = 0; t < WARM_UP_TURNS; t++) await postTurn(parley.base, warm.id, repLine(t, w, `W${w}-${t}`));
      },
    );
    await ctx.fake.configure(config);
    await ctx.fake.stats(true);

    const first: number[] = [];
    const final: number[] = [];
    const rawFirst: number[] = [];
    const rawFinal: number[] = [];
    const problems: string[] = [];
    let callsPerTurn = 0;
    let overlapped = 0;
    /** Per turn number: each kind of request's tokens and the tokens it shares with the same request one turn before. */
    const wire = new Map<string, { tokens: number[]; shared: number[]; stable: number; pairs: number }>();
    const ending: {
      ms: number;
      calls: number;
      kinds: string;
      tokens: number;
      cpuMs: number | null;
      unscored: number;
    }[] = [];
    let cpuEnding = 0;
    const cpuBefore = readProc(parley.pid)?.cpuMs;
    for (let s = 0; s < sessions; s++) {
      const session = await startSession(parley.base, { personaId: PERSONA_ID, mode: "coach", difficulty: "easy" });
      const previous = new Map<CallKind, RecordedMessage[]>();
      for (let t = 0; t < turnsEach; t++) {
        const result = await postTurn(parley.base, session.id, repLine(t, s, `B${s}-${t}`));
        const { calls } = await ctx.fake.stats(true);
        callsPerTurn += calls.length;
        if (!result.ok) {
          problems.push(result.problem ?? "failed");
          continue;
        }
        const model = modelTime(calls, config);
        if (result.finalMs < model.final) overlapped++;
        rawFinal.push(result.finalMs);
        final.push(result.finalMs - model.final);
        if (result.firstTokenMs !== null) {
          rawFirst.push(result.firstTokenMs);
          first.push(result.firstTokenMs - model.firstToken);
        }
        for (const call of calls) {
          if (!call.messages) continue;
          const key = `${call.kind}@${t + 1}`;
          const entry = wire.get(key) ?? { tokens: [], shared: [], stable: 0, pairs: 0 };
          entry.tokens.push(promptTokens(call.messages));
          const before = previous.get(call.kind);
          if (before) {
            entry.shared.push(commonPrefixTokens(before, call.messages));
            entry.pairs++;
            if (call.kind === "persona" && prefixStable(before, call.messages)) entry.stable++;
          }
          wire.set(key, entry);
          previous.set(call.kind, call.messages);
        }
        if (result.ended) break;
      }
      // End of the call: its scorecard (outside the per-turn CPU figure).
      const cpuBeforeEnd = readProc(parley.pid)?.cpuMs;
      const card = await endSession(parley.base, session.id);
      const cpuAfterEnd = readProc(parley.pid)?.cpuMs;
      const { calls } = await ctx.fake.stats(true);
      ending.push({
        ms: card.ms,
        calls: calls.length,
        kinds: calls.map((call) => call.kind).join(" + ") || "none",
        tokens: calls.reduce((sum, call) => sum + (call.messages ? promptTokens(call.messages) : 0), 0),
        cpuMs: cpuBeforeEnd !== undefined && cpuAfterEnd !== undefined ? cpuAfterEnd - cpuBeforeEnd : null,
        unscored: card.unscored,
      });
      if (card.unscored > 0) problems.push(`end of call: ${card.unscored} criteria unscored`);
      cpuEnding += ending.at(-1)?.cpuMs ?? 0;
    }
    const cpuAfter = readProc(parley.pid);
    const turns = final.length;
    const cpuPerTurn =
      cpuBefore !== undefined && cpuAfter && turns > 0 ? (cpuAfter.cpuMs - cpuBefore - cpuEnding) / turns : null;
    const endStats = summarize(ending.map((e) => e.ms));

    const firstStats = summarize(first);
    const finalStats = summarize(final);
    const peak = cpuAfter?.peakRssMiB ?? null;
    ctx.report.row(
      "turn overhead to first persona word (model engine)",
      "ms",
      firstStats,
      peak,
      `minus the fake model's ${config.latencyMs * 2 + config.chunkDelayMs} ms`,
    );
    ctx.report.row(
      "turn overhead to final event (model engine, coach)",
      "ms",
      finalStats,
      peak,
      `minus the fake model's ${2 * config.latencyMs + streamModelMs(config)} ms`,
    );
    ctx.report.row(
      "  floor: one streamed call straight to the fake",
      "ms",
      summarize(floorStream),
      null,
      "harness, not Parley",
    );
    ctx.report.row(
      "  floor: one JSON call straight to the fake",
      "ms",
      summarize(floorJson),
      null,
      "harness, not Parley",
    );
    ctx.report.section(
      "Turn overhead, model engine, one turn at a time",
      ["", "n", "median", "p95", "max"],
      [
        ["measured, POST to first word (ms)", ...cells(summarize(rawFirst))],
        ["overhead to first word (ms)", ...cells(firstStats)],
        ["measured, POST to final event (ms)", ...cells(summarize(rawFinal))],
        ["overhead to final event (ms)", ...cells(finalStats)],
        ["floor: streamed call straight to the fake, to first word (ms)", ...cells(summarize(floorFirst))],
        ["floor: streamed call straight to the fake, to the end (ms)", ...cells(summarize(floorStream))],
        ["floor: JSON call straight to the fake (ms)", ...cells(summarize(floorJson))],
      ],
      [
        `${sessions} coach-mode session(s) × up to ${turnsEach} turns, after a warm-up of ${WARM_UP_SESSIONS * WARM_UP_TURNS} turns; each turn makes ${fmt(turns > 0 ? callsPerTurn / (turns + problems.length) : null)} model calls (moves, persona reply, turn feedback).`,
        `Model time subtracted per turn = the latency (${config.latencyMs} ms) of each call the fake received for that turn + the streamed reply's ${config.replyWords} words at ${config.chunkDelayMs} ms each (+1 closing pause); the calls of a turn are taken to run one after another.`,
        `Overhead includes the fake server's and the client's own work (the floor rows: about that much per call, mostly the fake's timers firing late) and the loopback network. Less the floors of the calls on each path (a JSON call + a stream's first word; two JSON calls + a whole stream), Parley's own share is about ${fmt(firstStats.median - median(floorJson) - median(floorFirst))} ms to the first word and ${fmt(finalStats.median - 2 * median(floorJson) - median(floorStream))} ms to the final event (medians).`,
        `Parley CPU per turn: ${fmt(cpuPerTurn)} ms (user + system, from /proc).`,
        `End of each call (POST /end, scorecard): median ${fmt(endStats.median)} ms; model calls ${[...new Set(ending.map((e) => `${e.calls} (${e.kinds})`))].join(", ")}; ${fmt(summarize(ending.map((e) => e.tokens)).median, 0)} prompt tokens; Parley CPU ${fmt(summarize(ending.flatMap((e) => (e.cpuMs === null ? [] : [e.cpuMs]))).median)} ms.${
          ending.length > 0 && ending.every((e) => !e.kinds.includes("judge.turn"))
            ? " No turn was judged again: the feedback judgements made during the call were reused."
            : " Turns were judged again at the end."
        }`,
        ...(overlapped > 0
          ? [
              `${overlapped} turns took less than the summed model time: their model calls overlapped, so their overhead is understated.`,
            ]
          : []),
        ...(problems.length > 0 ? [`PROBLEMS: ${problems.length} turns failed; first: ${problems[0]}`] : []),
      ],
    );
    const wireRows: string[][] = [];
    for (const kind of ["persona", "moves", "judge.turn"] as const) {
      for (const turn of [1, 2, Math.ceil(turnsEach / 2), turnsEach]) {
        const entry = wire.get(`${kind}@${turn}`);
        if (!entry || wireRows.some((row) => row[0] === kind && row[1] === String(turn))) continue;
        const tokens = summarize(entry.tokens).median;
        const shared = entry.shared.length > 0 ? summarize(entry.shared).median : null;
        wireRows.push([
          kind,
          String(turn),
          fmt(tokens, 0),
          shared === null ? "first turn" : fmt(shared, 0),
          shared === null ? "n/a" : `${fmt((shared / tokens) * 100, 0)}%`,
        ]);
      }
    }
    const personaPairs = [...wire.entries()].filter(([key]) => key.startsWith("persona@"));
    const stablePairs = personaPairs.reduce((sum, [, entry]) => sum + entry.stable, 0);
    const pairs = personaPairs.reduce((sum, [, entry]) => sum + entry.pairs, 0);
    ctx.report.section(
      "Prompts on the wire, per turn of a real call (server run above)",
      ["request", "rep turn", "prompt tokens (o200k)", "prefix shared with the turn before", "share"],
      wireRows,
      [
        `Persona reply requests whose start is exactly the previous request minus its trailing director's note: ${stablePairs}/${pairs}.`,
        "The director ends a real call long before turn 40, so growth to turn 40 is measured in-process (next table).",
      ],
    );
    ctx.report.raw.turns = {
      ending,
      first,
      final,
      rawFirst,
      rawFinal,
      floorFirst,
      floorStream,
      floorJson,
      cpuPerTurn,
      wire: Object.fromEntries(wire),
      problems,
    };
    ctx.log(
      `turns: overhead first ${fmt(firstStats.median)} ms, final ${fmt(finalStats.median)} ms, cpu/turn ${fmt(cpuPerTurn)} ms`,
    );
    if (problems.length > 0) ctx.log(`turns: ${problems.length} problems, first: ${problems[0]}`);
  } finally {
    await parley.stop();
  }
}

export function cells(stats: { n: number; median: number; p95: number; max: number }): string[] {
  return [String(stats.n), fmt(stats.median), fmt(stats.p95), fmt(stats.max)];
}
