import type { ChatMessage } from "./gateway";

/**
 * Where standing instructions go. `system`: a system message, first (OpenAI, Llama 3, Qwen, Phi).
 * `user`: folded into the first user message, for templates that have no system role or refuse one
 * (Gemma: "System role not supported"; Mistral 7B: roles must alternate user/assistant).
 */
export type SystemRole = "system" | "user";

/** Said first when a conversation would otherwise open with the assistant: templates want a user turn first. */
export const CONVERSATION_START = "(The conversation starts.)";

const fold = (instructions: string, content: string) =>
  `[Instructions]\n${instructions}\n[End of instructions]\n\n${content}`;

/**
 * The messages reshaped so every common chat template accepts them: at most one system message, and
 * only first; after it the roles alternate, starting with `user` (consecutive messages of one role are
 * joined; an opening assistant message gets a user line before it); a system message later in the
 * list is joined to the user message after it (or the last one). With `systemRole: "user"`, no system
 * message is left at all. Pure: the same input always gives the same request.
 */
export function fitChatTemplates(messages: ChatMessage[], systemRole: SystemRole): ChatMessage[] {
  const leading: string[] = [];
  let at = 0;
  for (; at < messages.length && messages[at]?.role === "system"; at++) leading.push(messages[at]?.content ?? "");

  const turns: ChatMessage[] = [];
  let pendingNote: string[] = [];
  for (const message of messages.slice(at)) {
    if (message.role === "system") {
      pendingNote.push(message.content);
      continue;
    }
    const content =
      message.role === "user" && pendingNote.length > 0
        ? `${pendingNote.join("\n\n")}\n\n${message.content}`
        : message.content;
    if (message.role === "user") pendingNote = [];
    const last = turns.at(-1);
    if (last?.role === message.role) last.content = `${last.content}\n\n${content}`;
    else turns.push({ role: message.role, content });
  }
  if (pendingNote.length > 0) {
    const last = turns.at(-1);
    if (last?.role === "user") last.content = `${last.content}\n\n${pendingNote.join("\n\n")}`;
    else turns.push({ role: "user", content: pendingNote.join("\n\n") });
  }
  if (turns[0]?.role !== "user") turns.unshift({ role: "user", content: CONVERSATION_START });

  const instructions = leading.join("\n\n");
  if (instructions === "") return turns;
  if (systemRole === "system") return [{ role: "system", content: instructions }, ...turns];
  const [first, ...rest] = turns;
  return [{ role: "user", content: fold(instructions, first?.content ?? CONVERSATION_START) }, ...rest];
}

/** True when an endpoint's refusal reads like its chat template rejecting the roles sent (then fold the system prompt). */
export function isRoleRejection(message: string): boolean {
  return /system role|roles? must alternate|conversation roles|only user and assistant|unexpected role|role.*not supported/i.test(
    message,
  );
}
