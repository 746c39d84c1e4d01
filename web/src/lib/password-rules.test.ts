import { describe, expect, it } from "vitest";
import { MIN_PASSWORD_LENGTH as SERVER_MIN } from "../../../api/src/auth/password-rules";
import { MIN_PASSWORD_LENGTH } from "./password-rules";

describe("password rules", () => {
  it("shows the same minimum length the server enforces", () => {
    expect(MIN_PASSWORD_LENGTH).toBe(SERVER_MIN);
  });
});
