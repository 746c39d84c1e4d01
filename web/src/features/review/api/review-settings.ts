import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

const key = ["review-settings"] as const;

/** Whether the signed-in trainer's team lets its reviews export as an eval suite. */
export const useReviewSettings = () =>
  useQuery({ queryKey: key, queryFn: () => unwrap(api.reviews.settings.$get({ query: {} })), retry: false });

export function useSetExportAllowed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (exportAllowed: boolean) => unwrap(api.reviews.settings.$put({ json: { exportAllowed } })),
    onSuccess: (settings) => queryClient.setQueryData(key, settings),
  });
}
