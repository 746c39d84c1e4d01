import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";
import { adminKeys } from "./admin-keys";

/** Creates a team (no id) or renames one. */
export function useSaveTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name }: { id?: string; name: string }) =>
      id
        ? unwrap(api.teams[":id"].$patch({ param: { id }, json: { name } }))
        : unwrap(api.teams.$post({ json: { name } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adminKeys.teams }),
  });
}
