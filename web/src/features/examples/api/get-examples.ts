import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export type ExampleList = InferResponseType<typeof api.examples.$get, 200>["examples"];
export type ExampleSummary = ExampleList[number];
export interface ExampleQuery {
  scenario?: string | undefined;
  criterion?: string | undefined;
  quality?: "good" | "poor" | undefined;
}

const defined = (query: ExampleQuery) =>
  Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== "")) as ExampleQuery;

export const useExamples = (query: ExampleQuery) =>
  useQuery({
    queryKey: ["examples", defined(query)],
    queryFn: async () => (await unwrap(api.examples.$get({ query: defined(query) }))).examples,
  });
