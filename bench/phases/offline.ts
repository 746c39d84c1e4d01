/** The offline engine: a whole 10-turn coach-mode call and its scorecard, over HTTP, one call at a time. */
import { endSession, postTurn, startSession } from "../client";
import type { Context } from "../context";
import { readProc, startParley } from "../processes";
import { fmt } from "../report";
import { PERSONA_ID, repLine } from "../script";
import { summarize } from "../stats";
import { cells } from "./turns";

const TURNS = 10;

export async function offlinePhase(ctx: Context) {
  const calls = ctx.options.quick ? 3 : 30;
  const parley = await startParley({
    engine: "offline",
    dbPath: ctx.newDbPath("offline"),
    nodeFlags: ctx.nodeFlags("offline"),
  });
  try {
    const playCall = async (salt: number) => {
      const started = performance.now();
      const session = await startSession(parley.base, { personaId: PERSONA_ID, mode: "coach", difficulty: "easy" });
      const turnMs: number[] = [];
      const problems: string[] = [];
      for (let t = 0; t < TURNS; t++) {
        const result = await postTurn(parley.base, session.id, repLine(t, salt));
        turnMs.push(result.finalMs);
        if (!result.ok) problems.push(result.problem ?? "failed");
        if (result.ended && t < TURNS - 1) {
          problems.push(`the customer ended the call after ${t + 1} turns`);
          break;
        }
      }
      const card = await endSession(parley.base, session.id);
      if (card.unscored > 0) problems.push(`${card.unscored} criteria unscored`);
      return { totalMs: performance.now() - started, turnMs, scorecardMs: card.ms, problems };
    };

    for (let i = 0; i < 3; i++) await playCall(100 + i); // warm-up
    const cpuBefore = readProc(parley.pid)?.cpuMs ?? null;
    const results = [];
    for (let i = 0; i < calls; i++) results.push(await playCall(i));
    const after = readProc(parley.pid);
    const problems = results.flatMap((r) => r.problems);
    const total = summarize(results.map((r) => r.totalMs));
    const turn = summarize(results.flatMap((r) => r.turnMs));
    const card = summarize(results.map((r) => r.scorecardMs));
    const cpuPerCall = cpuBefore !== null && after ? (after.cpuMs - cpuBefore) / calls : null;
    const peak = after?.peakRssMiB ?? null;
    ctx.report.row(
      `offline engine: whole ${TURNS}-turn call + scorecard`,
      "ms",
      total,
      peak,
      `${problems.length} problems`,
    );
    ctx.report.row("offline engine: one turn, POST to final event", "ms", turn, peak);
    ctx.report.row("offline engine: end of call to scorecard", "ms", card, peak);
    ctx.report.section(
      `Offline engine, ${TURNS}-turn coach-mode call`,
      ["", "n", "median", "p95", "max"],
      [
        ["whole call: start, 10 turns, end with scorecard (ms)", ...cells(total)],
        ["one turn, POST to final event (ms)", ...cells(turn)],
        ["end of call to scorecard (ms)", ...cells(card)],
      ],
      [
        `${calls} calls one after another after 3 warm-up calls; everything is Parley's time (no model).`,
        `Parley CPU per call: ${fmt(cpuPerCall)} ms.`,
        ...(problems.length > 0 ? [`PROBLEMS: ${problems.length}; first: ${problems[0]}`] : []),
      ],
    );
    ctx.report.raw.offline = { results, cpuPerCall };
    ctx.log(
      `offline: call ${fmt(total.median)} ms, turn ${fmt(turn.median)} ms, scorecard ${fmt(card.median)} ms, ${problems.length} problems`,
    );
  } finally {
    await parley.stop();
  }
}
