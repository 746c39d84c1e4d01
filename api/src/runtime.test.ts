import { afterEach, describe, expect, it } from "vitest";
import type { Grader } from "./grading/grader";
import { createOfflineGrader } from "./offline/offline-grader";
import { scriptedGateway } from "./testing/scripted-gateway";
import { readTurnEvents, startTestRuntime, type TestRuntime } from "./testing/test-runtime";

const MODEL_ENV = { PARLEY_ENGINE: "model", OPENAI_API_KEY: "sk-test", PARLEY_PERSONA_MODEL: "scripted-persona" };

let runtime: TestRuntime | null = null;
afterEach(async () => {
  await runtime?.close();
  runtime = null;
});

async function startCall(rt: TestRuntime) {
  const started = await rt.json("POST", "/api/sessions", { personaId: "cancel-after-outages", mode: "exam" });
  expect(started.status).toBe(201);
  return ((await started.json()) as { session: { id: string } }).session.id;
}

describe("createRuntime overrides", () => {
  it("runs the model engine through an injected gateway, with no server and no network", async () => {
    const gateway = scriptedGateway({
      chat: () => "Fine. Say what you have to say.",
      structured: (_call, name) => (name === "moves" ? { moves: [{ move: "apologises", quote: "I'm sorry" }] } : {}),
    });
    runtime = await startTestRuntime(MODEL_ENV, { gateway });
    const id = await startCall(runtime);
    const events = await readTurnEvents(
      await runtime.json("POST", `/api/sessions/${id}/turns`, { text: "I'm sorry about the outages." }),
    );
    const persona = events.find((event) => event.type === "persona");
    expect(persona?.type === "persona" && persona.turn.text).toBe("Fine. Say what you have to say.");
    expect(persona?.type === "persona" && persona.moves).toContain("apologises");
    expect(gateway.calls.map((call) => call.purpose)).toEqual(["persona.moves", "persona.reply"]);
    expect(gateway.calls[1]?.model).toBe("scripted-persona");
  });

  it("grades with an injected grader in place of the configured one", async () => {
    const offline = createOfflineGrader();
    const judged: string[] = [];
    const grader: Grader = {
      engine: "offline",
      model: "wrapped-offline",
      judgeTurn: (input) => {
        judged.push(`turn ${input.turnIndex}`);
        return offline.judgeTurn(input);
      },
      judgeCall: (input) => {
        judged.push("call");
        return offline.judgeCall(input);
      },
    };
    runtime = await startTestRuntime({}, { grader });
    const id = await startCall(runtime);
    await readTurnEvents(
      await runtime.json("POST", `/api/sessions/${id}/turns`, { text: "I'm sorry, three outages is too many." }),
    );
    const ended = (await (await runtime.json("POST", `/api/sessions/${id}/end`)).json()) as {
      scorecard: { model: string | null };
    };
    expect(ended.scorecard.model).toBe("wrapped-offline");
    expect(judged).toContain("call");
  });
});
