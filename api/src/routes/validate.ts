import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import type { z } from "zod";
import { DomainError } from "../errors";

/** zod validation for a request part; a failure is a 400 naming each bad field. */
export const validate = <T extends keyof ValidationTargets, S extends z.ZodType>(target: T, schema: S) =>
  zValidator(target, schema, (result) => {
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message }));
      const summary = issues
        .map((issue) => (issue.field ? `${issue.field}: ${issue.message}` : issue.message))
        .join("; ");
      throw new DomainError("invalid_request", `Invalid ${target}: ${summary}`, { issues });
    }
  });
