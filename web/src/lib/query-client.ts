import { QueryClient } from "@tanstack/react-query";
import { ApiRequestError } from "./api-error";

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will not get better by asking again.
      retry: (count, error) => !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

/** Query keys shared by features that read the same resources (so one can refresh another's). */
export const queryKeys = {
  health: ["health"] as const,
  personas: ["personas"] as const,
  persona: (id: string, version?: number) => ["personas", id, version ?? "latest"] as const,
  rubrics: ["rubrics"] as const,
  rubric: (id: string, version?: number) => ["rubrics", id, version ?? "latest"] as const,
  sessions: ["sessions"] as const,
  session: (id: string) => ["sessions", id] as const,
};
