import { z } from "zod";
import type { Criterion } from "../library/rubric-schema";
import { LlmError } from "../llm/errors";
import type { ChatMessage, LlmGateway } from "../llm/gateway";
import type { Grader, JudgeCallInput, Judgement, JudgeTurnInput } from "./grader";
import { callJudgeMessages, turnJudgeMessages } from "./judge-prompt";
import type { CriterionResult } from "./types";
import type { UsageMeter } from "./usage";

const quote = z.object({ turn: z.number().int(), quote: z.string() });
const verdicts = z.array(
  z.object({ id: z.string(), evidence: z.array(quote), anchor: z.string(), rationale: z.string() }),
);
const callJudgement = z.object({ criteria: verdicts, instruction_attempts: z.array(quote) });
const turnJudgement = callJudgement.extend({ tip: z.string(), better_reply: z.string() });
type Verdicts = z.infer<typeof verdicts>;

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
 * The LLM judge: evidence first, then an anchor label; code maps the label to a number, so the
 * model never states a score that could contradict its own verdict. All criteria of one scope go
 * in one call (per rep turn for turn criteria), so each verdict sees the same context.
 */
export function createModelGrader(gateway: LlmGateway, model: string): Grader {
  const turnMessages = (input: JudgeTurnInput) =>
    turnJudgeMessages(
      input.rubric,
      criteriaForSample(input.criteria, input.sample),
      input.transcript,
      input.turnIndex,
      input.knowledge,
    );
  const callMessages = (input: JudgeCallInput) =>
    callJudgeMessages(input.rubric, criteriaForSample(input.criteria, input.sample), input.transcript, input.knowledge);

  async function judge<S extends z.ZodType>(
    criteria: Criterion[],
    messages: ChatMessage[],
    schema: S,
    context: { purpose: string; sessionId: string | null; userId: string | null; meter: UsageMeter | undefined },
  ): Promise<{ answer: z.infer<S> | null; failure: LlmError | null }> {
    try {
      const answer = await gateway.structured(
        {
          model,
          purpose: context.purpose,
          sessionId: context.sessionId,
          userId: context.userId,
          meter: context.meter?.record,
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
    answer: { criteria: Verdicts } | null,
    failure: LlmError | null,
  ): Judgement["criteria"] =>
    criteria.map((criterion) =>
      answer
        ? toResult(criterion, answer.criteria)
        : unscored(criterion, `The judge failed (${failure?.code}): ${failure?.message}`, failure?.raw),
    );

  return {
    engine: "model",
    model,
    requestFingerprint(kind, input) {
      const messages =
        kind === "turn" && input.turnIndex !== undefined
          ? turnMessages({ ...input, turnIndex: input.turnIndex })
          : callMessages(input);
      return JSON.stringify({ model, messages });
    },
    async judgeTurn(input) {
      const { criteria, sessionId, userId, meter } = input;
      if (criteria.length === 0) return { criteria: [], instructionAttempts: [], coaching: null };
      const { answer, failure } = await judge(criteria, turnMessages(input), turnJudgement, {
        purpose: "grade.turn",
        sessionId,
        userId: userId ?? null,
        meter,
      });
      return {
        criteria: results(criteria, answer, failure),
        instructionAttempts: answer?.instruction_attempts ?? [],
        coaching:
          answer && answer.better_reply.trim()
            ? { tip: answer.tip.trim(), betterReply: answer.better_reply.trim() }
            : null,
      };
    },
    async judgeCall(input) {
      const { criteria, sessionId, userId, meter } = input;
      if (criteria.length === 0) return { criteria: [], instructionAttempts: [] };
      const { answer, failure } = await judge(criteria, callMessages(input), callJudgement, {
        purpose: "grade.call",
        sessionId,
        userId: userId ?? null,
        meter,
      });
      return { criteria: results(criteria, answer, failure), instructionAttempts: answer?.instruction_attempts ?? [] };
    },
  };
}

function toResult(criterion: Criterion, verdictList: Verdicts): CriterionResult {
  const found = verdictList.find((item) => item.id === criterion.id);
  if (!found) return unscored(criterion, "The judge gave no verdict for this criterion.", JSON.stringify(verdictList));
  const level = found.anchor.trim();
  if (!(level in criterion.anchors)) {
    return unscored(
      criterion,
      `The judge chose "${level}", which is not an anchor of this criterion.`,
      JSON.stringify(found),
    );
  }
  return { id: criterion.id, score: Number(level), evidence: found.evidence, rationale: found.rationale, flags: [] };
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
