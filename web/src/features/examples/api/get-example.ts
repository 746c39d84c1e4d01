import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export type Example = InferResponseType<(typeof api.examples)[":id"]["$get"], 200>["example"];

export const useExample = (id: string) =>
  useQuery({
    queryKey: ["examples", "one", id],
    queryFn: async () => (await unwrap(api.examples[":id"].$get({ param: { id } }))).example,
  });
