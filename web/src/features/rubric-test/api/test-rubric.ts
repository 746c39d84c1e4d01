import { useMutation } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export type RubricTestResult = InferResponseType<(typeof api.rubrics)[":id"]["test"]["$post"], 200>;
export type CriterionSeparation = RubricTestResult["criteria"][number];

export interface RubricTestRequest {
  personaId: string;
  /** The editor's draft when it differs from the saved file. */
  rubricYaml?: string;
  engine?: "offline" | "model";
}

/** Plays a scripted strong and weak rep against a persona and grades both with the rubric. */
export const useTestRubric = (rubricId: string) =>
  useMutation({
    mutationFn: (input: RubricTestRequest) =>
      unwrap(api.rubrics[":id"].test.$post({ param: { id: rubricId }, json: input })),
  });
