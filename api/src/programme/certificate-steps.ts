import type { AssignmentRow } from "../db/assignment-store";
import type { LibraryStore } from "../db/library-store";
import type { LearnerProgress } from "./assignment-status";

/** What a certificate records for each step: the call, the exact persona and rubric versions, the score and the grader. */
export interface CertificateStep {
  sessionId: string;
  personaId: string;
  personaName: string;
  personaVersion: number;
  rubricId: string;
  rubricName: string;
  rubricVersion: number;
  difficulty: string;
  score: number | null;
  scaleMax: number;
  requiredScore: number | null;
  engine: string;
  model: string | null;
  passedAt: number;
}

export async function certificateSteps(
  library: LibraryStore,
  row: AssignmentRow,
  progress: LearnerProgress,
): Promise<CertificateStep[]> {
  const steps: CertificateStep[] = [];
  for (const step of progress.steps) {
    const call = step.passedBy;
    if (!call?.score) continue;
    const rubric = (await library.get("rubric", call.rubricId, call.rubricVersion)).value;
    const persona = (await library.get("persona", call.personaId, call.personaVersion)).value;
    steps.push({
      sessionId: call.sessionId,
      personaId: call.personaId,
      personaName: persona.name,
      personaVersion: call.personaVersion,
      rubricId: call.rubricId,
      rubricName: rubric.name,
      rubricVersion: call.rubricVersion,
      difficulty: call.difficulty,
      score: call.score.overall,
      scaleMax: rubric.scale.max,
      requiredScore: row.requiredScore ?? rubric.pass.overall,
      engine: call.score.engine,
      model: call.score.model,
      passedAt: call.score.at,
    });
  }
  return steps;
}
