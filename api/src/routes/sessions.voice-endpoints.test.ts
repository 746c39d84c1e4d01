import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTurnEvents, startTestRuntime } from "../testing/test-runtime";
import { clipMaker, missingTools, skipMessage } from "../voice/testing/clips";
import { wavBytes } from "../voice/testing/wav-bytes";
import { wordErrors } from "../voice/wer";

type Runtime = Awaited<ReturnType<typeof startTestRuntime>>;
type ErrorBody = { error: { code: string; message: string } };
type SessionView = {
  persona: { id: string; name: string; voice: { voice: string; rate: number } };
  turns: {
    index: number;
    role: string;
    text: string;
    interrupted?: true;
    voice?: { delivery: { interrupted: boolean } | null };
  }[];
};

/** The opening line of cancel-after-outages, as its persona file has it. */
const OPENING = "Yeah, hi. I want to cancel my internet. Today. And I don't want to hear about any deals.";

const dataDir = mkdtempSync(path.join(tmpdir(), "parley-voice-endpoints-"));
let parley: Runtime;

beforeAll(async () => {
  parley = await startTestRuntime({ PARLEY_AUDIO_DIR: path.join(dataDir, "audio") });
});
afterAll(async () => {
  await parley.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function startCall(runtime: Runtime = parley, headers: Record<string, string> = {}) {
  const response = await runtime.app.request("/api/sessions", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ personaId: "cancel-after-outages", mode: "exam", difficulty: "medium" }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { session: { id: string } }).session.id;
}

function form(audio: Uint8Array | null, fields: Record<string, string> = {}, type = "audio/wav") {
  const body = new FormData();
  if (audio) body.set("audio", new Blob([new Uint8Array(audio)], { type }), "turn.wav");
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  return body;
}

const transcribe = (
  id: string,
  body: FormData | string,
  runtime: Runtime = parley,
  headers: Record<string, string> = {},
) =>
  runtime.app.request(`/api/sessions/${id}/transcribe`, {
    method: "POST",
    body,
    headers: typeof body === "string" ? { "content-type": "application/json", ...headers } : headers,
  });
const session = async (id: string) => (await (await parley.app.request(`/api/sessions/${id}`)).json()) as SessionView;
const errorOf = async (response: Response) => ((await response.json()) as ErrorBody).error;

describe("POST /api/sessions/:id/transcribe: refused recordings (no tools needed)", () => {
  const silence = wavBytes({ seconds: 1 });
  it.each<[string, FormData | string, number, string]>([
    ["no audio field", form(null, { text: "hello" }), 400, "audio_missing"],
    ["not a form at all", JSON.stringify({ text: "hello" }), 400, "invalid_form"],
    ["an empty recording", form(new Uint8Array()), 400, "audio_empty"],
    [
      "a text file",
      form(new TextEncoder().encode("I can cancel that for you today, on this call.")),
      415,
      "audio_unsupported_type",
    ],
    [
      "a corrupt WAV",
      form(
        (() => {
          const b = new Uint8Array(silence);
          b.fill(0xee, 12, 44);
          return b;
        })(),
      ),
      400,
      "audio_corrupt",
    ],
  ])("%s: the same error as for a spoken turn, and nothing stored", async (_, body, status, code) => {
    const id = await startCall();
    const response = await transcribe(id, body);
    expect(response.status).toBe(status);
    const error = await errorOf(response);
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(20);
    expect((await session(id)).turns).toHaveLength(1);
  });

  it("refuses a call that has ended with 409 session_ended", async () => {
    const id = await startCall();
    // Ended without a rep turn (ending would refuse: nothing to grade): abandoned.
    expect((await parley.json("POST", `/api/sessions/${id}/abandon`)).status).toBe(200);
    const response = await transcribe(id, form(wavBytes({ seconds: 1, tone: true })));
    expect(response.status).toBe(409);
    expect((await errorOf(response)).code).toBe("session_ended");
  });

  it("answers 404 for a call that does not exist", async () => {
    const response = await transcribe(
      "00000000-0000-4000-8000-000000000000",
      form(wavBytes({ seconds: 1, tone: true })),
    );
    expect(response.status).toBe(404);
  });
});

describe("POST /api/sessions/:id/speech with no speech model", () => {
  it("answers 501 tts_unavailable, so the browser speaks with the persona's voice settings from GET /api/sessions/:id", async () => {
    const id = await startCall();
    const response = await parley.json("POST", `/api/sessions/${id}/speech`, { text: "Fine. Go on." });
    expect(response.status).toBe(501);
    expect((await errorOf(response)).code).toBe("tts_unavailable");
    expect((await session(id)).persona).toEqual({
      id: "cancel-after-outages",
      name: expect.any(String),
      voice: { voice: "alloy", rate: 1.08 },
    });
  });

  it.each([
    ["no text", {}],
    ["empty text", { text: "  " }],
    ["text over 1,000 characters", { text: "word ".repeat(201) }],
  ])("refuses %s with 400 invalid_request", async (_, body) => {
    const id = await startCall();
    const response = await parley.json("POST", `/api/sessions/${id}/speech`, body);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe("invalid_request");
  });
});

describe("barge-in: the rep cuts the customer off (heard)", () => {
  it("stores the customer's line as what was heard, marked interrupted, and keeps the rep's turn", async () => {
    const id = await startCall();
    const events = await readTurnEvents(
      await parley.json("POST", `/api/sessions/${id}/turns`, {
        text: "I'm so sorry about the outages.",
        heard: "yeah hi i want to CANCEL",
      }),
    );
    expect(events.some((event) => event.type === "persona")).toBe(true);
    const { turns } = await session(id);
    expect(turns[0]).toMatchObject({ role: "customer", text: "Yeah, hi. I want to cancel—", interrupted: true });
    expect(turns[1]).toMatchObject({ role: "rep", text: "I'm so sorry about the outages." });
    expect(turns[1]?.interrupted).toBeUndefined();
  });

  it("cuts before the first word when nothing had been heard, and leaves a fully heard line alone", async () => {
    const nothing = await startCall();
    await readTurnEvents(
      await parley.json("POST", `/api/sessions/${nothing}/turns`, { text: "Sorry, go on.", heard: "" }),
    );
    expect((await session(nothing)).turns[0]).toMatchObject({ text: "—", interrupted: true });
    const all = await startCall();
    await readTurnEvents(
      await parley.json("POST", `/api/sessions/${all}/turns`, { text: "Sorry, go on.", heard: OPENING }),
    );
    expect((await session(all)).turns[0]).toEqual(expect.objectContaining({ text: OPENING }));
    expect((await session(all)).turns[0]?.interrupted).toBeUndefined();
  });

  it("refuses a heard that is not how the customer's latest line begins with 400 invalid_heard, changing nothing", async () => {
    const id = await startCall();
    const response = await parley.json("POST", `/api/sessions/${id}/turns`, {
      text: "Sorry about that.",
      heard: "I want to cancel",
    });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error).toMatchObject({ code: "invalid_heard" });
    expect(error.message).toMatch(/begins "yeah hi i want/);
    expect((await session(id)).turns).toEqual([expect.objectContaining({ text: OPENING })]);
    // The turn lock was released: the call goes on.
    const events = await readTurnEvents(
      await parley.json("POST", `/api/sessions/${id}/turns`, { text: "Sorry about that." }),
    );
    expect(events.some((event) => event.type === "persona")).toBe(true);
  });

  it("takes heard with a spoken turn too, and marks the rep's recording as spoken over the customer", async () => {
    const id = await startCall();
    const events = await readTurnEvents(
      await parley.app.request(`/api/sessions/${id}/turns`, {
        method: "POST",
        body: form(wavBytes({ seconds: 2, tone: true }), { text: "Sorry, I hear you.", heard: "Yeah, hi." }),
      }),
    );
    expect(events[0]).toMatchObject({ type: "transcript", delivery: { interrupted: true } });
    const { turns } = await session(id);
    expect(turns[0]).toMatchObject({ text: "Yeah, hi—", interrupted: true });
    expect(turns[1]).toMatchObject({ text: "Sorry, I hear you.", voice: { delivery: { interrupted: true } } });
  });

  it("refuses a bad heard in a spoken turn before the recording is stored", async () => {
    const id = await startCall();
    const response = await parley.app.request(`/api/sessions/${id}/turns`, {
      method: "POST",
      body: form(wavBytes({ seconds: 2, tone: true }), { text: "Sorry.", heard: "something else entirely" }),
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe("invalid_heard");
    expect((await session(id)).turns).toHaveLength(1);
  });
});

describe("only the person practising a call may transcribe, speak or barge in", () => {
  let accounts: Runtime;
  const ADMIN = { email: "admin@example.com", password: "correct horse battery" };
  const cookies: Record<"learner" | "trainer" | "rival", string> = { learner: "", trainer: "", rival: "" };
  const as = (who: keyof typeof cookies) => ({ cookie: cookies[who] });
  const signIn = async (email: string, password: string) => {
    const response = await accounts.json("POST", "/api/auth/login", { email, password });
    return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  };

  beforeAll(async () => {
    accounts = await startTestRuntime({
      PARLEY_AUTH: "accounts",
      PARLEY_ADMIN_EMAIL: ADMIN.email,
      PARLEY_ADMIN_PASSWORD: ADMIN.password,
      PARLEY_AUDIO_DIR: path.join(dataDir, "accounts-audio"),
    });
    const admin = { cookie: await signIn(ADMIN.email, ADMIN.password) };
    const post = (url: string, body: unknown) =>
      accounts.app.request(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...admin },
        body: JSON.stringify(body),
      });
    const team = async (name: string) =>
      ((await (await post("/api/teams", { name })).json()) as { team: { id: string } }).team.id;
    const [teamA, teamB] = [await team("Team A"), await team("Team B")];
    const people = [
      ["learner", "lee@example.com", "learner", teamA],
      ["trainer", "tess@example.com", "trainer", teamA],
      ["rival", "ray@example.com", "learner", teamB],
    ] as const;
    for (const [who, email, role, teamId] of people) {
      const created = await post("/api/users", { name: who, email, role, teamId, password: "long enough password" });
      expect(created.status).toBe(201);
      cookies[who] = await signIn(email, "long enough password");
    }
  });
  afterAll(() => accounts.close());

  it.each([
    ["a trainer of the same team (may read, not change)", "trainer", 403],
    ["a learner of another team", "rival", 404],
  ] as const)("%s: %i", async (_, who, status) => {
    const id = await startCall(accounts, as("learner"));
    const recording = form(wavBytes({ seconds: 1, tone: true }));
    expect((await transcribe(id, recording, accounts, as(who))).status).toBe(status);
    // Whose call it is is checked before the upload is read: junk bytes get the same answer.
    const junk = () => form(new Uint8Array(4000).fill(7));
    expect((await transcribe(id, junk(), accounts, as(who))).status).toBe(status);
    const spoken = await accounts.app.request(`/api/sessions/${id}/turns`, {
      method: "POST",
      headers: as(who),
      body: junk(),
    });
    expect(spoken.status).toBe(status);
    const json = (url: string, body: unknown) =>
      accounts.app.request(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...as(who) },
        body: JSON.stringify(body),
      });
    expect((await json(`/api/sessions/${id}/speech`, { text: "Fine." })).status).toBe(status);
    expect((await json(`/api/sessions/${id}/turns`, { text: "Sorry.", heard: "Yeah" })).status).toBe(status);
    const view = (await (
      await accounts.app.request(`/api/sessions/${id}`, { headers: as("learner") })
    ).json()) as SessionView;
    expect(view.turns).toEqual([expect.objectContaining({ text: OPENING })]);
  });
});

