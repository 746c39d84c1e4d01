import type { Difficulty } from "../library/common-schema";
import type { AssignmentKind } from "./assignment-types";

/** What a trainer sends to assign work (validated by zod at the HTTP edge). */
export interface AssignmentInput {
  title?: string | undefined;
  kind: AssignmentKind;
  steps: { personaId: string; rubricId?: string | undefined; difficulty?: Difficulty | undefined }[];
  /** null or absent: the rubric's own pass mark. */
  requiredScore?: number | null | undefined;
  attemptsAllowed: number;
  dueAt: number;
  note?: string | undefined;
  /** The skill it is made for (its label or id); it must be one a step's rubric scores. */
  skill?: string | undefined;
  learnerIds?: string[] | undefined;
  teamId?: string | undefined;
}
