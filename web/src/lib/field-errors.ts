import { ApiRequestError } from "./api-error";

/**
 * The API's refusal as one message per form field: a 400's `details.issues` by field, and codes
 * that are about one field (e.g. `email_taken` -> `email`) mapped by the caller.
 */
export function fieldErrors(error: unknown, byCode: Record<string, string> = {}): Record<string, string> {
  if (!(error instanceof ApiRequestError)) return {};
  const errors: Record<string, string> = {};
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (Array.isArray(issues)) {
    for (const issue of issues as { field?: unknown; message?: unknown }[]) {
      if (typeof issue.field === "string" && typeof issue.message === "string" && !(issue.field in errors)) {
        errors[issue.field] = issue.message;
      }
    }
  }
  const field = byCode[error.code];
  if (field && !(field in errors)) errors[field] = error.message;
  return errors;
}
