import type { Config } from "./config";
import type { Grader } from "./grading/grader";
import { createModelGrader } from "./grading/model-grader";
import { createLlmGateway, type LlmGateway, type ModelCallRecord } from "./llm/gateway";
import { createOfflineGrader } from "./offline/offline-grader";
import { createOfflinePersonaEngine } from "./offline/offline-persona";
import { createModelPersonaEngine } from "./practice/model-persona";
import type { PersonaEngine } from "./practice/persona-engine";

/** True when anything configured talks to the model endpoint: the engines, or voice's speech to text or speech. */
export const usesModelEndpoint = (config: Config) =>
  config.engine === "model" || config.voice.stt === "model" || config.voice.tts === "model";

/** The one gateway to the configured model endpoint; engines and voice share it. */
export function createModelGateway(config: Config, onCall?: (record: ModelCallRecord) => void): LlmGateway {
  return createLlmGateway({
    baseURL: config.model.baseURL,
    apiKey: config.model.apiKey,
    timeoutMs: config.model.timeoutMs,
    maxRetries: config.model.maxRetries,
    systemRole: config.model.systemRole,
    onCall,
  });
}

/** The persona engine and grader the config asks for: the model engine (through `gateway`), or the offline one. */
export function createEngines(
  config: Config,
  gateway: LlmGateway | null = null,
): { persona: PersonaEngine; grader: Grader } {
  if (config.engine === "offline") return { persona: createOfflinePersonaEngine(), grader: createOfflineGrader() };
  const model = gateway ?? createModelGateway(config);
  return {
    persona: createModelPersonaEngine(model, config.model.personaModel, config.model.moveModel, {
      contextTokens: config.model.contextTokens,
    }),
    grader: createModelGrader(model, config.model.graderModel, { contextTokens: config.model.contextTokens }),
  };
}
