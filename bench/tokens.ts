/**
 * Prompt tokens as an OpenAI model would count them: gpt-4o-mini's o200k_base encoding with the
 * chat format's per-message tokens (gpt-tokenizer ships the encoding; nothing is downloaded).
 */
import { encodeChat } from "gpt-tokenizer/model/gpt-4o-mini";
import type { RecordedMessage } from "./fake-protocol";

type Role = "system" | "user" | "assistant";
const asRole = (role: string): Role => (role === "system" || role === "assistant" ? role : "user");

/** The tokens every request ends with (the assistant's reply header), not part of any message. */
const PRIMING = encodeChat([], "gpt-4o-mini").length;

/** Tokens of a whole chat request's messages. */
export function promptTokens(messages: readonly RecordedMessage[]): number {
  return encodeChat(
    messages.map((m) => ({ role: asRole(m.role), content: m.content })),
    "gpt-4o-mini",
  ).length;
}

/** Tokens of the first `count` messages as they sit at the start of a request (no priming). */
export function prefixTokens(messages: readonly RecordedMessage[], count: number): number {
  if (count <= 0) return 0;
  return promptTokens(messages.slice(0, count)) - PRIMING;
}

/** Length of the longest common prefix of two requests, in whole messages. */
export function commonPrefixMessages(a: readonly RecordedMessage[], b: readonly RecordedMessage[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i]?.role === b[i]?.role && a[i]?.content === b[i]?.content) i++;
  return i;
}

/**
 * Tokens two requests share from the start, counting into the first differing message
 * (providers cache token prefixes, not messages).
 */
export function commonPrefixTokens(a: readonly RecordedMessage[], b: readonly RecordedMessage[]): number {
  const whole = commonPrefixMessages(a, b);
  let tokens = prefixTokens(a, whole);
  const x = a[whole];
  const y = b[whole];
  if (x && y && x.role === y.role) {
    let chars = 0;
    while (chars < x.content.length && x.content[chars] === y.content[chars]) chars++;
    // The message header (role) is shared too; count the shared text's tokens, less one for a split token.
    const shared = x.content.slice(0, chars);
    tokens += Math.max(0, prefixTokens([{ role: x.role, content: shared }], 1) - 2);
  }
  return tokens;
}
