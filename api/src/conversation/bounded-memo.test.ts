import { describe, expect, it } from "vitest";
import { boundedMemo } from "./bounded-memo";

describe("boundedMemo", () => {
  it("computes a key once, keeps at most `limit` entries and drops the oldest first", () => {
    const computed: string[] = [];
    const upper = boundedMemo(2, (text: string) => {
      computed.push(text);
      return text.toUpperCase();
    });
    expect([upper("a"), upper("a"), upper("b")]).toEqual(["A", "A", "B"]);
    expect(computed).toEqual(["a", "b"]);
    upper("c"); // drops "a", the oldest
    upper("b");
    upper("a");
    expect(computed).toEqual(["a", "b", "c", "a"]);
  });

  it("keys by keyOf, and remembers nothing when the computation throws", () => {
    let calls = 0;
    const length = boundedMemo(
      10,
      ({ text }: { text: string; note: string }) => {
        calls += 1;
        if (text === "") throw new Error("empty");
        return text.length;
      },
      ({ text }) => text,
    );
    expect(length({ text: "abc", note: "x" })).toBe(3);
    expect(length({ text: "abc", note: "y" })).toBe(3);
    expect(calls).toBe(1);
    expect(() => length({ text: "", note: "" })).toThrow("empty");
    expect(() => length({ text: "", note: "" })).toThrow("empty");
    expect(calls).toBe(3);
  });
});
