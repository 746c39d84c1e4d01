import { z } from "zod";
import type { Criterion, Rubric } from "../library/rubric-schema";
import { LlmError } from "../llm/errors";
import type { LlmGateway } from "../llm/gateway";
import type { Transcript } from "../practice/transcript";
import type { Grader } from "./grader";
import { judgeMessages } from "./judge-prompt";
import type { CriterionResult } from "./types";

const judgement = z.object({
  criteria: z.array(
    z.object({
      id: z.string(),
      evidence: z.array(z.object({ turn: z.number().int(), quote: z.string() })),
      anchor: z.string(),
      rationale: z.string(),
    }),
  ),
});
type Judgement = z.infer<typeof judgement>;

/**
 * The LLM judge: evidence first, then an anchor label; code maps the label to a number, so the
 * model never states a score that could contradict its own verdict.
 */
export function createModelGrader(gateway: LlmGateway, model: string): Grader {
  const judge = async (
    rubric: Rubric,
    criteria: Criterion[],
    transcript: Transcript,
    sessionId: string | null,
    turnIndex?: number,
  ) => {
    if (criteria.length === 0) return [];
    try {
      const answer = await gateway.structured(
        { model, purpose: turnIndex === undefined ? "grade.call" : "grade.turn", sessionId },
        judgeMessages(rubric, criteria, transcript, turnIndex),
        judgement,
        "judgement",
      );
      return criteria.map((criterion) => toResult(criterion, answer));
    } catch (error) {
      if (!(error instanceof LlmError)) throw error;
      return criteria.map((criterion) => unscored(criterion, `The judge failed (${error.code}): ${error.message}`, error.raw));
    }
  };
  return {
    engine: "model",
    model,
    gradeCall: ({ rubric, transcript, sessionId }) => judge(rubric, rubric.criteria, transcript, sessionId ?? null),
    gradeTurn: ({ rubric, transcript, turnIndex, sessionId }) =>
      judge(
        rubric,
        rubric.criteria.filter((criterion) => criterion.scope === "turn"),
        transcript.filter((turn) => turn.index <= turnIndex),
        sessionId ?? null,
        turnIndex,
      ),
  };
}

function toResult(criterion: Criterion, answer: Judgement): CriterionResult {
  const found = answer.criteria.find((item) => item.id === criterion.id);
  if (!found) return unscored(criterion, "The judge gave no verdict for this criterion.", JSON.stringify(answer));
  const level = found.anchor.trim();
  if (!(level in criterion.anchors)) {
    return unscored(criterion, `The judge chose "${level}", which is not an anchor of this criterion.`, JSON.stringify(found));
  }
  return { id: criterion.id, score: Number(level), evidence: found.evidence, rationale: found.rationale, flags: [] };
}

function unscored(criterion: Criterion, rationale: string, raw: string | undefined): CriterionResult {
  return { id: criterion.id, score: null, evidence: [], rationale, flags: ["unscored"], ...(raw === undefined ? {} : { raw }) };
}
