import type { Config } from "../config";
import type { LlmGateway } from "../llm/gateway";
import { type AudioStore, createFileAudioStore } from "./audio-store";
import { ACCEPTED_LABELS } from "./audio/formats";
import type { AudioLimits } from "./audio/inspect-audio";
import { createModelTranscriber } from "./model-transcriber";
import { createPocketsphinxTranscriber } from "./offline/pocketsphinx-transcriber";
import { browserSpeaker, createModelSpeaker, type Speaker } from "./speaker";
import type { Transcriber } from "./transcriber";

/** Everything voice mode needs: limits, the recording store, the transcriber and the speaker. */
export interface VoiceService {
  limits: AudioLimits;
  audio: AudioStore;
  transcriber: Transcriber;
  speaker: Speaker;
}

/** What clients are told about voice mode (`GET /api/health`, `voice`). */
export interface VoiceStatus {
  transcription: { engine: "offline" | "model"; model: string; available: boolean; reason: string | null };
  /** `browser`: Parley synthesises no speech; use the browser's own speech synthesis. */
  speech: { engine: "model" | "browser"; model: string | null };
  limits: { maxBytes: number; maxSeconds: number; formats: string };
}

export function voiceStatus(voice: VoiceService): VoiceStatus {
  const reason = voice.transcriber.unavailable();
  return {
    transcription: {
      engine: voice.transcriber.engine,
      model: voice.transcriber.model,
      available: reason === null,
      reason,
    },
    speech: { engine: voice.speaker.engine, model: voice.speaker.model },
    limits: { maxBytes: voice.limits.maxBytes, maxSeconds: voice.limits.maxSeconds, formats: ACCEPTED_LABELS },
  };
}

/**
 * Builds voice mode from the config: model engines through the shared `gateway`, offline ones
 * locally; recordings in `audio` (files under PARLEY_AUDIO_DIR unless the runtime gives another).
 */
export function createVoiceService(
  config: Config,
  gateway: LlmGateway | null,
  audio: AudioStore = createFileAudioStore(config.voice.audioDir),
): VoiceService {
  const transcriber =
    config.voice.stt === "model" && gateway
      ? createModelTranscriber(
          gateway,
          config.voice.sttModel,
          config.voice.language ? { language: config.voice.language } : {},
        )
      : createPocketsphinxTranscriber({
          languageModel: config.voice.offlineLm,
          libraryRoot: config.libraryRoot,
          cacheDir: config.voice.cacheDir,
        });
  return {
    limits: { maxBytes: config.voice.maxAudioBytes, maxSeconds: config.voice.maxAudioSeconds },
    audio,
    transcriber,
    speaker:
      config.voice.tts === "model" && gateway ? createModelSpeaker(gateway, config.voice.ttsModel) : browserSpeaker,
  };
}
