import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { InferRequestType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";
import { adminKeys } from "./admin-keys";
import type { AdminUser } from "./get-users";

export type UserPatch = InferRequestType<(typeof api.users)[":id"]["$patch"]>["json"];

/** Role, team, disabled or a new password; the list shows the server's answer at once. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserPatch }) =>
      unwrap(api.users[":id"].$patch({ param: { id }, json: patch })),
    onSuccess: ({ user }) => {
      queryClient.setQueryData<{ items: AdminUser[] }>(adminKeys.users, (list) =>
        list ? { items: list.items.map((item) => (item.id === user.id ? user : item)) } : list,
      );
    },
  });
}
