import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export type EvalRunList = InferResponseType<typeof api.evals.runs.$get, 200>;
export type EvalRunItem = EvalRunList["items"][number];
export type SuiteSummary = EvalRunItem["summary"]["suites"][number];

export const EVAL_RUNS_PAGE = 20;

export const useEvalRuns = (page: number) =>
  useQuery({
    queryKey: ["evals", "runs", page],
    queryFn: () =>
      unwrap(api.evals.runs.$get({ query: { limit: String(EVAL_RUNS_PAGE), offset: String(page * EVAL_RUNS_PAGE) } })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
