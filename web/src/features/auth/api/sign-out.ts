import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";
import { forgetUserData, queryKeys } from "../../../lib/query-client";
import { SIGN_IN_PATH } from "./return-path";

/** Ends the session on the server, forgets every answer cached for this user, and shows sign-in. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => unwrap(api.auth.logout.$post()),
    onSettled: () => {
      forgetUserData();
      queryClient.setQueryData(queryKeys.me, null);
      void navigate(SIGN_IN_PATH, { replace: true });
    },
  });
}
