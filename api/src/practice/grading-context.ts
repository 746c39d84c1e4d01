import type { KnowledgeEntry } from "../library/knowledge-schema";
import type { GradingContext } from "../grading/grade-transcript";
import { createUsageMeter } from "../grading/usage";
import type { PracticeDeps } from "./practice-deps";

/** A fresh grading context for one grading job: the grader, the judgement cache and who is charged. */
export const gradingContextFor =
  ({ grader, judgements }: Pick<PracticeDeps, "grader" | "judgements">) =>
  (
    sessionId: string | null,
    personaId: string | null,
    userId: string | null = null,
    knowledge: KnowledgeEntry[] = [],
  ): GradingContext => ({
    grader,
    cache: judgements,
    sessionId,
    userId,
    personaId,
    knowledge,
    meter: createUsageMeter(),
  });
