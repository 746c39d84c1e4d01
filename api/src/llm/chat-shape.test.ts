import { describe, expect, it } from "vitest";
import { CONVERSATION_START, fitChatTemplates } from "./chat-shape";
import type { ChatMessage } from "./gateway";

const sys = (content: string): ChatMessage => ({ role: "system", content });
const user = (content: string): ChatMessage => ({ role: "user", content });
const bot = (content: string): ChatMessage => ({ role: "assistant", content });

describe("fitChatTemplates", () => {
  it("keeps a leading system message and opens the conversation with a user line", () => {
    expect(fitChatTemplates([sys("Be Dana."), bot("I want to cancel."), user("Sorry.")], "system")).toEqual([
      sys("Be Dana."),
      user(CONVERSATION_START),
      bot("I want to cancel."),
      user("Sorry."),
    ]);
  });

  it("joins consecutive messages of one role, so roles alternate", () => {
    expect(fitChatTemplates([user("One."), user("Two."), bot("A."), bot("B.")], "system")).toEqual([
      user("One.\n\nTwo."),
      bot("A.\n\nB."),
    ]);
  });

  it("joins a trailing system note to the last user message, after its words", () => {
    const shaped = fitChatTemplates([sys("Be Dana."), bot("Hi."), user("Sorry."), sys("Note: mood 8.")], "system");
    expect(shaped.at(-1)).toEqual(user("Sorry.\n\nNote: mood 8."));
    expect(shaped.filter((message) => message.role === "system")).toHaveLength(1);
  });

  it("joins a system note in the middle to the user message after it", () => {
    expect(fitChatTemplates([user("A"), bot("B"), sys("N"), user("C")], "system")).toEqual([
      user("A"),
      bot("B"),
      user("N\n\nC"),
    ]);
  });

  it("folds the instructions into the first user message when the template has no system role", () => {
    const shaped = fitChatTemplates([sys("Be Dana."), bot("Hi."), user("Sorry.")], "user");
    expect(shaped.map((message) => message.role)).toEqual(["user", "assistant", "user"]);
    expect(shaped[0]?.content).toBe(`[Instructions]\nBe Dana.\n[End of instructions]\n\n${CONVERSATION_START}`);
  });

  it("leaves a plain system + user request as it is", () => {
    expect(fitChatTemplates([sys("Judge."), user("Transcript.")], "system")).toEqual([
      sys("Judge."),
      user("Transcript."),
    ]);
  });
});
