import { useMutation } from "@tanstack/react-query";
import type { InferRequestType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export type StartSessionInput = InferRequestType<typeof api.sessions.$post>["json"];

export const useStartSession = () =>
  useMutation({ mutationFn: (json: StartSessionInput) => unwrap(api.sessions.$post({ json })) });
