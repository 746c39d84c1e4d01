/**
 * The voice round trip, model engine, one turn at a time: from the end of the rep's speech (the
 * recording POSTed as a spoken turn) to the first byte of the customer's spoken reply (the first
 * sentence POSTed to /speech as soon as it is complete), split into transcription, persona first
 * word, first sentence complete and first audio byte. Parley's share at each point is the measured
 * time minus the fake model's injected latencies on that path. A second, smaller run transcribes
 * offline (pocketsphinx, a real espeak-ng clip) when the tools are installed: there the
 * transcription is all Parley's own time.
 */
import { clipMaker, missingTools } from "../../api/src/voice/testing/clips";
import { wavBytes } from "../../api/src/voice/testing/wav-bytes";
import { startSession } from "../client";
import type { Context } from "../context";
import type { FakeModelConfig, RecordedCall } from "../fake-protocol";
import { type ParleyProcess, startParley } from "../processes";
import { fmt } from "../report";
import { PERSONA_ID } from "../script";
import { median, summarize } from "../stats";
import { postSpokenTurn, type VoiceTurnResult } from "../voice-client";

/** What makes a call feel natural: the customer starts answering within this of the rep stopping. */
export const NATURAL_FEEL_MS = 800;

/** A 2.5 s recording, as a browser sends at the end of a short turn (16 kHz mono PCM WAV, 80 kB). */
const RECORDING = wavBytes({ seconds: 2.5, tone: true });
const SPOKEN_LINE = "I'm so sorry, three outages in a month is not acceptable. How have they affected your work?";
const TURNS_PER_CALL = 6;
const WARM_UP_TURNS = 30;

const STAGES = ["transcript", "firstToken", "sentence", "firstAudio", "speech"] as const;
type Stage = (typeof STAGES)[number];
type PerStage = Record<Stage, number[]>;
const perStage = (): PerStage => ({ transcript: [], firstToken: [], sentence: [], firstAudio: [], speech: [] });

/** The fake model's own time up to each point of one voice turn (no STT call: transcribed offline, 0). */
export function voiceModelTime(
  result: VoiceTurnResult,
  calls: RecordedCall[],
  config: FakeModelConfig,
): Record<Stage, number> {
  const stt = calls.some((call) => call.kind === "stt") ? (config.sttLatencyMs ?? config.latencyMs) : 0;
  const tts = config.ttsFirstByteMs ?? config.latencyMs;
  const persona = calls.findIndex((call) => call.kind === "persona");
  // The chat calls answered before the reply starts streaming (the persona engine reading the rep's moves).
  const ahead = calls
    .slice(0, persona === -1 ? calls.length : persona)
    .filter((call) => call.kind !== "stt" && call.kind !== "tts").length;
  const toReply = stt + ahead * config.latencyMs + config.latencyMs;
  // When no sentence ended early, the whole reply is the first sentence: every piece plus the closing pause.
  const sentence = toReply + (result.sentencePieces + (result.sentenceIsReply ? 1 : 0)) * config.chunkDelayMs;
  return {
    transcript: stt,
    firstToken: toReply + config.chunkDelayMs,
    sentence,
    firstAudio: sentence + tts,
    speech: tts,
  };
}

/** A transcription and a speech request straight to the fake: the harness's own cost per call. */
async function floors(url: string, config: FakeModelConfig) {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(RECORDING)], { type: "audio/wav" }), "turn.wav");
  form.set("model", "whisper-1");
  form.set("response_format", "verbose_json");
  let started = performance.now();
  await (await fetch(`${url}/audio/transcriptions`, { method: "POST", body: form })).text();
  const stt = performance.now() - started - (config.sttLatencyMs ?? config.latencyMs);
  started = performance.now();
  const response = await fetch(`${url}/audio/speech`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "tts-1", voice: "alloy", input: "Fine.", response_format: "mp3" }),
  });
  const reader = response.body?.getReader();
  await reader?.read();
  const tts = performance.now() - started - (config.ttsFirstByteMs ?? config.latencyMs);
  while (reader && !(await reader.read()).done) {
    // drain
  }
  return { stt, tts };
}

