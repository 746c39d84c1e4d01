import { describe, expect, it } from "vitest";
import { ApiRequestError } from "./api-error";
import { fieldErrors } from "./field-errors";

describe("fieldErrors", () => {
  it("puts each validation issue at its field, the first one winning", () => {
    const error = new ApiRequestError(400, "invalid_request", "Invalid json", {
      issues: [
        { field: "password", message: "must be at least 12 characters" },
        { field: "email", message: "Invalid email address" },
        { field: "email", message: "Too long" },
      ],
    });
    expect(fieldErrors(error)).toEqual({ password: "must be at least 12 characters", email: "Invalid email address" });
  });

  it("maps a code that is about one field, and ignores anything that is not an API error", () => {
    const taken = new ApiRequestError(409, "email_taken", "An account for a@b.c already exists.");
    expect(fieldErrors(taken, { email_taken: "email" })).toEqual({ email: "An account for a@b.c already exists." });
    expect(fieldErrors(new Error("boom"), { email_taken: "email" })).toEqual({});
  });
});
