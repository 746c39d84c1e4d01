import type { Transcript } from "../conversation/transcript";
import type { KnowledgeEntry } from "../library/knowledge-schema";
import type { Criterion, Rubric } from "../library/rubric-schema";
import type { GradingContext } from "./grade-transcript";
import type { Judgement, RewriteBrief } from "./grader";
import { JUDGE_PROMPT_VERSION } from "./judge-prompt";
import { judgementKey } from "./judgement-key";

interface CacheInput {
  kind: "turn" | "call";
  rubric: Rubric;
  criteria: Criterion[];
  transcript: Transcript;
  turnIndex?: number;
  rewrite?: RewriteBrief;
  sample: number;
  knowledge?: KnowledgeEntry[];
}

/** Model judgements are stored; a complete one (nothing unscored) is served again for identical input. */
export async function cached<T extends Judgement>(
  ctx: GradingContext,
  input: CacheInput,
  judge: () => Promise<T>,
): Promise<T> {
  const { grader, cache } = ctx;
  if (!cache || grader.engine !== "model" || grader.model === null || input.criteria.length === 0) return judge();
  const request = grader.requestFingerprint?.(input.kind, {
    rubric: input.rubric,
    criteria: input.criteria,
    transcript: input.transcript,
    knowledge: input.knowledge ?? [],
    personaId: ctx.personaId,
    sessionId: null,
    sample: input.sample,
    ...(input.turnIndex === undefined ? {} : { turnIndex: input.turnIndex }),
    ...(input.rewrite === undefined ? {} : { rewrite: input.rewrite }),
  });
  // The request's own text when the grader can say it (an edited prompt, or any part of the rubric
  // the judge is shown, is a new key); otherwise what goes into it.
  const key = judgementKey({
    prompt: request ?? JUDGE_PROMPT_VERSION,
    kind: input.kind,
    model: grader.model,
    scale: input.rubric.scale,
    criteria: input.criteria,
    transcript: input.transcript,
    turn: input.turnIndex ?? null,
    sample: input.sample,
    knowledge: input.knowledge ?? [],
  });
  const hit = await cache.get(key);
  if (hit !== null) {
    ctx.meter.cached();
    return hit as T;
  }
  const fresh = await judge();
  if (!fresh.criteria.some((result) => result.score === null)) await cache.set(key, grader.model, fresh);
  return fresh;
}