/** Voice turns one after another, in calls of up to TURNS_PER_CALL turns; warm-up first with a model that answers at once. */
async function measure(
  ctx: Context,
  parley: ParleyProcess,
  recording: Uint8Array,
  config: FakeModelConfig,
  turns: number,
  warmUp: number,
) {
  let session: { id: string } | null = null;
  let inCall = 0;
  const nextTurn = async () => {
    if (!session || inCall >= TURNS_PER_CALL) {
      session = await startSession(parley.base, { personaId: PERSONA_ID, mode: "coach", difficulty: "easy" });
      inCall = 0;
    }
    inCall++;
    const result = await postSpokenTurn(parley.base, session.id, recording);
    if (result.ended) session = null;
    return result;
  };
  await ctx.fake.configure({
    ...config,
    latencyMs: 0,
    chunkDelayMs: 0,
    sttLatencyMs: 0,
    ttsFirstByteMs: 0,
    ttsChunkMs: 0,
  });
  for (let i = 0; i < warmUp; i++) await nextTurn();
  await ctx.fake.configure(config);
  session = null;
  await ctx.fake.stats(true);

  const measured = perStage();
  const parleyShare = perStage();
  const modelShare = perStage();
  const problems: string[] = [];
  let wholeReply = 0;
  for (let t = 0; t < turns; t++) {
    const result = await nextTurn();
    const { calls } = await ctx.fake.stats(true);
    const at: Record<Stage, number | null> = {
      transcript: result.transcriptMs,
      firstToken: result.firstTokenMs,
      sentence: result.sentenceMs,
      firstAudio: result.firstAudioMs,
      speech: result.speechFirstByteMs,
    };
    if (!result.ok || STAGES.some((stage) => at[stage] === null)) {
      problems.push(result.problem ?? "incomplete");
      continue;
    }
    if (result.sentenceIsReply) wholeReply++;
    const model = voiceModelTime(result, calls, config);
    for (const stage of STAGES) {
      const ms = at[stage] ?? Number.NaN;
      measured[stage].push(ms);
      parleyShare[stage].push(ms - model[stage]);
      modelShare[stage].push(model[stage]);
    }
  }
  return { measured, parleyShare, modelShare, problems, wholeReply };
}

type Measured = Awaited<ReturnType<typeof measure>>;

function stageRows(run: Measured, config: FakeModelConfig, sttLabel: string, movesByModel = true): string[][] {
  const labels: Record<Stage, string> = {
    transcript: `transcribed (the \`transcript\` event; ${sttLabel})`,
    firstToken: `persona's first word (+ ${movesByModel ? `move reading ${config.latencyMs} ms, ` : ""}first token ${config.latencyMs + config.chunkDelayMs} ms)`,
    sentence: `first sentence complete, POST /speech sent (+ ${config.chunkDelayMs} ms a word)`,
    firstAudio: `**first audio byte of the customer's reply** (+ TTS ${config.ttsFirstByteMs} ms)`,
    speech: "  of which POST /speech alone, to its first byte",
  };
  return STAGES.map((stage) => {
    const m = summarize(run.measured[stage]);
    const p = summarize(run.parleyShare[stage]);
    return [
      labels[stage],
      String(m.n),
      fmt(m.median),
      fmt(m.p95),
      fmt(median(run.modelShare[stage])),
      fmt(p.median),
      fmt(p.p95),
    ];
  });
}

const HEAD = [
  "from the end of the rep's speech to ...",
  "n",
  "measured median",
  "measured p95",
  "fake model (median)",
  "Parley's share median",
  "Parley's share p95",
];

