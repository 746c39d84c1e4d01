import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { InferRequestType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";
import { adminKeys } from "./admin-keys";

export type NewUser = InferRequestType<typeof api.users.$post>["json"];

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (json: NewUser) => unwrap(api.users.$post({ json })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adminKeys.users }),
  });
}
