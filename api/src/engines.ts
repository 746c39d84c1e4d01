import type { Config } from "./config";
import type { Grader } from "./grading/grader";
import { createModelGrader } from "./grading/model-grader";
import { createLlmGateway, type ModelCallRecord } from "./llm/gateway";
import { createOfflineGrader } from "./offline/offline-grader";
import { createOfflinePersonaEngine } from "./offline/offline-persona";
import { createModelPersonaEngine } from "./practice/model-persona";
import type { PersonaEngine } from "./practice/persona-engine";

/** The persona engine and grader the config asks for: the model engine, or the offline one. */
export function createEngines(config: Config, onCall?: (record: ModelCallRecord) => void): { persona: PersonaEngine; grader: Grader } {
  if (config.engine === "offline") return { persona: createOfflinePersonaEngine(), grader: createOfflineGrader() };
  const gateway = createLlmGateway({
    baseURL: config.model.baseURL,
    apiKey: config.model.apiKey,
    timeoutMs: config.model.timeoutMs,
    maxRetries: config.model.maxRetries,
    onCall,
  });
  return {
    persona: createModelPersonaEngine(gateway, config.model.personaModel, config.model.moveModel),
    grader: createModelGrader(gateway, config.model.graderModel),
  };
}