export async function voicePhase(ctx: Context) {
  const turns = ctx.options.quick ? 6 : 40;
  const config: FakeModelConfig = {
    ...ctx.model,
    recordMessages: false,
    moves: [],
    sttLatencyMs: ctx.options.sttMs,
    ttsFirstByteMs: ctx.options.ttsMs,
    ttsChunkMs: ctx.model.chunkDelayMs,
  };
  await ctx.fake.configure(config);
  const floorStt: number[] = [];
  const floorTts: number[] = [];
  for (let i = 0; i < (ctx.options.quick ? 3 : 10); i++) {
    const floor = await floors(ctx.fake.url, config);
    floorStt.push(floor.stt);
    floorTts.push(floor.tts);
  }

  const parley = await startParley({
    engine: "model",
    dbPath: ctx.newDbPath("voice"),
    modelUrl: ctx.fake.url,
    nodeFlags: ctx.nodeFlags("voice"),
  });
  let run: Measured;
  try {
    run = await measure(ctx, parley, RECORDING, config, turns, WARM_UP_TURNS);
  } finally {
    await parley.stop();
  }
  const share = summarize(run.parleyShare.firstAudio);
  const modelMs = median(run.modelShare.firstAudio);
  ctx.report.row(
    "voice round trip: Parley's share, end of speech to first audio byte",
    "ms",
    share,
    null,
    `of the ${NATURAL_FEEL_MS} ms that feels natural; the fake model's ${fmt(modelMs, 0)} ms subtracted`,
  );
  const byRules = await movesByRulesRun(ctx, config, turns);
  const offline = await offlineRun(ctx, config);
  ctx.report.section(
    "Voice round trip, model engine (end of the rep's speech to the customer's first audio byte)",
    HEAD,
    [
      ...stageRows(run, config, `STT ${config.sttLatencyMs} ms`),
      ...stageRows(byRules, config, `STT ${config.sttLatencyMs} ms`, false).map((row) => [
        `PARLEY_MOVE_MODEL=rules: ${row[0]}`,
        ...row.slice(1),
      ]),
      ...(offline
        ? stageRows(offline.run, config, "offline pocketsphinx, no model").map((row) => [
            `offline STT: ${row[0]}`,
            ...row.slice(1),
          ])
        : []),
    ],
    [
      `Fake model (own process): transcription ${config.sttLatencyMs} ms; every chat call ${config.latencyMs} ms before its answer starts (the persona engine's move reading, then the persona's reply); the reply streamed one word per ${config.chunkDelayMs} ms (${config.replyWords} words); speech: first byte after ${config.ttsFirstByteMs} ms, then 3 chunks ${config.ttsChunkMs} ms apart.`,
      `Client, as the browser does it: a ${(RECORDING.length / 1000).toFixed(0)} kB WAV (2.5 s) POSTed as a multipart spoken turn, the event stream read until the first sentence ends (. ! or ? then a space), that sentence POSTed to /api/sessions/:id/speech at once while the stream goes on, then its first byte. Coach mode: the turn's feedback is judged after the reply, off this path. ${turns} turns in calls of up to ${TURNS_PER_CALL}, after a warm-up of ${WARM_UP_TURNS} voice turns with a model that answers at once.${run.wholeReply > 0 ? ` In ${run.wholeReply} turns no sentence ended before the reply did.` : ""}`,
      `Parley's share = measured - the fake model's injected latencies on the path. It includes the harness: the fake's and the client's own work and loopback, about ${fmt(median(floorStt))} ms per transcription and ${fmt(median(floorTts))} ms per speech call made straight to the fake (medians), plus a move reading and a stream's first word (see the turns phase's floors).`,
      `Against the budget: Parley adds a median ${fmt(share.median)} ms (p95 ${fmt(share.p95)} ms) to the ${fmt(modelMs, 0)} ms the model itself takes: ${fmt((share.median / NATURAL_FEEL_MS) * 100, 0)}% of the ${NATURAL_FEEL_MS} ms that makes a call feel natural. The model's own latencies alone exceed the budget: four model round trips in series (STT, the move reading, the persona's first token, TTS) plus the first sentence's words.`,
      `PARLEY_MOVE_MODEL=rules rows: the same turns with the rep's moves read by rules instead of a model call, so the reply is the first chat call: measured ${fmt(summarize(byRules.measured.firstAudio).median)} ms to the first audio byte (${fmt(summarize(run.measured.firstAudio).median)} ms with the model reading them).`,
      offline
        ? `Offline STT rows: PARLEY_STT_ENGINE=offline (persona and speech still through the fake), a ${(offline.bytes / 1000).toFixed(0)} kB espeak-ng clip of "${SPOKEN_LINE}" (en-us+f5, 150 wpm), ${offline.run.measured.transcript.length} turns after ${offline.warmUp} warm-up turns: the transcription is Parley's own work (pocketsphinx_batch, a fresh process per recording), median ${fmt(median(offline.run.parleyShare.transcript))} ms.`
        : "Offline STT rows: skipped (espeak-ng, sox or pocketsphinx not installed).",
      ...[...run.problems, ...(offline?.run.problems ?? [])]
        .slice(0, 1)
        .map(
          (first) =>
            `PROBLEMS: ${run.problems.length + (offline?.run.problems.length ?? 0)} turns failed; first: ${first}`,
        ),
    ],
  );
  ctx.report.raw.voice = { config, ...run, floorStt, floorTts, offline: offline?.run ?? null };
  ctx.log(
    `voice: Parley's share to first audio byte ${fmt(share.median)} ms (p95 ${fmt(share.p95)}), measured ${fmt(summarize(run.measured.firstAudio).median)} ms`,
  );
  if (run.problems.length > 0) ctx.log(`voice: ${run.problems.length} problems, first: ${run.problems[0]}`);
}

