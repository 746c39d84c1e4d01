import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export type EvalRunDetail = InferResponseType<(typeof api.evals.runs)[":id"]["$get"], 200>["run"];
export type RunReport = EvalRunDetail["report"];
export type SuiteReport = RunReport["suites"][number];
export type GradingReport = Extract<SuiteReport, { kind: "grading" }>;

export const useEvalRun = (id: string) =>
  useQuery({
    queryKey: ["evals", "runs", "one", id],
    queryFn: () => unwrap(api.evals.runs[":id"].$get({ param: { id } })),
  });
