import type { z } from "zod";
import type { Criterion } from "../library/rubric-schema";
import { LlmError } from "../llm/errors";
import { type ChatMessage, type LlmGateway, STRUCTURED_MAX_TOKENS } from "../llm/gateway";
import { structuredCallTokens } from "../llm/token-estimate";
import type { Grader, JudgeCallInput, Judgement, JudgeTurnInput } from "./grader";
import { callJudgeMessages, TURN_JUDGE_TRANSCRIPT_CHARS, turnJudgeMessages } from "./judge-prompt";
import { judgeSchema, type JudgeAnswer, type TurnJudgeAnswer } from "./judge-schema";
import type { CriterionResult } from "./types";
import type { UsageMeter } from "./usage";

/**
 * The criteria in the order sample `sample` lists them: each sample starts one further along, so
 * `samples: k` sends k different requests and a judge's bias toward the first or last criterion is
 * averaged out instead of repeated (k identical requests at temperature 0 would always agree).
 */
export function criteriaForSample(criteria: Criterion[], sample: number): Criterion[] {
  if (criteria.length < 2) return criteria;
  const start = sample % criteria.length;
  return [...criteria.slice(start), ...criteria.slice(0, start)];
}

/**
 * The longest judgement wanted, in tokens: evidence and an analysis per criterion (~250), and the
 * tip and rewrite of the turn judge; at most the gateway's structured default. A cut-off answer is
 * asked for again, shorter.
 */
export function judgeAnswerTokens(criteria: number, coaching: boolean): number {
  return Math.min(STRUCTURED_MAX_TOKENS, 200 + 250 * criteria + (coaching ? 250 : 0));
}

/**
 * Samples after the first are drawn at this temperature, so `samples: k` measures how much the
 * judge's verdict moves (the first stays at 0, the judge's most likely answer). With one criterion
 * there is no order to rotate, and k requests at temperature 0 would always agree.
 */
export const SAMPLE_TEMPERATURE = 0.7;

/** Whether two turn judgements would send the same messages (what `turnJudgeMessages` reads). */
function sameTurnRequest(a: JudgeTurnInput, b: JudgeTurnInput): boolean {
  const knowledge = a.knowledge ?? [];
  const otherKnowledge = b.knowledge ?? [];
  return (
    a.transcript === b.transcript &&
    a.rubric === b.rubric &&
    a.criteria === b.criteria &&
    a.turnIndex === b.turnIndex &&
    a.rewrite === b.rewrite &&
    a.sample === b.sample &&
    (a.personaId ?? null) === (b.personaId ?? null) &&
    (knowledge === otherKnowledge || (knowledge.length === 0 && otherKnowledge.length === 0))
  );
}

/**
 * The LLM judge: per criterion, evidence, then an analysis against the anchors, then the anchor
 * label (an enum of that criterion's levels, in a schema built for the rubric); code maps the label
 * to a number, so the model never states a score that could contradict its own verdict. All
 * criteria of one scope go in one call (per rep turn for turn criteria), each judged on its own.
 */
