import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { InferRequestType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export type NewAssignment = InferRequestType<typeof api.assignments.$post>["json"];

export function useCreateAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (json: NewAssignment) => unwrap(api.assignments.$post({ json })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["assignments"] }),
  });
}
