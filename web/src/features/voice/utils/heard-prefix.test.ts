import { describe, expect, it } from "vitest";
import { heardPrefix } from "./heard-prefix";

const REPLY = ["I have had three outages.", "I want to cancel today, please.", "Can you do that?"];

describe("what the rep heard before interrupting", () => {
  it.each([
    [0, 0, ""],
    [0, 0.5, "I have"],
    [1, 0, "I have had three outages."],
    [1, 0.49, "I have had three outages. I want"],
    [1, 1, "I have had three outages. I want to cancel today, please."],
    [3, 0, "I have had three outages. I want to cancel today, please. Can you do that?"],
    [1, Number.NaN, "I have had three outages."],
    [1, 7, "I have had three outages. I want to cancel today, please."],
  ])("%i finished sentences and %f of the next: %j", (finished, fraction, heard) => {
    expect(heardPrefix(REPLY, finished, fraction)).toBe(heard);
  });
});
