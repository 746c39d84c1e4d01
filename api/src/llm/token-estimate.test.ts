import { describe, expect, it } from "vitest";
import { z } from "zod";
import { responseFormat, withSchemaInPrompt } from "./structured-format";
import { estimatePromptTokens, structuredCallTokens } from "./token-estimate";

describe("token estimates", () => {
  it("lean high for English (about 4 characters a token in common tokenizers)", () => {
    const text = "I can cancel that for you today, on this call, with no transfer. ".repeat(20);
    const tokens = estimatePromptTokens([{ role: "user", content: text }]);
    expect(tokens).toBeGreaterThan(text.length / 4);
    expect(tokens).toBeLessThan(text.length / 3);
  });

  it("count the schema written into the prompt and the room for the answer", () => {
    const messages = [{ role: "user" as const, content: "Grade this." }];
    const schema = z.object({ verdict: z.enum(["pass", "fail"]), reasons: z.array(z.string()) });
    const bare = estimatePromptTokens(messages);
    expect(structuredCallTokens(messages, schema, "verdict", 100)).toBeGreaterThan(bare + 100 + 10);
  });

  it("count the prompt exactly as withSchemaInPrompt writes it, whatever the first message", () => {
    const schema = z.object({ label: z.enum(["a", "b"]), quote: z.string() });
    const cases = [
      [],
      [{ role: "user" as const, content: "Grade this." }],
      [
        { role: "system" as const, content: "You grade calls.\nRules." },
        { role: "user" as const, content: "x".repeat(1001) },
      ],
      [
        { role: "assistant" as const, content: "{}" },
        { role: "user" as const, content: "Again, shorter." },
      ],
    ];
    for (const messages of cases) {
      const written = withSchemaInPrompt(messages, "prompt", responseFormat(schema, "label"));
      expect(structuredCallTokens(messages, schema, "label", 50)).toBe(estimatePromptTokens(written) + 50);
    }
  });
});
