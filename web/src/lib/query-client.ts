import { QueryClient } from "@tanstack/react-query";
import { ApiRequestError } from "./api-error";
import { onUnauthenticated } from "./auth-events";

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will not get better by asking again.
      retry: (count, error) =>
        !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

/** Query keys shared by features that read the same resources (so one can refresh another's). */
export const queryKeys = {
  health: ["health"] as const,
  me: ["auth", "me"] as const,
  personas: ["personas"] as const,
  persona: (id: string, version?: number) => ["personas", id, version ?? "latest"] as const,
  rubrics: ["rubrics"] as const,
  rubric: (id: string, version?: number) => ["rubrics", id, version ?? "latest"] as const,
  sessions: ["sessions"] as const,
  session: (id: string) => ["sessions", id] as const,
};

// Any call answering 401 unauthenticated: forget who was signed in (RequireSignIn then shows sign-in).
onUnauthenticated(() => {
  if (queryClient.getQueryData(queryKeys.me) !== null) queryClient.setQueryData(queryKeys.me, null);
});

/**
 * Drops every cached answer that belongs to the signed-in user (all but `me`, which callers set).
 * Health too: with accounts, someone not signed in is told only `ok` and `auth`, so the answer the
 * sign-in page cached lacks the engine and voice that signed-in pages read.
 */
export function forgetUserData(): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
}