const missing = missingTools("espeak", "sox", "pocketsphinx");
if (missing.length > 0) console.log(skipMessage("transcribe-only on the offline engine", missing));

describe.skipIf(missing.length > 0)(
  "POST /api/sessions/:id/transcribe on the offline engine (espeak-ng clip, pocketsphinx)",
  () => {
    const clips = clipMaker();
    afterAll(() => clips.remove());

    it("answers the words with their timings in ms, and stores nothing", async () => {
      const id = await startCall();
      const line = "How have the outages affected your work this month?";
      const clip = clips.read(await clips.speak("preview", line, { voice: "en-us+f5", wordsPerMinute: 150 }));
      const response = await transcribe(id, form(clip));
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        text: string;
        words: { word: string; startMs: number; endMs: number }[] | null;
        engine: string;
        model: string | null;
        durationMs: number;
        latencyMs: number;
      };
      expect(body).toMatchObject({ engine: "offline", model: "pocketsphinx-en-us+domain-lm" });
      expect(wordErrors(line, body.text).wer).toBeLessThan(0.5);
      expect(body.words?.length).toBeGreaterThan(3);
      for (const word of body.words ?? []) expect(word.endMs).toBeGreaterThanOrEqual(word.startMs);
      expect(body.durationMs).toBeGreaterThan(1000);
      expect(body.latencyMs).toBeGreaterThanOrEqual(0);
      expect((await session(id)).turns).toHaveLength(1);
    }, 60_000);
  },
);
