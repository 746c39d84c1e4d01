import type { ChatMessage } from "./gateway";
import { estimatePromptTokens } from "./token-estimate";

export interface ConversationWindow {
  messages: ChatMessage[];
  /** How many messages between the opening exchange and the latest ones were left out. */
  omitted: number;
  /** False when even the instructions, the opening exchange and the last message are over the budget. */
  fits: boolean;
}

/**
 * A conversation cut to fit `budgetTokens`, instead of an endpoint cutting it from the front (the
 * instructions first) without a word, as Ollama does past its context. The leading system messages,
 * the opening exchange and the last message always stay; the oldest exchanges after the opening go
 * first, two messages at a time so the roles still alternate, and the first message after the gap
 * says how many were left out.
 */
export function windowConversation(messages: ChatMessage[], budgetTokens: number): ConversationWindow {
  if (estimatePromptTokens(messages) <= budgetTokens) return { messages, omitted: 0, fits: true };
  let lead = 0;
  while (messages[lead]?.role === "system") lead++;
  const head = messages.slice(0, lead + 2);
  let tail = messages.slice(lead + 2);
  let omitted = 0;
  const window = () => {
    const [first, ...rest] = tail;
    if (!first || omitted === 0) return [...head, ...tail];
    const gap = `(${omitted} earlier messages of this conversation are left out for length.)`;
    return [...head, { role: first.role, content: `${gap}\n${first.content}` }, ...rest];
  };
  while (tail.length > 2 && estimatePromptTokens(window()) > budgetTokens) {
    tail = tail.slice(2);
    omitted += 2;
  }
  const cut = window();
  return { messages: cut, omitted, fits: estimatePromptTokens(cut) <= budgetTokens };
}
