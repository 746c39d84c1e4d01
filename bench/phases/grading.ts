/**
 * Grading: the end-of-call scorecard for 10-, 40- and 100-line transcripts through POST /api/grade,
 * with the offline grader and with the model grader (model calls and prompt tokens per scorecard);
 * offline also the longest call the API accepts, where a cost that grows with the square of the
 * length shows (it did: 598 lines took 21 s).
 * Every graded transcript is unique (a reference in each rep line), so no stored judgement is reused.
 */
import { grade } from "../client";
import type { Context } from "../context";
import type { CallKind } from "../fake-protocol";
import { readProc, startParley } from "../processes";
import { fmt } from "../report";
import { RUBRIC_ID, transcriptOf } from "../script";
import { summarize } from "../stats";
import { promptTokens } from "../tokens";
import { MAX_GRADE_TURNS } from "../../api/src/grading/transcript-limits";

const LENGTHS = [10, 40, 100];
/** Offline only: the model grader's cost at this length is the model's. */
const LONG_CALL = MAX_GRADE_TURNS;

export async function gradingPhase(ctx: Context) {
  const rows: string[][] = [];
  const notes: string[] = [];
  let unique = 0;
  const reference = () => `G${++unique}`;

  // Offline grader: everything is Parley's time.
  {
    const repeatsOf = (length: number) => (ctx.options.quick ? 3 : length === LONG_CALL ? 5 : 30);
    const parley = await startParley({
      engine: "offline",
      dbPath: ctx.newDbPath("grade-offline"),
      nodeFlags: ctx.nodeFlags("grading-offline"),
    });
    try {
      for (const length of [...LENGTHS, LONG_CALL]) {
        const repeats = repeatsOf(length);
        for (let i = 0; i < 3; i++)
          await grade(parley.base, { transcript: transcriptOf(length, reference()), rubricId: RUBRIC_ID });
        const times: number[] = [];
        const cpuBefore = readProc(parley.pid)?.cpuMs ?? null;
        for (let i = 0; i < repeats; i++) {
          const result = await grade(parley.base, {
            transcript: transcriptOf(length, reference()),
            rubricId: RUBRIC_ID,
          });
          times.push(result.ms);
        }
        const after = readProc(parley.pid);
        const cpu = cpuBefore !== null && after ? (after.cpuMs - cpuBefore) / repeats : null;
        const stats = summarize(times);
        rows.push([
          "offline",
          String(length),
          String(stats.n),
          fmt(stats.median),
          fmt(stats.p95),
          fmt(cpu),
          "0",
          "0",
          "0",
        ]);
        ctx.report.row(`scorecard for a ${length}-line transcript, offline`, "ms", stats, after?.peakRssMiB ?? null);
        ctx.report.raw[`grade_offline_${length}`] = { times, cpu };
      }
    } finally {
      await parley.stop();
    }
  }

  // Model grader: wall time includes the model's latency; Parley's own cost is its CPU time.
  {
    const repeats = ctx.options.quick ? 1 : 4;
    const config = { ...ctx.model, recordMessages: true, moves: [] };
    await ctx.fake.configure(config);
    const parley = await startParley({
      engine: "model",
      dbPath: ctx.newDbPath("grade-model"),
      modelUrl: ctx.fake.url,
      nodeFlags: ctx.nodeFlags("grading-model"),
    });
    try {
      await grade(parley.base, { transcript: transcriptOf(10, reference()), rubricId: RUBRIC_ID }); // warm-up
      await ctx.fake.stats(true);
      for (const length of LENGTHS) {
        const wall: number[] = [];
        const cpu: number[] = [];
        const calls: number[] = [];
        const tokens: number[] = [];
        const estimated: number[] = [];
        const kinds = new Map<CallKind, number>();
        let transcript = transcriptOf(length, reference());
        for (let i = 0; i < repeats; i++) {
          transcript = transcriptOf(length, reference());
          const before = readProc(parley.pid)?.cpuMs ?? null;
          const result = await grade(parley.base, { transcript, rubricId: RUBRIC_ID });
          const after = readProc(parley.pid)?.cpuMs ?? null;
          const stats = await ctx.fake.stats(true);
          if (result.unscored > 0)
            notes.push(`model scorecard of ${length} lines: ${result.unscored} criteria unscored`);
          wall.push(result.ms);
          if (before !== null && after !== null) cpu.push(after - before);
          calls.push(stats.calls.length);
          for (const call of stats.calls) kinds.set(call.kind, (kinds.get(call.kind) ?? 0) + 1 / repeats);
          tokens.push(stats.calls.reduce((sum, call) => sum + (call.messages ? promptTokens(call.messages) : 0), 0));
          estimated.push(stats.calls.reduce((sum, call) => sum + call.estimatedPromptTokens, 0));
        }
        // The same transcript again: what a stored judgement saves, if Parley keeps them.
        await grade(parley.base, { transcript, rubricId: RUBRIC_ID });
        const again = (await ctx.fake.stats(true)).calls.length;

        const wallStats = summarize(wall);
        const cpuMean = cpu.length > 0 ? cpu.reduce((a, b) => a + b, 0) / cpu.length : null;
        const peak = readProc(parley.pid)?.peakRssMiB ?? null;
        const callText = [...kinds.entries()].map(([kind, n]) => `${fmt(n, 0)} ${kind}`).join(" + ");
        rows.push([
          "model",
          String(length),
          String(wallStats.n),
          fmt(wallStats.median),
          fmt(wallStats.p95),
          fmt(cpuMean),
          `${fmt(summarize(calls).median, 0)} (${callText})`,
          fmt(summarize(tokens).median, 0),
          fmt(summarize(estimated).median, 0),
        ]);
        ctx.report.row(
          `scorecard for a ${length}-line transcript, model (wall, incl. model)`,
          "ms",
          wallStats,
          peak,
          `${fmt(summarize(calls).median, 0)} calls, ${fmt(summarize(tokens).median, 0)} prompt tokens, Parley CPU ${fmt(cpuMean)} ms`,
        );
        notes.push(`${length} lines graded again, identical: ${again} model calls.`);
        ctx.report.raw[`grade_model_${length}`] = { wall, cpu, calls, tokens, estimated, again };
      }
    } finally {
      await parley.stop();
    }
  }

  ctx.report.section(
    "Grading: end-of-call scorecard via POST /api/grade (rubric retention-call)",
    [
      "grader",
      "transcript lines",
      "n",
      "wall ms median",
      "p95",
      "Parley CPU ms / scorecard",
      "model calls / scorecard",
      "prompt tokens (o200k)",
      "prompt tokens (fake's chars/4)",
    ],
    rows,
    [
      `Lines alternate customer / rep. Model wall time includes the fake model's ${ctx.model.latencyMs} ms per call (calls may overlap); Parley's own part is its CPU time.`,
      "Prompt tokens are per scorecard, counted with gpt-4o-mini's tokenizer on the requests the fake model received; the last column is the estimate the fake reports back as usage (what Parley records in model_calls).",
      ...notes,
    ],
  );
  ctx.log(`grading: ${rows.map((row) => `${row[0]} ${row[1]}: ${row[3]} ms, ${row[6]} calls`).join("; ")}`);
}
