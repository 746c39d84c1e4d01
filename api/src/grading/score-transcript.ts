import type { Rubric } from "../library/rubric-schema";
import type { Transcript } from "../conversation/transcript";
import { type GradingContext, gradeTranscript } from "./grade-transcript";
import { buildScorecard } from "./scorecard";
import type { HiddenGoalReveal, Scorecard } from "./types";

export interface ScoreRequest {
  rubric: Rubric;
  /** 0 for a rubric that was never saved (an inline draft). */
  rubricVersion: number;
  persona: { id: string; version: number } | null;
  reveal: HiddenGoalReveal | null;
  transcript: Transcript;
}

/** Grades a transcript and assembles its scorecard, with what it cost. */
export async function scoreTranscript(context: GradingContext, request: ScoreRequest): Promise<Scorecard> {
  const graded = await gradeTranscript(context, request.rubric, request.transcript);
  return buildScorecard(
    {
      rubric: request.rubric,
      rubricVersion: request.rubricVersion,
      persona: request.persona,
      engine: context.grader.engine,
      model: context.grader.model,
      transcript: request.transcript,
      reveal: request.reveal,
      usage: context.meter.usage,
    },
    graded,
  );
}
