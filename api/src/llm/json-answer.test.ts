import { describe, expect, it } from "vitest";
import { parseJsonAnswer } from "./json-answer";

describe("parseJsonAnswer", () => {
  it.each<[string, string, unknown]>([
    ["plain JSON", '{"a":1}', { a: 1 }],
    ["a fenced block", 'Here you go:\n```json\n{"a": 2}\n```\nThanks.', { a: 2 }],
    ["a fence with no language", '```\n{"a": 3}\n```', { a: 3 }],
    ["an object inside prose", 'Sure! The verdict is {"a": {"b": "}"}} as asked.', { a: { b: "}" } }],
    ["the first object that parses", 'Use {like this} or {"a": 4}.', { a: 4 }],
  ])("reads %s", (_label, text, value) => {
    expect(parseJsonAnswer(text)).toEqual(value);
  });

  it.each(["no JSON at all", '{"a": 1', ""])("finds nothing in %j", (text) => {
    expect(parseJsonAnswer(text)).toBeUndefined();
  });
});
