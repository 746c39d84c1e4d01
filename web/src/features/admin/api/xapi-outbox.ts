import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";
import { adminKeys } from "./admin-keys";

/** How many xAPI statements are pending, sent and parked, and whether an LRS is configured. */
export const useXapiOutbox = (enabled: boolean) =>
  useQuery({ queryKey: adminKeys.xapiOutbox, queryFn: () => unwrap(api.xapi.outbox.$get()), enabled, staleTime: 0 });

/** Puts the parked statements that pass the xAPI rules back in the outbox. */
export function useRequeueParked() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.xapi.outbox.requeue.$post()),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adminKeys.xapiOutbox }),
  });
}
