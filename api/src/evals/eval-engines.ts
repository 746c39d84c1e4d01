import path from "node:path";
import type { Config, Engine } from "../config";
import type { Grader } from "../grading/grader";
import { JUDGE_PROMPT_VERSION } from "../grading/judge-prompt";
import { createModelGrader } from "../grading/model-grader";
import { createLlmGateway, type LlmGateway } from "../llm/gateway";
import { createRecordingGateway } from "../llm/recording-gateway";
import { openRecordings } from "../llm/recordings";
import { createOfflineGrader } from "../offline/offline-grader";
import { createOfflinePersonaEngine } from "../offline/offline-persona";
import { createModelPersonaEngine } from "../practice/model-persona";
import type { PersonaEngine } from "../practice/persona-engine";
import type { Transcript } from "../conversation/transcript";
import { scoreTranscript } from "../grading/score-transcript";
import type { Scorecard } from "../grading/types";
import { createUsageMeter } from "../grading/usage";
import type { Library } from "../library/load-library";
import type { Rubric } from "../library/rubric-schema";
import { createScriptPlayer, type ScriptPlayer } from "../trainer/play-script";
import { CHARACTER_PROMPT_VERSION, type CharacterJudge, createCharacterJudge } from "./character-judge";
import { meterByRole, type UsageByRole } from "./role-usage";

export type RunMode = "live" | "record" | "replay";

/** Grades one transcript against a rubric. */
export type TranscriptScorer = (input: {
  rubric: Rubric;
  transcript: Transcript;
  personaId: string | null;
}) => Promise<Scorecard>;

/** What a suite runs against: engines in this process, or a Parley server (`--server`). */
export interface EvalEngines {
  engine: Engine;
  score: TranscriptScorer;
  /** Plays scripted rep lines through a session service; close it when the suite is done. */
  openPlayer(): Promise<ScriptPlayer & { close(): Promise<void> }>;
  /** The in-character judge; null offline (and against a server), where only the rules check persona turns. */
  judge: CharacterJudge | null;
}

/** Engines in this process: scripted calls on a private in-memory database, grading as the server does. */
export function localEngines(
  library: Library,
  persona: PersonaEngine,
  grader: Grader,
  judge: CharacterJudge | null,
): EvalEngines {
  return {
    engine: grader.engine,
    score: ({ rubric, transcript, personaId }) =>
      scoreTranscript(
        {
          grader,
          cache: null,
          sessionId: null,
          personaId,
          // A separation suite's calls are graded with the scenario's knowledge, as a live call is.
          knowledge: library.personas.find((entry) => entry.value.id === personaId)?.value.knowledge ?? [],
          meter: createUsageMeter(),
        },
        { rubric, rubricVersion: 0, persona: null, reveal: null, transcript },
      ),
    openPlayer: () => createScriptPlayer(library, { persona, grader }),
    judge,
  };
}

export interface SuiteEngines {
  forRepeat(repeat: number): EvalEngines;
  /** Requests `--replay` had no recording for (the run must fail loudly on any). */
  misses: string[];
  /** Saves what `--record` captured. */
  finish(): Promise<void>;
}

export interface EngineSetup {
  config: Config;
  library: Library;
  mode: RunMode;
  recordingsDir: string;
  usage: UsageByRole;
  onCall: () => void;
}

/** The SDK's own default, so a recording made without OPENAI_BASE_URL is keyed like one made with it. */
const DEFAULT_ENDPOINT = "https://api.openai.com/v1";

/** Engines for one suite: offline, or the model engine live, recording, or replaying recordings. */
export async function openSuiteEngines(setup: EngineSetup, suiteId: string): Promise<SuiteEngines> {
  const { config, mode } = setup;
  if (config.engine === "offline" && mode === "live") {
    const offline = localEngines(setup.library, createOfflinePersonaEngine(), createOfflineGrader(), null);
    return { forRepeat: () => offline, misses: [], finish: async () => {} };
  }
  const base: LlmGateway | null =
    mode === "replay"
      ? null
      : createLlmGateway({
          baseURL: config.model.baseURL,
          apiKey: config.model.apiKey,
          timeoutMs: config.model.timeoutMs,
          maxRetries: config.model.maxRetries,
        });
  const misses: string[] = [];
  const recordings =
    mode === "live" ? null : await openRecordings(path.join(setup.recordingsDir, `${suiteId}.json`), mode);
  const forRepeat = (repeat: number): EvalEngines => {
    let gateway: LlmGateway | null = base;
    if (recordings && mode !== "live") {
      const recording = createRecordingGateway(base, {
        mode,
        endpoint: config.model.baseURL ?? DEFAULT_ENDPOINT,
        recordings,
        keyExtra: { judgePrompt: JUDGE_PROMPT_VERSION, characterPrompt: CHARACTER_PROMPT_VERSION, repeat },
        misses,
      });
      gateway = recording;
    }
    if (!gateway) throw new Error("no model gateway");
    const metered = meterByRole(gateway, setup.usage, setup.onCall);
    return localEngines(
      setup.library,
      createModelPersonaEngine(metered, config.model.personaModel, config.model.personaModel, {
        contextTokens: config.model.contextTokens,
      }),
      createModelGrader(metered, config.model.graderModel, { contextTokens: config.model.contextTokens }),
      createCharacterJudge(metered, config.model.graderModel),
    );
  };
  return {
    forRepeat,
    misses,
    finish: async () => {
      if (mode === "record" && recordings) await recordings.save();
    },
  };
}
