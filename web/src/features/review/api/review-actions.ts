import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";
import { type Review, reviewKey } from "./get-review";

/** The three things a reviewer does; each answers with the whole review, which replaces the cached one. */
function useReviewAction<Input>(sessionId: string, send: (input: Input) => Promise<{ review: Review }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: ({ review }) => queryClient.setQueryData(reviewKey(sessionId), review),
  });
}

export const useAddComment = (sessionId: string) =>
  useReviewAction(sessionId, (json: { turnIndex: number | null; text: string }) =>
    unwrap(api.reviews.sessions[":id"].comments.$post({ param: { id: sessionId }, json })),
  );

export const useAddOverride = (sessionId: string) =>
  useReviewAction(sessionId, (json: { criterionId: string; score: number; reason: string }) =>
    unwrap(api.reviews.sessions[":id"].overrides.$post({ param: { id: sessionId }, json })),
  );

export const useWithdrawOverride = (sessionId: string) =>
  useReviewAction(sessionId, (overrideId: string) =>
    unwrap(
      api.reviews.sessions[":id"].overrides[":overrideId"].withdraw.$post({ param: { id: sessionId, overrideId } }),
    ),
  );
