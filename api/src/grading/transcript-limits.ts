/**
 * The transcripts Parley grades, over HTTP (`POST /api/grade`) and from the CLI (`parley grade`):
 * one set of bounds for both, so a transcript one accepts the other accepts too. A long real call
 * (a 600-turn counselling session) is inside them; a pasted book is not.
 */
export const MAX_GRADE_TURNS = 1_000;
export const MAX_GRADE_CHARS = 200_000;

export interface TranscriptSizeProblem {
  message: string;
  limit: number;
  unit: "turns" | "characters";
}

/** Null when the transcript is within both limits; otherwise which limit it breaks, by how much. */
export function transcriptSizeProblem(transcript: { text: string }[]): TranscriptSizeProblem | null {
  if (transcript.length > MAX_GRADE_TURNS)
    return {
      message: `A transcript to grade may have at most ${MAX_GRADE_TURNS} turns (this one has ${transcript.length}).`,
      limit: MAX_GRADE_TURNS,
      unit: "turns",
    };
  const chars = transcript.reduce((sum, turn) => sum + turn.text.length, 0);
  if (chars > MAX_GRADE_CHARS)
    return {
      message: `A transcript to grade may have at most ${MAX_GRADE_CHARS} characters (this one has ${chars}).`,
      limit: MAX_GRADE_CHARS,
      unit: "characters",
    };
  return null;
}
