import { describe, expect, it } from "vitest";
import { handleOf, mentionedHandles, mentionedMembers } from "./mentions";

const lee = { id: "1", name: "Lee Learner", email: "lee@example.com" };
const kim = { id: "2", name: "Kim Learner", email: "Kim.Park@example.com" };
const local = { id: "3", name: "You", email: null };

describe("mentions", () => {
  it("a handle is the email's local part, lower case; no email, no handle", () => {
    expect(handleOf(lee)).toBe("lee");
    expect(handleOf(kim)).toBe("kim.park");
    expect(handleOf(local)).toBeNull();
  });

  it("finds each handle once, ignores emails and trailing punctuation", () => {
    expect(mentionedHandles("@Lee what would you say? cc @kim.park. and @lee again")).toEqual(["lee", "kim.park"]);
    expect(mentionedHandles("write to lee@example.com")).toEqual([]);
    expect(mentionedHandles("@ nobody")).toEqual([]);
  });

  it("matches only members of the team and never the author", () => {
    expect(mentionedMembers("@lee @kim.park @ray", [lee, kim, local], "2").map((m) => m.id)).toEqual(["1"]);
    expect(mentionedMembers("@ray @bo", [lee, kim], "9")).toEqual([]);
  });
});
