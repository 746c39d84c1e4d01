import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";
import { tokensKey } from "./get-tokens";

/** The answer carries the secret this once; it lives only in the page's state until dismissed. */
export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => unwrap(api.tokens.$post({ json: { name } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
