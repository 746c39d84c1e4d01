import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export interface MarkInput {
  sessionId: string;
  title: string;
  quality: "good" | "poor";
  summary?: string;
  notes?: { turnIndex: number; note: string }[];
}

/** A trainer marks a graded call as an example: the server copies it, anonymised. */
export function useMarkExample() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (json: MarkInput) => (await unwrap(api.examples.$post({ json }))).example,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["examples"] }),
  });
}
