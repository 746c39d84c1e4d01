import type { z } from "zod";
import type { CallContext, ChatMessage, LlmGateway } from "../llm/gateway";

/** One call a scripted gateway saw. */
export interface ScriptedCall {
  kind: "chat" | "structured";
  purpose: string;
  model: string;
  messages: ChatMessage[];
}

/**
 * A model gateway that plays back scripted answers in-process and records every call: for tests
 * that inject it through `createRuntime(config, { gateway })` rather than a fake server. `chat`
 * answers streamed calls (its words are streamed one by one); `structured` answers by schema name.
 */
export function scriptedGateway(script: {
  chat: (call: ScriptedCall) => string;
  structured: (call: ScriptedCall, name: string) => unknown;
}): LlmGateway & { calls: ScriptedCall[] } {
  const calls: ScriptedCall[] = [];
  const record = (kind: ScriptedCall["kind"], context: CallContext, messages: ChatMessage[]): ScriptedCall => {
    const call = { kind, purpose: context.purpose, model: context.model, messages };
    calls.push(call);
    return call;
  };
  return {
    calls,
    async *streamChat(context, messages) {
      const text = script.chat(record("chat", context, messages));
      for (const word of text.split(/(?<= )/)) yield word;
    },
    async structured<S extends z.ZodType>(
      context: CallContext,
      messages: ChatMessage[],
      schema: S,
      name: string,
    ): Promise<z.infer<S>> {
      return schema.parse(script.structured(record("structured", context, messages), name));
    },
  };
}
