import { useEffect, useState } from "react";
import { unwrap } from "../../../lib/api-error";
import { type FileIssue, type LibraryKind, libraryApi } from "./library-kind";

export interface Validation {
  /** A check of the current draft is pending; `result` is then the previous draft's. */
  checking: boolean;
  result: { valid: boolean; issues: FileIssue[]; warnings: FileIssue[] } | null;
  failure: string | null;
}

const EMPTY: FileIssue[] = [{ file: "", line: 1, field: "", message: "The file is empty." }];

/** Validates the draft on the server as the trainer types (debounced), so errors show at their line. */
export function useLiveValidation(kind: LibraryKind, source: string, delayMs = 400): Validation {
  const [state, setState] = useState<Validation>({ checking: true, result: null, failure: null });
  useEffect(() => {
    if (source.trim() === "") {
      setState({ checking: false, result: { valid: false, issues: EMPTY, warnings: [] }, failure: null });
      return;
    }
    let current = true;
    // Keep the last result on screen while checking, so the marks do not flicker on every key.
    setState((previous) => ({ ...previous, checking: true }));
    const timer = setTimeout(() => {
      unwrap(libraryApi(kind).validate.$post({ json: { source } }))
        .then((body) => {
          if (current)
            setState({
              checking: false,
              result: { valid: body.valid, issues: body.issues, warnings: body.warnings },
              failure: null,
            });
        })
        .catch((error: unknown) => {
          if (current)
            setState({
              checking: false,
              result: null,
              failure: error instanceof Error ? error.message : String(error),
            });
        });
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [kind, source, delayMs]);
  return state;
}
