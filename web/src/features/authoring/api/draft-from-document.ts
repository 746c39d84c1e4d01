import { useMutation } from "@tanstack/react-query";
import type { DraftResult } from "../../../../../api/src/studio/draft-service";
import { ApiRequestError, toApiError } from "../../../lib/api-error";

export type { DraftResult };

/** What the trainer gives: a file (text, Markdown or PDF) or pasted text. */
export type DraftDocument = { file: File } | { text: string; name?: string };

/** Drafts a persona, rubric and knowledge from a document with the model, checked; nothing is saved. */
export const useDraftFromDocument = () =>
  useMutation({
    mutationFn: async (document: DraftDocument): Promise<DraftResult> => {
      const init: RequestInit =
        "file" in document
          ? { method: "POST", body: formOf(document.file) }
          : {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ text: document.text, ...(document.name ? { name: document.name } : {}) }),
            };
      let response: Response;
      try {
        response = await fetch("/api/authoring/draft", init);
      } catch {
        throw new ApiRequestError(0, "network", "Cannot reach Parley's server.");
      }
      if (!response.ok) throw await toApiError(response);
      const result = (await response.json()) as DraftResult;
      rememberDraft(result);
      return result;
    },
  });

function formOf(file: File) {
  const form = new FormData();
  form.append("document", file);
  return form;
}

const KEY = "parley.lastDraft";

/** The last draft stays for this tab, so the persona can be opened after the rubric is created. */
export function rememberDraft(result: DraftResult) {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(result));
  } catch {
    // Storage full or off: the draft still opens, it is just not kept for later.
  }
}

export function lastDraft(): DraftResult | null {
  try {
    const stored = sessionStorage.getItem(KEY);
    return stored ? (JSON.parse(stored) as DraftResult) : null;
  } catch {
    return null;
  }
}
