import { useMutation } from "@tanstack/react-query";
import type { InferRequestType } from "hono/client";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

export type PersonaFormAnswers = InferRequestType<(typeof api.library)["persona-from-form"]["$post"]>["json"];

/** Fills the persona template from the guided form's answers; nothing is saved. */
export const usePersonaFromForm = () =>
  useMutation({
    mutationFn: (json: PersonaFormAnswers) => unwrap(api.library["persona-from-form"].$post({ json })),
  });
