import { afterEach, describe, expect, it } from "vitest";
import type { TurnEvent } from "./turn-events";
import { type FakeOpenAIServer, startFakeOpenAI } from "../testing/fake-openai-server";
import { testPersona } from "../testing/fixtures";
import { scriptedGateway } from "../testing/scripted-gateway";
import { readTurnEvents, startTestRuntime } from "../testing/test-runtime";
import { createModelPersonaEngine } from "./model-persona";

// PARLEY_MOVE_MODEL: who reads the rep's moves before the customer answers (see model-persona.ts).
let fake: FakeOpenAIServer | undefined;
let parley: Awaited<ReturnType<typeof startTestRuntime>> | undefined;
afterEach(async () => {
  await parley?.close();
  await fake?.close();
});

async function oneTurn(moveModel: string) {
  fake = await startFakeOpenAI({
    defaultChat: (body) =>
      body.response_format?.json_schema?.name === "moves"
        ? { kind: "json", value: { moves: [{ move: "acknowledges_impact", quote: "sorry" }] } }
        : { kind: "text", content: "Fine. Go on." },
  });
  parley = await startTestRuntime({
    PARLEY_ENGINE: "model",
    OPENAI_BASE_URL: fake.url,
    OPENAI_API_KEY: "sk-test",
    PARLEY_PERSONA_MODEL: "persona-model",
    PARLEY_MOVE_MODEL: moveModel,
    PARLEY_MODEL_RETRIES: "0",
  });
  const start = await parley.json("POST", "/api/sessions", {
    personaId: "cancel-after-outages",
    mode: "exam",
    difficulty: "easy",
  });
  const id = ((await start.json()) as { session: { id: string } }).session.id;
  const events = await readTurnEvents(
    await parley.json("POST", `/api/sessions/${id}/turns`, { text: "I'm so sorry about the outages." }),
  );
  const persona = events.find((event): event is Extract<TurnEvent, { type: "persona" }> => event.type === "persona");
  const calls = (await parley.db.orm.select().from(parley.db.tables.modelCalls)).filter(
    (call) => call.sessionId === id,
  );
  return { persona, calls: calls.map((call) => [call.purpose, call.model]) };
}

describe("PARLEY_MOVE_MODEL", () => {
  it("reads the rep's moves with its own model", async () => {
    const { persona, calls } = await oneTurn("small-model");
    expect(calls.sort()).toEqual([
      ["persona.moves", "small-model"],
      ["persona.reply", "persona-model"],
    ]);
    expect(persona?.moves).toContain("acknowledges_impact");
  });

  it("with `rules`, reads them without a model: the reply is the only model call before the customer speaks", async () => {
    const { persona, calls } = await oneTurn("rules");
    expect(calls).toEqual([["persona.reply", "persona-model"]]);
    expect(persona).toMatchObject({ degraded: null });
    // The rules' reading, not the fake model's ("acknowledges_impact").
    expect(persona?.moves).toEqual(["apologises"]);
  });
});

describe("the model's move reading", () => {
  const transcript = [
    { index: 0, role: "customer" as const, text: "I want to cancel. Today." },
    { index: 1, role: "rep" as const, text: "Hi, this is Sam." },
    { index: 2, role: "customer" as const, text: "Did you hear me?" },
    { index: 3, role: "rep" as const, text: "Let me look into that for you." },
  ];

  it("keeps a move only with whole words the rep said, so no invented promise reaches the customer", async () => {
    const gateway = scriptedGateway({
      chat: () => "",
      structured: () => ({
        moves: [
          { move: "commits_to_action", quote: "I will waive your final bill and refund three months" },
          { move: "explains", quote: "let me look into THAT for you" },
          // Words inside the rep's words, but not words the rep said.
          { move: "offers_remedy", quote: "t me loo" },
          { move: "apologises", quote: "o" },
        ],
      }),
    });
    const reading = await createModelPersonaEngine(gateway, "m").readMoves({
      sessionId: "s",
      persona: testPersona(),
      transcript,
    });
    expect(reading.moves).toEqual(["explains"]);
    expect(reading.quotes).toEqual({ explains: "let me look into THAT for you" });
  });

  it("sees the call just before the rep's turn, and the decision rules for moves easily confused", async () => {
    const gateway = scriptedGateway({ chat: () => "", structured: () => ({ moves: [] }) });
    await createModelPersonaEngine(gateway, "m").readMoves({ sessionId: "s", persona: testPersona(), transcript });
    const [system, user] = gateway.calls[0]?.messages ?? [];
    expect(system?.content).toMatch(/Decision rules/);
    expect(system?.content).toMatch(/retention_pitch; offers_remedy is only/);
    expect(JSON.parse(user?.content ?? "{}")).toEqual({
      recent: [
        { speaker: "customer", text: "I want to cancel. Today." },
        { speaker: "rep", text: "Hi, this is Sam." },
      ],
      customer_said: "Did you hear me?",
      rep_said: "Let me look into that for you.",
    });
  });
});
