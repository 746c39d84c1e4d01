import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { errorOf } from "../testing/signed-in-client";
import { startTestRuntime, type TestRuntime } from "../testing/test-runtime";
import { clipMaker, missingTools, skipMessage } from "../voice/testing/clips";
import { wavBytes } from "../voice/testing/wav-bytes";

/**
 * Issue 15, finding 3: a recording's length is what its samples last, not what its header says,
 * and spoken turns count in the turn rate limit. Refusals happen at intake: nothing is stored and
 * no recogniser hears anything.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), "parley-audio-length-"));
let parley: TestRuntime;
beforeAll(async () => {
  parley = await startTestRuntime({
    PARLEY_AUDIO_DIR: path.join(dataDir, "audio"),
    PARLEY_MAX_AUDIO_SECONDS: "20",
    PARLEY_TURNS_PER_MINUTE: "3",
  });
});
afterAll(async () => {
  await parley.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function startCall() {
  const response = await parley.json("POST", "/api/sessions", { personaId: "cancel-after-outages", mode: "coach" });
  expect(response.status).toBe(201);
  return ((await response.json()) as { session: { id: string } }).session.id;
}
function postAudio(sessionId: string, audio: Uint8Array, fields: Record<string, string>, endpoint = "turns") {
  const form = new FormData();
  form.set("audio", new Blob([new Uint8Array(audio)]), "turn.bin");
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return parley.app.request(`/api/sessions/${sessionId}/${endpoint}`, { method: "POST", body: form });
}
const storedRepTurns = async (sessionId: string) =>
  (
    await parley.db.orm.select().from(parley.db.tables.turns).where(eq(parley.db.tables.turns.sessionId, sessionId))
  ).filter((turn) => turn.role === "rep");

/** `seconds` of a 300 Hz tone, 16 kHz mono 16-bit, made with sox. */
const tone = (clips: ReturnType<typeof clipMaker>, name: string, seconds: number) =>
  clips.sox(name, (out) => ["-n", "-r", "16000", "-c", "1", "-b", "16", out, "synth", String(seconds), "sine", "300"]);

/** A WAV whose byte-rate field claims `claimedSeconds` while its samples last `seconds`. */
function lyingWav(seconds: number, claimedSeconds: number) {
  const bytes = wavBytes({ seconds });
  const dataLength = bytes.length - 44;
  new DataView(bytes.buffer).setUint32(28, Math.round(dataLength / claimedSeconds), true);
  return bytes;
}

describe("recording length from the samples", () => {
  it("refuses a WAV whose header claims 5 s while its samples last 30 s: audio_too_long, nothing stored", async () => {
    const id = await startCall();
    for (const endpoint of ["turns", "transcribe"]) {
      const response = await postAudio(id, lyingWav(30, 5), endpoint === "turns" ? { text: "Sorry." } : {}, endpoint);
      expect(response.status).toBe(413);
      expect(await errorOf(response)).toMatchObject({
        code: "audio_too_long",
        message: expect.stringMatching(/30\.0 s long; a spoken turn is limited to 20 s/),
      });
    }
    expect(await storedRepTurns(id)).toHaveLength(0);
  });

  const missing = missingTools("sox", "ffmpeg");
  if (missing.length > 0) console.warn(skipMessage("WebM with a patched Duration", missing));
  it.skipIf(missing.length > 0)(
    "refuses a WebM whose Duration is patched to 5 s while it decodes to 30 s, before storing or recognising it",
    async () => {
      const clips = clipMaker();
      try {
        const wav = await tone(clips, "tone.wav", 30);
        const webm = clips.read(await clips.encode(wav, "webm"));
        const patched = patchWebmDuration(webm, 5);
        const id = await startCall();
        // No `text`: this turn would go to the recogniser if intake let it through.
        const response = await postAudio(id, patched, {});
        expect(response.status).toBe(413);
        expect(await errorOf(response)).toMatchObject({
          code: "audio_too_long",
          message: expect.stringMatching(/decodes to more than 20 s \(its header says 5\.0 s\)/),
        });
        expect(await storedRepTurns(id)).toHaveLength(0);
        // The honest length within the limit still passes intake (the turn's words are sent with it).
        const short = clips.read(await clips.encode(await tone(clips, "short.wav", 2), "webm"));
        const ok = await postAudio(id, short, { text: "I'm so sorry about the outages." });
        expect(ok.status).toBe(200);
        await ok.text();
        expect(await storedRepTurns(id)).toHaveLength(1);
      } finally {
        clips.remove();
      }
    },
    60_000,
  );
});

describe("spoken turns in the turn rate limit", () => {
  it("ten spoken turns sent at once on ten calls: only the limit's three are taken, the rest 429", async () => {
    const ids = await Promise.all(Array.from({ length: 10 }, () => startCall()));
    // Turns this user stored earlier in the file count toward the same minute.
    const allRepTurns = async () =>
      (await parley.db.orm.select().from(parley.db.tables.turns)).filter((turn) => turn.role === "rep").length;
    const before = await allRepTurns();
    const responses = await Promise.all(
      ids.map((id) => postAudio(id, wavBytes({ seconds: 1 }), { text: "I'm so sorry about the outages." })),
    );
    const statuses = await Promise.all(
      responses.map(async (response) => {
        await response.text();
        return response.status;
      }),
    );
    expect(statuses.filter((status) => status === 200)).toHaveLength(3 - before);
    expect(statuses.filter((status) => status === 429)).toHaveLength(10 - (3 - before));
    expect(await allRepTurns()).toBe(3);
  });
});

/** Finds the Segment Info's Duration (EBML id 0x4489, a float) and writes `seconds` there (timecode scale 1 ms). */
function patchWebmDuration(bytes: Uint8Array, seconds: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  for (let at = 0; at + 3 < copy.length; at++) {
    if (copy[at] !== 0x44 || copy[at + 1] !== 0x89) continue;
    const size = copy[at + 2]! & 0x7f;
    const view = new DataView(copy.buffer, at + 3, size);
    if (size === 8) view.setFloat64(0, seconds * 1000);
    else if (size === 4) view.setFloat32(0, seconds * 1000);
    else continue;
    return copy;
  }
  throw new Error("no Duration element in the WebM");
}
