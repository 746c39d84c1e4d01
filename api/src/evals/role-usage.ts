import type { LlmGateway, ModelCallRecord } from "../llm/gateway";

export type Role = "persona" | "judge";

export interface RoleUsage {
  calls: number;
  failedCalls: number;
  promptTokens: number;
  completionTokens: number;
}

export type UsageByRole = Record<Role, RoleUsage>;

/** Persona calls play or read the customer; everything else (grading, verdicts) is judging. */
export const roleOf = (purpose: string): Role => (purpose.startsWith("persona.") ? "persona" : "judge");

export function emptyUsage(): UsageByRole {
  const zero = (): RoleUsage => ({ calls: 0, failedCalls: 0, promptTokens: 0, completionTokens: 0 });
  return { persona: zero(), judge: zero() };
}

export function addUsage(total: UsageByRole, record: ModelCallRecord): void {
  const entry = total[roleOf(record.purpose)];
  entry.calls += 1;
  if (!record.ok) entry.failedCalls += 1;
  entry.promptTokens += record.promptTokens ?? 0;
  entry.completionTokens += record.completionTokens ?? 0;
}

/** Dollars at per-million-token prices, when the user gave them (`--price in,out`). */
export function costOf(usage: UsageByRole, price: { input: number; output: number } | null): number | null {
  if (!price) return null;
  const tokens = (key: "promptTokens" | "completionTokens") => usage.persona[key] + usage.judge[key];
  return (tokens("promptTokens") * price.input + tokens("completionTokens") * price.output) / 1_000_000;
}

/** Totals every call made through `gateway` by role, whoever made it. */
export function meterByRole(gateway: LlmGateway, total: UsageByRole, onCall: () => void = () => {}): LlmGateway {
  const metered = <C extends { meter?: ((record: ModelCallRecord) => void) | undefined }>(context: C): C => ({
    ...context,
    meter: (record: ModelCallRecord) => {
      addUsage(total, record);
      context.meter?.(record);
      onCall();
    },
  });
  return {
    streamChat: (context, messages, options) => gateway.streamChat(metered(context), messages, options),
    structured: (context, messages, schema, name) => gateway.structured(metered(context), messages, schema, name),
  };
}