export function createModelGrader(
  gateway: LlmGateway,
  model: string,
  options: { contextTokens?: number } = {},
): Grader {
  const request = (input: JudgeCallInput) => ({
    rubric: input.rubric,
    criteria: criteriaForSample(input.criteria, input.sample),
    transcript: input.transcript,
    personaId: input.personaId ?? null,
    knowledge: input.knowledge,
  });
  const contextTokens = options.contextTokens ?? Number.POSITIVE_INFINITY;
  /**
   * The turn judge's messages with as much of the call as the context leaves room for: the window
   * shrinks by what the prompt is over (at the estimate's 3.5 characters a token) until it fits or
   * holds only the opening line and the judged turn.
   */
  const turnMessages = (input: JudgeTurnInput) => {
    // The judgement cache's fingerprint of a request and the request itself are the same messages:
    // built once per grading of a turn (the transcript array is that grading's own).
    const last = lastTurnMessages.get(input.transcript);
    if (last && sameTurnRequest(last.input, input)) return last.messages;
    const messages = windowedTurnMessages(input);
    lastTurnMessages.set(input.transcript, { input, messages });
    return messages;
  };
  const lastTurnMessages = new WeakMap<
    JudgeTurnInput["transcript"],
    { input: JudgeTurnInput; messages: ChatMessage[] }
  >();
  const windowedTurnMessages = (input: JudgeTurnInput) => {
    const build = (transcriptChars: number) =>
      turnJudgeMessages({ ...request(input), turnIndex: input.turnIndex, rewrite: input.rewrite, transcriptChars });
    const schema = judgeSchema(input.criteria, true);
    const answerTokens = judgeAnswerTokens(input.criteria.length, true);
    const callChars = input.transcript.reduce((sum, turn) => sum + turn.text.length, 0);
    let chars = Math.min(TURN_JUDGE_TRANSCRIPT_CHARS, callChars);
    let messages = build(chars);
    for (let tries = 0; tries < 4; tries++) {
      const over = structuredCallTokens(messages, schema, "judgement", answerTokens) - contextTokens;
      if (over <= 0 || chars === 0) break;
      chars = Math.max(0, chars - Math.ceil(over * 3.5) - 200);
      messages = build(chars);
    }
    return messages;
  };
  const callMessages = (input: JudgeCallInput) => callJudgeMessages(request(input));

  async function judge<T>(
    messages: ChatMessage[],
    schema: z.ZodType<T>,
    context: {
      purpose: string;
      sample: number;
      sessionId: string | null;
      userId: string | null;
      meter: UsageMeter | undefined;
      maxTokens: number;
    },
  ): Promise<{ answer: T | null; failure: LlmError | null }> {
    // Counted before sending: an endpoint whose context is too small cuts a prompt from the front
    // (the grading rules first) without a word, so a prompt that would not fit is not sent.
    const needed = structuredCallTokens(messages, schema, "judgement", context.maxTokens);
    if (needed > contextTokens) {
      const failure = new LlmError(
        "rejected",
        `the judge's prompt and answer need about ${needed} tokens, more than the model's context (${contextTokens}, PARLEY_MODEL_CONTEXT_TOKENS); not sent, so nothing was cut`,
      );
      return { answer: null, failure };
    }
    try {
      const answer = await gateway.structured(
        {
          model,
          purpose: context.purpose,
          temperature: context.sample === 0 ? 0 : SAMPLE_TEMPERATURE,
          sessionId: context.sessionId,
          userId: context.userId,
          meter: context.meter?.record,
          maxTokens: context.maxTokens,
        },
        messages,
        schema,
        "judgement",
      );
      return { answer, failure: null };
    } catch (error) {
      if (!(error instanceof LlmError)) throw error;
      return { answer: null, failure: error };
    }
  }

  const results = (
    criteria: Criterion[],
    answer: JudgeAnswer | null,
    failure: LlmError | null,
  ): Judgement["criteria"] =>
    criteria.map((criterion) =>
      answer
        ? toResult(criterion, answer)
        : unscored(criterion, `The judge failed (${failure?.code}): ${failure?.message}`, failure?.raw),
    );

  return {
    engine: "model",
    model,
    requestFingerprint(kind, input) {
      const messages =
        kind === "turn" && input.turnIndex !== undefined
          ? turnMessages({ ...input, turnIndex: input.turnIndex, rewrite: input.rewrite })
          : callMessages(input);
      return JSON.stringify({ model, messages, temperature: input.sample === 0 ? 0 : SAMPLE_TEMPERATURE });
    },
    async judgeTurn(input) {
      const { criteria, sessionId, userId, meter } = input;
      if (criteria.length === 0) return { criteria: [], instructionAttempts: [], coaching: null };
      const schema = judgeSchema(criteria, true) as z.ZodType<TurnJudgeAnswer>;
      const { answer, failure } = await judge(turnMessages(input), schema, {
        purpose: "grade.turn",
        sample: input.sample,
        sessionId,
        userId: userId ?? null,
        meter,
        maxTokens: judgeAnswerTokens(criteria.length, true),
      });
      return {
        criteria: results(criteria, answer, failure),
        instructionAttempts: answer?.instruction_attempts ?? [],
        coaching:
          answer && (answer.tip.trim() || answer.better_reply.trim())
            ? { tip: answer.tip.trim(), betterReply: answer.better_reply.trim() }
            : null,
      };
    },
    async judgeCall(input) {
      const { criteria, sessionId, userId, meter } = input;
      if (criteria.length === 0) return { criteria: [], instructionAttempts: [] };
      const { answer, failure } = await judge(callMessages(input), judgeSchema(criteria, false), {
        purpose: "grade.call",
        sample: input.sample,
        sessionId,
        userId: userId ?? null,
        meter,
        maxTokens: judgeAnswerTokens(criteria.length, false),
      });
      return { criteria: results(criteria, answer, failure), instructionAttempts: answer?.instruction_attempts ?? [] };
    },
  };
}

function toResult(criterion: Criterion, answer: JudgeAnswer): CriterionResult {
  const found = answer.criteria[criterion.id];
  if (!found) return unscored(criterion, "The judge gave no verdict for this criterion.", JSON.stringify(answer));
  const level = found.anchor;
  if (!(level in criterion.anchors)) {
    return unscored(
      criterion,
      `The judge chose "${level}", which is not an anchor of this criterion.`,
      JSON.stringify(found),
    );
  }
  return { id: criterion.id, score: Number(level), evidence: found.evidence, rationale: found.analysis, flags: [] };
}

function unscored(criterion: Criterion, rationale: string, raw: string | undefined): CriterionResult {
  return {
    id: criterion.id,
    score: null,
    evidence: [],
    rationale,
    flags: ["unscored"],
    ...(raw === undefined ? {} : { raw }),
  };
}
