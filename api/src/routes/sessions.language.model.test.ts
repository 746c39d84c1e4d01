import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type ChatRequestBody,
  type FakeOpenAIServer,
  type FakeReply,
  judgementAsked,
  messageText,
  startFakeOpenAI,
} from "../testing/fake-openai-server";
import { readTurnEvents, startModelRuntime, startTestRuntime, type TestRuntime } from "../testing/test-runtime";
import { timedTranscription } from "../voice/testing/timed-transcription";
import { wavBytes } from "../voice/testing/wav-bytes";

/** Issue 17 item 4: a scenario's language reaches every model request of a call, and the offline engine refuses it up front. */

/** A model that reads one move, judges every criterion at its top anchor, and answers in Spanish. */
function scriptedModel(body: ChatRequestBody): FakeReply {
  const format = body.response_format?.json_schema?.name;
  if (format === "moves")
    return { kind: "json", value: { moves: [{ move: "acknowledges_impact", quote: "un susto" }] } };
  if (format === "judgement") {
    const request = judgementAsked(body);
    const rep = request.transcript.findLast((turn) => turn.speaker === "rep");
    return {
      kind: "json",
      value: {
        criteria: Object.fromEntries(
          request.rubric.criteria.map((criterion) => [
            criterion.id,
            {
              evidence: [{ turn: rep?.turn ?? 1, quote: "un susto" }],
              analysis: "Reconoce el golpe con las palabras de la clienta.",
              anchor: Object.keys(criterion.anchors).at(-1) ?? "5",
            },
          ]),
        ),
        instruction_attempts: [],
        tip: "Pregúntele qué le supone el cargo del día veinte.",
        better_reply: "",
      },
    };
  }
  return { kind: "text", content: "¿Pero me lo van a cobrar el día veinte o no?" };
}

let fake: FakeOpenAIServer;
let parley: TestRuntime;
beforeAll(async () => {
  fake = await startFakeOpenAI({ defaultChat: scriptedModel });
  parley = await startModelRuntime(fake.url, { PARLEY_STT_ENGINE: "model" });
});
afterAll(async () => {
  await parley.close();
  await fake.close();
});
beforeEach(() => fake.reset());

async function startCall(runtime: TestRuntime, personaId: string, mode: "coach" | "exam" = "coach") {
  return runtime.json("POST", "/api/sessions", { personaId, mode });
}
const sessionId = async (response: Response) => ((await response.json()) as { session: { id: string } }).session.id;
const system = (body: ChatRequestBody) => messageText(body.messages[0] ?? { role: "system", content: "" });
const lastUser = (body: ChatRequestBody) => messageText(body.messages.at(-1) ?? { role: "user", content: "" });
const requestsFor = (schema: string | null) =>
  fake.chatRequests().filter((body) => (body.response_format?.json_schema?.name ?? null) === schema);

