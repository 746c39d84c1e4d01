import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { LlmError } from "./errors";
import type { CallContext, ChatMessage, LlmGateway, ModelCallRecord } from "./gateway";
import { createRecordingGateway, ReplayMissError } from "./recording-gateway";
import { openRecordings, type Recordings } from "./recordings";

/** A scripted gateway: answers from a list, records what it was asked, reports usage. */
function scripted(answers: (string | Error)[]) {
  const calls: ChatMessage[][] = [];
  const next = (context: CallContext) => {
    const answer = answers.shift() ?? "default";
    const record: ModelCallRecord = {
      purpose: context.purpose,
      model: context.model,
      sessionId: null,
      promptTokens: 10,
      completionTokens: 2,
      latencyMs: 5,
      ok: !(answer instanceof Error),
      error: null,
    };
    context.meter?.(record);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  const gateway: LlmGateway = {
    async *streamChat(context, messages) {
      calls.push(messages);
      const answer = next(context);
      if (answer === "CUT") {
        yield "half a";
        throw new LlmError("stream_cut", "cut");
      }
      yield* answer.split(/(?<= )/);
    },
    async structured(context, messages, schema) {
      calls.push(messages);
      return schema.parse(JSON.parse(next(context)));
    },
  };
  return { gateway, calls };
}

const context: CallContext = { model: "judge-1", purpose: "grade.call" };
const messages: ChatMessage[] = [
  { role: "system", content: "rules" },
  { role: "user", content: "grade this" },
];
const verdict = z.object({ score: z.number() });
const options = (recordings: Recordings, mode: "record" | "replay", extra: Record<string, string | number> = {}) => ({
  mode,
  endpoint: "http://127.0.0.1:9/v1",
  recordings,
  keyExtra: { prompt: 2, repeat: 0, ...extra },
});
const text = async (stream: AsyncIterable<string>) => {
  let all = "";
  for await (const piece of stream) all += piece;
  return all;
};

async function recorded(answers: (string | Error)[], run: (gateway: LlmGateway) => Promise<unknown>) {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "parley-rec-")), "suite.json");
  const recordings = await openRecordings(file, "record");
  await run(createRecordingGateway(scripted(answers).gateway, options(recordings, "record"))).catch(() => {});
  await recordings.save();
  return { file, recordings: await openRecordings(file, "replay") };
}

describe("recording gateway", () => {
  it("replays recorded answers, streamed and structured, without calling the model, and reports their usage", async () => {
    const { recordings } = await recorded(['{"score": 4}', "Hello there you"], async (gateway) => {
      await gateway.structured(context, messages, verdict, "verdict");
      await text(gateway.streamChat({ ...context, purpose: "persona.reply" }, messages));
    });
    const inner = scripted([]);
    const usage: ModelCallRecord[] = [];
    const replay = createRecordingGateway(inner.gateway, options(recordings, "replay"));
    expect(await replay.structured({ ...context, meter: (r) => usage.push(r) }, messages, verdict, "verdict")).toEqual({
      score: 4,
    });
    expect(await text(replay.streamChat({ ...context, purpose: "persona.reply" }, messages))).toBe("Hello there you");
    expect(inner.calls).toEqual([]);
    expect(usage).toMatchObject([{ promptTokens: 10, completionTokens: 2, latencyMs: 0, ok: true }]);
  });

  it.each([
    ["another model", (g: LlmGateway) => g.structured({ ...context, model: "judge-2" }, messages, verdict, "verdict")],
    [
      "another message",
      (g: LlmGateway) => g.structured(context, [...messages, { role: "user", content: "more" }], verdict, "verdict"),
    ],
    ["another schema name", (g: LlmGateway) => g.structured(context, messages, verdict, "other")],
    [
      "another schema shape",
      (g: LlmGateway) => g.structured(context, messages, z.object({ score: z.string() }), "verdict"),
    ],
    [
      "a second identical request",
      async (g: LlmGateway) => {
        await g.structured(context, messages, verdict, "verdict");
        return g.structured(context, messages, verdict, "verdict");
      },
    ],
  ])("fails loudly on an unseen request: %s", async (_name, call) => {
    const { recordings } = await recorded(['{"score": 4}'], (gateway) =>
      gateway.structured(context, messages, verdict, "verdict"),
    );
    const misses: string[] = [];
    const replay = createRecordingGateway(null, { ...options(recordings, "replay"), misses });
    await expect(call(replay)).rejects.toBeInstanceOf(ReplayMissError);
    expect(misses).toHaveLength(1);
    expect(misses[0]).toMatch(/^grade\.call judge-/);
  });

  it.each([
    ["endpoint", { endpoint: "http://elsewhere/v1" }],
    ["prompt version", { keyExtra: { prompt: 3, repeat: 0 } }],
    ["repeat index", { keyExtra: { prompt: 2, repeat: 1 } }],
  ])("keys by the %s", async (_name, change) => {
    const { recordings } = await recorded(['{"score": 4}'], (gateway) =>
      gateway.structured(context, messages, verdict, "verdict"),
    );
    const replay = createRecordingGateway(null, { ...options(recordings, "replay"), ...change });
    await expect(replay.structured(context, messages, verdict, "verdict")).rejects.toBeInstanceOf(ReplayMissError);
  });

  it("keeps identical requests apart, replaying them in order", async () => {
    const { recordings } = await recorded(["first", "second"], async (gateway) => {
      await text(gateway.streamChat(context, messages));
      await text(gateway.streamChat(context, messages));
    });
    const replay = createRecordingGateway(null, options(recordings, "replay"));
    expect([
      await text(replay.streamChat(context, messages)),
      await text(replay.streamChat(context, messages)),
    ]).toEqual(["first", "second"]);
  });

  it.each([
    [
      "a failed structured call",
      [new LlmError("unavailable", "down")],
      (g: LlmGateway) => g.structured(context, messages, verdict, "verdict"),
    ],
    ["a stream cut mid-way", ["CUT"], (g: LlmGateway) => text(g.streamChat(context, messages))],
  ])("never records %s", async (_name, answers, call) => {
    const { recordings } = await recorded(answers, call);
    expect(recordings.size).toBe(0);
  });

  it("refuses to replay from a missing recordings file", async () => {
    await expect(openRecordings(path.join(tmpdir(), "no-such-dir", "x.json"), "replay")).rejects.toThrow(/--record/);
  });
});
