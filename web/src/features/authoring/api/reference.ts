import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { unwrap } from "../../../lib/api-error";

/** What a persona or rubric may refer to: moves and cues with their meanings, rubric and persona ids. */
export const useAuthoringReference = () =>
  useQuery({
    queryKey: ["library", "reference"],
    queryFn: () => unwrap(api.library.reference.$get()),
    staleTime: 60_000,
  });

/** A format document (the README beside the shipped files), as text. */
export const useFormatDoc = (doc: "persona" | "rubric") =>
  useQuery({
    queryKey: ["library", "docs", doc],
    queryFn: () => unwrap(api.library.docs[":doc"].$get({ param: { doc } })),
  });
