import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export interface ExamplePatch {
  title: string;
  quality: "good" | "poor";
  /** null: no summary. */
  summary: string | null;
  /** A note per turn (null: none). */
  notes: { turnIndex: number; note: string | null }[];
}

/** Changes an example's title, summary, quality and notes; the answer replaces the cached example. */
export function useEditExample(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (json: ExamplePatch) =>
      (await unwrap(api.examples[":id"].$patch({ param: { id }, json }))).example,
    onSuccess: (example) => {
      queryClient.setQueryData(["examples", "one", id], example);
      // The lists show title, quality and note counts; the example itself is already up to date.
      void queryClient.invalidateQueries({ queryKey: ["examples"], predicate: (q) => q.queryKey[1] !== "one" });
    },
  });
}