describe("a Spanish scenario on the model engine (fake OpenAI-compatible server)", () => {
  it("asks the customer, the move reader, the turn judge and its coaching, and the call judge for Spanish", async () => {
    const id = await sessionId(await startCall(parley, "factura-luz-estimada-es"));
    const events = await readTurnEvents(
      await parley.json("POST", `/api/sessions/${id}/turns`, {
        text: "Trescientos doce euros es un susto, doña Carmen. Vamos a mirarlo.",
      }),
    );
    expect(events.find((event) => event.type === "persona")).toMatchObject({ moves: ["acknowledges_impact"] });

    const [reply] = requestsFor(null);
    expect(system(reply!)).toContain(
      "Language: you speak Spanish (es), as a native speaker from where your background says you live. Every word you say is in Spanish",
    );
    expect(lastUser(reply!)).toMatch(/Answer in Spanish\.\n\[End of note\]$/);

    const [moves] = requestsFor("moves");
    expect(system(moves!)).toContain("The call is in Spanish (es).");
    expect(system(moves!)).toContain("Copy each quote exactly as the rep said it, in Spanish; never translate it.");

    const [turnJudge] = requestsFor("judgement");
    expect(system(turnJudge!)).toContain(
      "The call and the rubric are in Spanish (es). Copy evidence quotes exactly as the rep said them (verbatim, never translated); write every analysis, the tip and the better_reply in Spanish.",
    );

    fake.reset();
    const ended = await parley.json("POST", `/api/sessions/${id}/end`);
    expect(ended.status).toBe(200);
    const callJudge = requestsFor("judgement").find((body) => lastUser(body).includes("over the whole call"));
    expect(system(callJudge!)).toContain("write every analysis in Spanish.");
    expect(system(callJudge!)).not.toContain("better_reply in Spanish");
  });

  it("sends the persona's language with the speech-to-text request", async () => {
    const id = await sessionId(await startCall(parley, "internet-ausfall-de", "exam"));
    fake.enqueue("transcription", timedTranscription());
    const form = new FormData();
    form.set("audio", new Blob([new Uint8Array(wavBytes({ seconds: 2.4, tone: true }))], { type: "audio/wav" }));
    await readTurnEvents(await parley.app.request(`/api/sessions/${id}/turns`, { method: "POST", body: form }));
    const upload = fake.requests.find((request) => request.path === "/v1/audio/transcriptions");
    if (upload?.bodyKind !== "multipart") throw new Error("no transcription request");
    expect(upload.body.fields.language).toBe("de");
  });

  it("leaves an English scenario's requests without a language line", async () => {
    const id = await sessionId(await startCall(parley, "cancel-after-outages"));
    await readTurnEvents(await parley.json("POST", `/api/sessions/${id}/turns`, { text: "I'm sorry, that's a lot." }));
    const all = fake.chatRequests();
    expect(all.length).toBeGreaterThan(0);
    for (const body of all) expect(JSON.stringify(body.messages)).not.toMatch(/Language:|The call is in|Answer in /);
  });

  it("refuses a persona and rubric in different languages before the call starts", async () => {
    const response = await parley.json("POST", "/api/sessions", {
      personaId: "factura-luz-estimada-es",
      rubricId: "service-recovery",
      mode: "exam",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: {
        code: "language_mismatch",
        message: expect.stringContaining('speaks Spanish (es) but rubric "service-recovery" judges in English (en)'),
      },
    });
  });
});

describe("a non-English scenario on the offline engine", () => {
  it("is refused when the call starts (422 language_unsupported), and no call is made", async () => {
    const offline = await startTestRuntime();
    try {
      const response = await startCall(offline, "internet-ausfall-de");
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({
        error: {
          code: "language_unsupported",
          message:
            'Persona "internet-ausfall-de" is in German (de); the offline engine supports English only. Run it with a model engine (PARLEY_ENGINE=model).',
        },
      });
      const listed = (await (await offline.json("GET", "/api/sessions")).json()) as { items: unknown[] };
      expect(listed.items).toEqual([]);
      const card = (await (await offline.json("GET", "/api/personas")).json()) as {
        items: { id: string; language: string; languageName: string; offlineReady: boolean }[];
      };
      expect(card.items.find((item) => item.id === "internet-ausfall-de")).toMatchObject({
        language: "de",
        languageName: "German",
        offlineReady: false,
      });
      expect(card.items.find((item) => item.id === "cancel-after-outages")).toMatchObject({ offlineReady: true });
    } finally {
      await offline.close();
    }
  });

  it("refuses to grade with a non-English rubric offline", async () => {
    const offline = await startTestRuntime();
    try {
      const response = await offline.json("POST", "/api/grade", {
        rubricId: "atencion-reclamaciones-es",
        transcript: [
          { role: "customer", text: "Me ha llegado una factura de trescientos doce euros." },
          { role: "rep", text: "Vamos a mirarlo ahora mismo." },
        ],
      });
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({ error: { code: "language_unsupported" } });
    } finally {
      await offline.close();
    }
  });
});
