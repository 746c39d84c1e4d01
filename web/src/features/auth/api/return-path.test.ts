import { describe, expect, it } from "vitest";
import { safeReturnPath, signInPath } from "./return-path";

describe("returning after sign-in", () => {
  it("comes back to the page the user was on, with its query", () => {
    expect(signInPath("/history?tab=2")).toBe("/sign-in?next=%2Fhistory%3Ftab%3D2");
    expect(safeReturnPath("/history?tab=2")).toBe("/history?tab=2");
    expect(signInPath("/")).toBe("/sign-in");
  });

  it("never leaves the site or loops back to sign-in", () => {
    for (const next of [
      null,
      "",
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "/sign-in",
      "/sign-in?next=/x",
    ]) {
      expect(safeReturnPath(next)).toBe("/");
    }
  });
});
