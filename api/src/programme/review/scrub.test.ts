import { describe, expect, it } from "vitest";
import { scrubPeople } from "./scrub";

describe("scrubPeople", () => {
  const scrub = scrubPeople([
    { name: "Lee Learner", email: "lee@example.com" },
    { name: "Tess O'Brien", email: null },
  ]);
  it("removes full names, name parts and emails, whole words only", () => {
    expect(scrub("Lee Learner was curt; ask tess or o'brien, mail lee@example.com")).toBe(
      "[name] was curt; ask [name] or [name], mail [email]",
    );
    expect(scrub("Leeway and fleeting tones")).toBe("Leeway and fleeting tones");
  });
  it("leaves text alone when there is no one to scrub but emails", () => {
    expect(scrubPeople([])("write to a.b+c@x.co.uk")).toBe("write to [email]");
  });
});
