import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";
import { tokensKey } from "./get-tokens";

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.tokens[":id"].$delete({ param: { id } })),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
