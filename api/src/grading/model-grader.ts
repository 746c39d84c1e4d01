import { z } from "zod";
import type { Criterion } from "../library/rubric-schema";
import { LlmError } from "../llm/errors";
import type { ChatMessage, LlmGateway } from "../llm/gateway";
import type { Grader, Judgement } from "./grader";
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
 * The LLM judge: evidence first, then an anchor label; code maps the label to a number, so the
 * model never states a score that could contradict its own verdict. All criteria of one scope go
 * in one call (per rep turn for turn criteria), so each verdict sees the same context.
 */
export function createModelGrader(gateway: LlmGateway, model: string): Grader {
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
    async judgeTurn({ rubric, criteria, transcript, turnIndex, sessionId, userId, meter }) {
      if (criteria.length === 0) return { criteria: [], instructionAttempts: [], coaching: null };
      const { answer, failure } = await judge(
        criteria,
        turnJudgeMessages(rubric, criteria, transcript, turnIndex),
        turnJudgement,
        {
          purpose: "grade.turn",
          sessionId,
          userId: userId ?? null,
          meter,
        },
      );
      return {
        criteria: results(criteria, answer, failure),
        instructionAttempts: answer?.instruction_attempts ?? [],
        coaching:
          answer && answer.better_reply.trim()
            ? { tip: answer.tip.trim(), betterReply: answer.better_reply.trim() }
            : null,
      };
    },
    async judgeCall({ rubric, criteria, transcript, sessionId, userId, meter }) {
      if (criteria.length === 0) return { criteria: [], instructionAttempts: [] };
      const { answer, failure } = await judge(
        criteria,
        callJudgeMessages(rubric, criteria, transcript),
        callJudgement,
        {
          purpose: "grade.call",
          sessionId,
          userId: userId ?? null,
          meter,
        },
      );
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
