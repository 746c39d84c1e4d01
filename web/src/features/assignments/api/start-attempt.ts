import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

/** Starts (or resumes) the call for an assignment's step; the answer names the session to open. */
export const useStartAttempt = (id: string) =>
  useMutation({
    mutationFn: (step?: number) =>
      unwrap(api.assignments[":id"].attempts.$post({ param: { id }, json: step === undefined ? {} : { step } })),
  });
