import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export type Certificate = InferResponseType<typeof api.certificates.$get, 200>["items"][number];

export const useCertificates = () =>
  useQuery({ queryKey: ["certificates"], queryFn: () => unwrap(api.certificates.$get()), staleTime: 0 });
