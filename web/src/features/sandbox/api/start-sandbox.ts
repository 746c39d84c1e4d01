import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

interface SandboxStart {
  personaId: string;
  personaVersion: number;
  rubricId: string;
  difficulty: "easy" | "medium" | "hard";
}

/** A sandbox call is an exam-mode session pinned to the persona version being tried, kept out of history and the team view. */
export const useStartSandbox = () =>
  useMutation({
    mutationFn: (input: SandboxStart) =>
      unwrap(api.sessions.$post({ json: { ...input, mode: "exam", sandbox: true } })),
  });
