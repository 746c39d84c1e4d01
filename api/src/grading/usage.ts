import type { ModelCallRecord } from "../llm/gateway";

/** What producing one scorecard (or one turn's feedback) cost. */
export interface Usage {
  modelCalls: number;
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
  /** Judgements served from the cache instead of a model call. */
  cachedJudgements: number;
}

export function createUsageMeter() {
  const usage: Usage = { modelCalls: 0, promptTokens: 0, completionTokens: 0, latencyMs: 0, cachedJudgements: 0 };
  return {
    usage,
    record(call: ModelCallRecord) {
      usage.modelCalls += 1;
      usage.promptTokens += call.promptTokens ?? 0;
      usage.completionTokens += call.completionTokens ?? 0;
      usage.latencyMs += call.latencyMs;
    },
    cached() {
      usage.cachedJudgements += 1;
    },
  };
}

export type UsageMeter = ReturnType<typeof createUsageMeter>;
