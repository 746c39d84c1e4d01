import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export type Review = InferResponseType<(typeof api.reviews.sessions)[":id"]["$get"], 200>["review"];

export const reviewKey = (sessionId: string) => ["review", sessionId] as const;

/** A graded call's review: the grader's and the reviewed scores, comments and overrides over time. */
export const useReview = (sessionId: string) =>
  useQuery({
    queryKey: reviewKey(sessionId),
    queryFn: async () => (await unwrap(api.reviews.sessions[":id"].$get({ param: { id: sessionId } }))).review,
    staleTime: 0,
  });
