import { describe, expect, it } from "vitest";
import { windowConversation } from "./context-window";
import type { ChatMessage } from "./gateway";
import { estimatePromptTokens } from "./token-estimate";

const call = (exchanges: number): ChatMessage[] => [
  { role: "system", content: "You are Dana. ".repeat(40) },
  ...Array.from({ length: exchanges }, (_, index): ChatMessage[] => [
    { role: "user", content: `Rep ${index}. ${"Here is what happens next. ".repeat(6)}` },
    { role: "assistant", content: `Customer ${index}. ${"That is not good enough. ".repeat(6)}` },
  ]).flat(),
  { role: "user", content: "Rep, last.\n\n[Director's note, not said by the rep: stay firm.]" },
];

describe("windowConversation", () => {
  it("leaves a conversation that fits as it is", () => {
    const messages = call(3);
    expect(windowConversation(messages, 10_000)).toEqual({ messages, omitted: 0, fits: true });
  });

  it("drops the oldest exchanges after the opening, says so, and keeps the instructions and the last message", () => {
    const messages = call(40);
    const budget = 1_500;
    const { messages: kept, omitted, fits } = windowConversation(messages, budget);
    expect(fits).toBe(true);
    expect(omitted).toBeGreaterThan(0);
    expect(omitted % 2).toBe(0);
    expect(estimatePromptTokens(kept)).toBeLessThanOrEqual(budget);
    expect(kept.slice(0, 3)).toEqual(messages.slice(0, 3));
    expect(kept.at(-1)).toEqual(messages.at(-1));
    expect(kept[3]?.content).toMatch(new RegExp(`^\\(${omitted} earlier messages of this conversation are left out`));
    const roles = kept.slice(1).map((message) => message.role);
    expect(roles.every((role, index) => role === (index % 2 === 0 ? "user" : "assistant"))).toBe(true);
  });

  it("says when even the instructions and the last message are over the budget", () => {
    expect(windowConversation(call(5), 100).fits).toBe(false);
  });
});
