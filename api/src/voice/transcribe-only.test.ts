import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { ERROR_STATUS } from "../routes/error-status";
import { inspectAudio } from "./audio/inspect-audio";
import { browserSpeaker } from "./speaker";
import { wavBytes } from "./testing/wav-bytes";
import { transcribeOnly } from "./transcribe-only";
import { type Transcriber, TranscriberError, type TranscriberErrorCode } from "./transcriber";
import type { VoiceService } from "./voice-service";

const recording = inspectAudio(wavBytes({ seconds: 2 }), { maxBytes: 1e6, maxSeconds: 60 });

const voiceWith = (transcriber: Partial<Transcriber>): VoiceService => ({
  limits: { maxBytes: 1e6, maxSeconds: 60 },
  audio: { save: async () => "key", read: async () => null },
  transcriber: {
    engine: "offline",
    model: "test",
    unavailable: () => null,
    transcribe: async () => ({
      text: " no speech here ",
      words: null,
      durationMs: null,
      engine: "offline",
      model: "test",
      latencyMs: 3,
    }),
    ...transcriber,
  },
  speaker: browserSpeaker,
});

describe("transcribeOnly", () => {
  it("answers the words, the recording's length when the engine gives none, and no timings", async () => {
    expect(await transcribeOnly(voiceWith({}), recording, { sessionId: "s" })).toEqual({
      text: "no speech here",
      words: null,
      engine: "offline",
      model: "test",
      durationMs: 2000,
      latencyMs: 3,
    });
  });

  it("answers 503 stt_unavailable, saying what to install, when there is no recogniser", async () => {
    const voice = voiceWith({ unavailable: () => "Install pocketsphinx." });
    await expect(transcribeOnly(voice, recording, { sessionId: "s" })).rejects.toMatchObject({
      code: "stt_unavailable",
      message: "Install pocketsphinx.",
    });
    expect(ERROR_STATUS.stt_unavailable).toBe(503);
  });

  it.each<[TranscriberErrorCode, number]>([
    ["stt_failed", 502],
    ["stt_unavailable", 503],
    ["audio_unreadable", 400],
  ])("maps %s from the recogniser to %i", async (code, status) => {
    const voice = voiceWith({ transcribe: () => Promise.reject(new TranscriberError(code, "It went wrong.")) });
    const refused = await transcribeOnly(voice, recording, { sessionId: "s" }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code });
    expect(ERROR_STATUS[code]).toBe(status);
  });
});