/** The same round trip with the moves read by rules (PARLEY_MOVE_MODEL=rules): one model round trip fewer. */
async function movesByRulesRun(ctx: Context, config: FakeModelConfig, turns: number) {
  const parley = await startParley({
    engine: "model",
    dbPath: ctx.newDbPath("voice-moves-by-rules"),
    modelUrl: ctx.fake.url,
    nodeFlags: ctx.nodeFlags("voice-moves-by-rules"),
    env: { PARLEY_MOVE_MODEL: "rules" },
  });
  try {
    const run = await measure(ctx, parley, RECORDING, config, turns, 5);
    ctx.log(`voice (moves by rules): measured ${fmt(summarize(run.measured.firstAudio).median)} ms to first audio`);
    return run;
  } finally {
    await parley.stop();
  }
}

/** The same round trip transcribed offline, with a real spoken clip; null when the tools are missing. */
async function offlineRun(ctx: Context, config: FakeModelConfig) {
  if (missingTools("espeak", "sox", "pocketsphinx").length > 0) return null;
  const parley = await startParley({
    engine: "model",
    dbPath: ctx.newDbPath("voice-offline-stt"),
    modelUrl: ctx.fake.url,
    nodeFlags: ctx.nodeFlags("voice-offline-stt"),
    env: { PARLEY_STT_ENGINE: "offline" },
  });
  const clips = clipMaker();
  try {
    const clip = clips.read(await clips.speak("rep", SPOKEN_LINE, { voice: "en-us+f5", wordsPerMinute: 150 }));
    const warmUp = 5;
    const run = await measure(ctx, parley, clip, config, ctx.options.quick ? 3 : 15, warmUp);
    ctx.log(
      `voice (offline STT): transcription ${fmt(median(run.parleyShare.transcript))} ms, Parley's share to first audio ${fmt(median(run.parleyShare.firstAudio))} ms`,
    );
    return { run, bytes: clip.length, warmUp };
  } finally {
    await parley.stop();
    clips.remove();
  }
}
