import type { z } from "zod";
import { type ChatMessage, STRUCTURED_MAX_TOKENS } from "./gateway";
import { responseFormat, schemaInPromptLengths } from "./structured-format";

/**
 * Characters per token, on the safe side. English runs at about 4 characters a token in the
 * tokenizers of GPT-4o, Llama 3, Qwen 2.5 and Mistral alike; JSON, names and numbers split finer.
 * Parley talks to any of them, and no one tokenizer counts for all, so it estimates, low: 3.5
 * over-counts plain English by about 15%, which keeps a prompt judged to fit from being cut.
 */
const CHARS_PER_TOKEN = 3.5;
/** Each message's role and the template's markers around it. */
const TOKENS_PER_MESSAGE = 8;

/** An upper-leaning estimate of the tokens `messages` take in a chat template. */
export function estimatePromptTokens(messages: ChatMessage[]): number {
  return tokensOfLengths(messages.map((message) => message.content.length));
}

function tokensOfLengths(lengths: number[]): number {
  return lengths.reduce((sum, length) => sum + Math.ceil(length / CHARS_PER_TOKEN) + TOKENS_PER_MESSAGE, 0);
}

/**
 * The context a structured call needs at most: its prompt with the schema written into it (as on
 * an endpoint without `json_schema`) and room for the longest answer it asks for.
 */
export function structuredCallTokens(
  messages: ChatMessage[],
  schema: z.ZodType,
  name: string,
  maxTokens = STRUCTURED_MAX_TOKENS,
): number {
  return tokensOfLengths(schemaInPromptLengths(messages, responseFormat(schema, name))) + maxTokens;
}
