import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Transcript } from "../conversation/transcript";
import { LlmError } from "../llm/errors";
import { createLlmGateway } from "../llm/gateway";
import { countPromptTokens, withContextLimit } from "../testing/fake-context-limit";
import { type FakeOpenAIServer, messageText, startFakeOpenAI } from "../testing/fake-openai-server";
import { testPersona } from "../testing/fixtures";
import { advance, initialState } from "./director";
import { createModelPersonaEngine } from "./model-persona";

// Ollama's default context is 4096 tokens; past it Ollama drops the start of the prompt (the
// persona's instructions) without a word. The fake refuses such a prompt, as vLLM does, so a test sees it.
const CONTEXT = 4096;
let fake: FakeOpenAIServer;
beforeAll(async () => {
  fake = await startFakeOpenAI({
    defaultChat: withContextLimit(CONTEXT, (body) =>
      body.stream ? { kind: "text", content: "Fine." } : { kind: "json", value: { moves: [] } },
    ),
  });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const persona = testPersona();
const state = initialState(persona);
const { change } = advance(persona, "medium", state, { moves: [], quotes: {}, words: 4, turn: 1 });
const longCall = (turns: number): Transcript =>
  Array.from({ length: turns }, (_, index) => ({
    index,
    role: index % 2 === 0 ? ("customer" as const) : ("rep" as const),
    text: `Turn ${index}. ${"I hear you, and here is what happens next with the account and the visit. ".repeat(5)}`,
  }));

async function reply(contextTokens: number | undefined, transcript: Transcript) {
  const gateway = createLlmGateway({ baseURL: fake.url, apiKey: "k", timeoutMs: 2000, maxRetries: 0 });
  const engine = createModelPersonaEngine(gateway, "persona", "persona", contextTokens ? { contextTokens } : {});
  let text = "";
  for await (const delta of engine.speak({ sessionId: "s", persona, difficulty: "medium", transcript, state, change }))
    text += delta;
  return text;
}

describe("the persona on a model with a 4k context", () => {
  it("is refused a long call when Parley is not told the context (the failure this guards against)", async () => {
    await expect(reply(undefined, longCall(62))).rejects.toMatchObject({ code: "rejected" });
  });

  it("keeps its instructions, the opening and the latest turns, says how many it left out, and fits", async () => {
    expect(await reply(CONTEXT, longCall(62))).toBe("Fine.");
    const [body] = fake.chatRequests();
    expect(body).toBeDefined();
    if (!body) return;
    expect(countPromptTokens(body) + (body.max_tokens ?? 0)).toBeLessThanOrEqual(CONTEXT);
    const texts = body.messages.map(messageText);
    expect(texts[0]).toContain(`You are ${persona.name}`);
    expect(texts.join("\n")).toContain("Turn 0.");
    expect(texts.join("\n")).toMatch(/\(\d+ earlier messages of this conversation are left out for length\.\)/);
    expect(texts.at(-1)).toMatch(/^Turn 61\.[\s\S]*\[Director's note, not said by the rep/);
  });

  it("fails the reply with a reason, unsent, when even the instructions do not fit", async () => {
    const error = await reply(500, longCall(3)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LlmError);
    expect((error as LlmError).message).toMatch(/does not fit the model's context \(500 tokens\)/);
    expect(fake.chatRequests()).toHaveLength(0);
  });

  it("reads a long turn's moves by rules rather than send a prompt over the context", async () => {
    const gateway = createLlmGateway({ baseURL: fake.url, apiKey: "k", timeoutMs: 2000, maxRetries: 0 });
    const engine = createModelPersonaEngine(gateway, "persona", "persona", { contextTokens: 1000 });
    const transcript: Transcript = [
      { index: 0, role: "customer", text: "I want to cancel." },
      { index: 1, role: "rep", text: `I'm sorry about the outages. ${"And here is more. ".repeat(300)}` },
    ];
    const reading = await engine.readMoves({ sessionId: "s", persona, transcript });
    expect(fake.chatRequests()).toHaveLength(0);
    expect(reading.degraded).toMatch(/more than the model's context \(1000\); read by rules/);
    expect(reading.moves).toContain("apologises");
  });
});
