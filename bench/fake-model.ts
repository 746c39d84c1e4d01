/**
 * The model for the benchmarks: Parley's own fake OpenAI-compatible server (api/src/testing),
 * run in its own process so its CPU does not compete with the load client's event loop, answering
 * every request after a fixed latency and streaming persona replies at a fixed rate.
 * Started by bench/run.ts with child_process.fork; talks to it over the IPC channel.
 */
import { Server as HttpServer } from "node:http";
import { Server } from "node:net";
import { monitorEventLoopDelay } from "node:perf_hooks";
import {
  type ChatRequestBody,
  type FakeReply,
  messageText,
  startFakeOpenAI,
} from "../api/src/testing/fake-openai-server";
import type { CallKind, ChildMessage, FakeModelConfig, ParentMessage, RecordedCall } from "./fake-protocol";

const CUSTOMER_WORDS = `Look, I have heard all of this before. The line dropped again this morning and nobody
called me back after the last time. I work from home, so every hour without a connection costs me
money, and I am tired of explaining it to a new person on every call. If you can fix it today, tell
me how. If not, I want to know what happens with my bill and when the router has to go back.`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Two settings of the fake's HTTP server, so the harness is never what fails (Parley's own server
 * keeps Node's defaults: that is measured):
 * - the kernel's largest accept queue instead of Node's default 511, so a burst of a thousand new
 *   connections from Parley is not dropped;
 * - idle keep-alive connections kept for 65 s instead of Node's 5 s. With 5 s, a Parley whose event
 *   loop lags under load reuses a connection the fake has just closed ("other side closed"), which
 *   the SDK would retry but the bench (PARLEY_MODEL_RETRIES=0) reports as an error.
 */
const FAKE_BACKLOG = 4096;
const FAKE_KEEP_ALIVE_MS = 65_000;
const originalListen = Server.prototype.listen;
Server.prototype.listen = function listenForBench(this: Server, ...args: unknown[]) {
  if (this instanceof HttpServer) {
    this.keepAliveTimeout = FAKE_KEEP_ALIVE_MS;
    this.headersTimeout = FAKE_KEEP_ALIVE_MS + 1000;
  }
  // startFakeOpenAI calls listen(port, host, callback); insert the backlog before the callback.
  if (args.length === 3 && typeof args[2] === "function") args.splice(2, 0, FAKE_BACKLOG);
  return originalListen.apply(this, args as Parameters<typeof originalListen>);
} as typeof originalListen;

let config: FakeModelConfig = { latencyMs: 300, chunkDelayMs: 20, replyWords: 20, moves: [], recordMessages: false };
let calls: RecordedCall[] = [];
let replies = 0;
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
let cpuAt = process.cpuUsage();

function send(message: ChildMessage) {
  process.send?.(message);
}

function kindOf(body: ChatRequestBody): CallKind {
  const format = body.response_format?.json_schema?.name;
  if (format === "moves") return "moves";
  if (format === "judgement") {
    const task = messageText(body.messages.at(-1) ?? { role: "user", content: "" });
    return /"task":"Grade only the rep's turn/.test(task) ? "judge.turn" : "judge.call";
  }
  if (body.stream === true) return "persona";
  return "other";
}

function personaReply(words: number): string {
  const start = (replies++ * 7) % CUSTOMER_WORDS.length;
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(CUSTOMER_WORDS[(start + i) % CUSTOMER_WORDS.length] ?? "fine");
  return out.join(" ");
}

interface JudgeRequest {
  rubric: { criteria: { id: string; anchors: Record<string, string> }[] };
  transcript: { turn: number; speaker: string; text: string }[];
}

/**
 * A verdict for every criterion asked about, quoting words the rep really said, plus the fields
 * a turn judgement also carries (extra fields are ignored by a schema that does not ask for them).
 */
function judgement(body: ChatRequestBody): unknown {
  const user = messageText(body.messages.at(-1) ?? { role: "user", content: "{}" });
  const request = JSON.parse(user) as JudgeRequest;
  const rep = [...request.transcript].reverse().find((turn) => turn.speaker === "rep");
  const quote = rep?.text.split(/[.!?]/)[0]?.trim() ?? "";
  return {
    criteria: request.rubric.criteria.map((criterion) => {
      const levels = Object.keys(criterion.anchors).sort((a, b) => Number(a) - Number(b));
      return {
        id: criterion.id,
        evidence: rep ? [{ turn: rep.turn, quote }] : [],
        anchor: levels[Math.floor(levels.length / 2)] ?? "3",
        analysis: "Matches the middle anchor.",
      };
    }),
    instruction_attempts: [],
    tip: "Name the impact on the customer before anything else.",
    better_reply: "Losing a client pitch because our line dropped is awful. How has it affected your work this week?",
  };
}

function respond(body: ChatRequestBody): FakeReply {
  const kind = kindOf(body);
  const estimatedPromptTokens = body.messages.reduce((sum, m) => sum + Math.ceil(messageText(m).length / 4), 0);
  const call: RecordedCall = { kind, estimatedPromptTokens };
  if (config.recordMessages) call.messages = body.messages.map((m) => ({ role: m.role, content: messageText(m) }));
  calls.push(call);
  switch (kind) {
    case "moves":
      return { kind: "json", value: { moves: config.moves }, delayMs: config.latencyMs };
    case "judge.turn":
    case "judge.call":
      return { kind: "json", value: judgement(body), delayMs: config.latencyMs };
    default:
      return {
        kind: "text",
        content: personaReply(config.replyWords),
        delayMs: config.latencyMs,
        chunkDelayMs: config.chunkDelayMs,
      };
  }
}

/** What the rep "said" in the voice phase, with word timings as `verbose_json` gives them. */
const SPOKEN = "I'm so sorry, three outages in a month is not acceptable. How have they affected your work?";
function transcription(): FakeReply {
  calls.push({ kind: "stt", estimatedPromptTokens: 0 });
  const words = SPOKEN.split(" ").map((word, i) => ({
    word: word.replace(/[.,?]/g, ""),
    start: 0.3 + i * 0.36,
    end: 0.6 + i * 0.36,
  }));
  return {
    kind: "json",
    value: { text: SPOKEN, duration: 6.2, words },
    delayMs: config.sttLatencyMs ?? config.latencyMs,
  };
}
function speech(): FakeReply {
  calls.push({ kind: "tts", estimatedPromptTokens: 0 });
  return {
    kind: "text",
    content: "",
    delayMs: config.ttsFirstByteMs ?? config.latencyMs,
    chunkDelayMs: config.ttsChunkMs ?? config.chunkDelayMs,
  };
}

const fake = await startFakeOpenAI({ defaultChat: respond, defaultAudio: { transcription, speech } });

process.on("message", (raw: ParentMessage) => {
  switch (raw.type) {
    case "configure":
      config = raw.config;
      send({ id: raw.id, type: "ok" });
      return;
    case "stats": {
      const cpu = process.cpuUsage(cpuAt);
      send({
        id: raw.id,
        type: "stats",
        stats: { calls, loopDelayP99Ms: loop.percentile(99) / 1e6, cpuMs: (cpu.user + cpu.system) / 1000 },
      });
      if (raw.reset) {
        calls = [];
        // The fake keeps every request it saw; drop them so a long run does not grow it.
        fake.reset();
        loop.reset();
        cpuAt = process.cpuUsage();
      }
      return;
    }
    case "close":
      void fake.close().then(() => {
        send({ id: raw.id, type: "ok" });
        process.exit(0);
      });
      return;
  }
});
process.on("disconnect", () => process.exit(0));

send({ type: "ready", url: fake.url });
