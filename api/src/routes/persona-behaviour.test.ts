import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectMoves } from "../conversation/detect-moves";
import type { TurnEvent } from "../practice/turn-events";
import {
  type ChatRequestBody,
  type FakeOpenAIServer,
  type FakeReply,
  messageText,
  startFakeOpenAI,
} from "../testing/fake-openai-server";
import { REP_SCRIPTS } from "../testing/rep-scripts";
import { readTurnEvents, startTestRuntime } from "../testing/test-runtime";

type Runtime = Awaited<ReturnType<typeof startTestRuntime>>;
const GOOD_OUTCOMES: Record<string, string> = {
  "cancel-after-outages": "offer_accepted",
  "bill-went-up": "understood_and_resolved",
  "business-line-down": "escalation_agreed",
};

/** A scripted model: it reads moves the way the rule detector does and answers with a fixed line. */
function scriptedModel(body: ChatRequestBody): FakeReply {
  if (body.response_format?.json_schema?.name === "moves") {
    const { rep_said } = JSON.parse(messageText(body.messages.at(-1) ?? { role: "user", content: "{}" })) as {
      rep_said: string;
    };
    return { kind: "json", value: { moves: detectMoves(rep_said) } };
  }
  return { kind: "text", content: "Right. Go on." };
}

let fake: FakeOpenAIServer;
const engines: Record<"offline" | "model", Runtime | undefined> = { offline: undefined, model: undefined };

beforeAll(async () => {
  fake = await startFakeOpenAI({ defaultChat: scriptedModel });
  engines.offline = await startTestRuntime();
  engines.model = await startTestRuntime({
    PARLEY_ENGINE: "model",
    OPENAI_BASE_URL: fake.url,
    PARLEY_MODEL_RETRIES: "0",
  });
});
afterAll(async () => {
  await engines.offline?.close();
  await engines.model?.close();
  await fake.close();
});

async function play(engine: "offline" | "model", personaId: string, difficulty: string, lines: string[]) {
  const parley = engines[engine];
  if (!parley) throw new Error("runtime not started");
  const response = await parley.json("POST", "/api/sessions", { personaId, mode: "exam", difficulty });
  const { session } = (await response.json()) as { session: { id: string } };
  const events: Extract<TurnEvent, { type: "persona" }>[] = [];
  for (const text of lines) {
    const persona = (
      await readTurnEvents(await parley.json("POST", `/api/sessions/${session.id}/turns`, { text }))
    ).find((event) => event.type === "persona");
    if (persona?.type !== "persona") throw new Error(`no reply to "${text}"`);
    events.push(persona);
    if (persona.ended) break;
  }
  return { outcome: events.at(-1)?.outcome ?? null, turns: events.length, moods: events.map((event) => event.mood) };
}

describe.each(Object.keys(REP_SCRIPTS))("persona %s", (personaId) => {
  const scripts = REP_SCRIPTS[personaId] ?? { good: [], bad: [] };

  it.each(["offline", "model"] as const)(
    "a strong rep and a weak rep reach different endings (%s engine)",
    async (engine) => {
      const good = await play(engine, personaId, "medium", scripts.good);
      const bad = await play(engine, personaId, "medium", scripts.bad);
      expect(good.outcome).toBe(GOOD_OUTCOMES[personaId]);
      expect(bad.outcome).toBe("hung_up");
    },
  );

  it("behaves differently at easy and hard for the same rep lines", async () => {
    const runs = await Promise.all(
      (["easy", "hard"] as const).flatMap((difficulty) => [
        play("offline", personaId, difficulty, scripts.good),
        play("offline", personaId, difficulty, scripts.bad),
      ]),
    );
    const [easyGood, easyBad, hardGood, hardBad] = runs;
    expect(hardBad?.turns).toBeLessThan(easyBad?.turns ?? 0);
    expect(JSON.stringify(hardGood)).not.toBe(JSON.stringify(easyGood));
    // The same good replies calm a hard customer more slowly: angrier after every turn, though five
    // good turns may bring either to calm by the end.
    const easyMoods = easyGood?.moods ?? [];
    const hardMoods = hardGood?.moods ?? [];
    expect(hardMoods.length).toBeGreaterThan(0);
    hardMoods.forEach((mood, turn) => expect(mood).toBeGreaterThanOrEqual(easyMoods[turn] ?? 0));
    expect(hardMoods.reduce((a, b) => a + b, 0)).toBeGreaterThan(easyMoods.reduce((a, b) => a + b, 0));
  });
});
