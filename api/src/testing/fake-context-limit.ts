import { encodeChat } from "gpt-tokenizer/model/gpt-4o-mini";
import { type ChatRequestBody, type ChatResponder, messageText } from "./fake-openai-server";

type Role = "system" | "user" | "assistant";
const asRole = (role: string): Role => (role === "system" || role === "assistant" ? role : "user");

/** A request's prompt tokens, counted by a real tokenizer (gpt-4o-mini's o200k; Parley only estimates). */
export function countPromptTokens(body: ChatRequestBody): number {
  return encodeChat(
    body.messages.map((message) => ({ role: asRole(message.role), content: messageText(message) })),
    "gpt-4o-mini",
  ).length;
}

/**
 * An endpoint with a `contextTokens` context, as vLLM behaves: a request whose prompt and
 * `max_tokens` exceed it is refused with a 400 (Ollama cuts the prompt from the front instead, which
 * a test cannot see; a refusal it can).
 */
export function withContextLimit(contextTokens: number, responder: ChatResponder): ChatResponder {
  return (body) => {
    const prompt = countPromptTokens(body);
    const completion = body.max_tokens ?? 0;
    if (prompt + completion <= contextTokens) return responder(body);
    return {
      kind: "error",
      status: 400,
      message: `This model's maximum context length is ${contextTokens} tokens. However, you requested ${prompt + completion} tokens (${prompt} in the messages, ${completion} in the completion). Please reduce the length of the messages or completion.`,
    };
  };
}
