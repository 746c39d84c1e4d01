import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";
import { forgetUserData, queryKeys } from "../../../lib/query-client";

export interface Credentials {
  email: string;
  password: string;
}

/** Signs in (the server sets an HTTP-only cookie), then reloads everything as the new user. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (json: Credentials) => unwrap(api.auth.login.$post({ json })),
    onSuccess: async ({ user }) => {
      forgetUserData();
      queryClient.setQueryData(queryKeys.me, { user: { ...user }, mode: "accounts" as const });
    },
  });
}
