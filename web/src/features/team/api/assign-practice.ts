import { useMutation } from "@tanstack/react-query";
import type { InferRequestType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export type AssignPractice = InferRequestType<typeof api.assignments.$post>["json"];

/** One click from a weak skill: its scenarios as a practice path for the learners in view. */
export const useAssignPractice = () =>
  useMutation({ mutationFn: (json: AssignPractice) => unwrap(api.assignments.$post({ json })) });
