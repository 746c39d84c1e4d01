import type { Transcript } from "../conversation/transcript";
import { gradeTranscript } from "../grading/grade-transcript";
import { createUsageMeter } from "../grading/usage";
import { loadLibrary } from "../library/load-library";
import { createOfflineGrader } from "../offline/offline-grader";
import { REPO_ROOT } from "./test-runtime";

/** Grades, offline with a shipped rubric, a call where the customer says `customer` before each rep line. */
export async function gradeRepLinesOffline(
  rubricId: string,
  reps: string[],
  customer = "I want to cancel my internet. Today.",
) {
  const library = await loadLibrary(REPO_ROOT);
  const rubric = library.rubrics.find((entry) => entry.value.id === rubricId)?.value;
  if (!rubric) throw new Error(`${rubricId} is missing`);
  const transcript: Transcript = reps.flatMap((text, i) => [
    { index: 2 * i, role: "customer" as const, text: customer },
    { index: 2 * i + 1, role: "rep" as const, text },
  ]);
  return gradeTranscript(offlineGradingContext(), rubric, transcript);
}

/** What grading with the offline grader needs: no cache, no session, a fresh usage meter. */
export function offlineGradingContext(personaId: string | null = null) {
  return { grader: createOfflineGrader(), cache: null, sessionId: null, personaId, meter: createUsageMeter() };
}
