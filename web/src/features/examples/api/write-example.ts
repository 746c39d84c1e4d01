import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export interface WrittenTurn {
  role: "customer" | "rep";
  text: string;
  note?: string;
}

export interface WriteInput {
  personaId: string;
  title: string;
  quality: "good" | "poor";
  summary?: string;
  turns: WrittenTurn[];
}

/** A trainer's own transcript as an example: the server grades it on save. */
export function useWriteExample() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (json: WriteInput) => (await unwrap(api.examples.$post({ json }))).example,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["examples"] }),
  });
}
