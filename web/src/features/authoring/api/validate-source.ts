import { useEffect, useState } from "react";
import { unwrap } from "../../../lib/api-error";
import { type FileIssue, type LibraryKind, libraryApi } from "./library-kind";

export type Validation =
  | { status: "idle" | "checking" }
  | { status: "done"; valid: boolean; issues: FileIssue[] }
  | { status: "failed"; message: string };

/** Validates the draft on the server as the trainer types (debounced), so errors show at their line. */
export function useLiveValidation(kind: LibraryKind, source: string, delayMs = 400): Validation {
  const [result, setResult] = useState<Validation>({ status: "idle" });
  useEffect(() => {
    if (source.trim() === "") {
      setResult({ status: "done", valid: false, issues: [{ file: "", line: 1, field: "", message: "The file is empty." }] });
      return;
    }
    let current = true;
    setResult((previous) => (previous.status === "done" ? previous : { status: "checking" }));
    const timer = setTimeout(() => {
      unwrap(libraryApi(kind).validate.$post({ json: { source } }))
        .then((body) => current && setResult({ status: "done", valid: body.valid, issues: body.issues }))
        .catch((error: unknown) =>
          current && setResult({ status: "failed", message: error instanceof Error ? error.message : String(error) }),
        );
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [kind, source, delayMs]);
  return result;
}
