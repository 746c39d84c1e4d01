import { describe, expect, it } from "vitest";
import { rangeBounds } from "./xapi-statements";

describe("rangeBounds: a day range in local time as the API's exclusive since and inclusive until", () => {
  it("takes in the whole of the first and the last day", () => {
    const { since, until } = rangeBounds("2026-03-01", "2026-03-31");
    const firstMidnight = new Date(2026, 2, 1).getTime();
    const afterLastDay = new Date(2026, 3, 1).getTime();
    expect(Date.parse(since)).toBe(firstMidnight - 1);
    expect(Date.parse(until)).toBe(afterLastDay - 1);
  });

  it("a one-day range spans that day only", () => {
    const { since, until } = rangeBounds("2026-12-07", "2026-12-07");
    expect(Date.parse(until) - Date.parse(since)).toBe(24 * 3600_000);
  });
});
