import { createHash } from "node:crypto";

// Parley's namespace for name-based statement ids (a random UUID, fixed forever).
const NAMESPACE = "3f6b2d9e-8c41-4a57-9b0e-6d2f1c7a5e84";

/**
 * A name-based (version 5, RFC 9562) UUID: the same name always gives the same id, so a statement
 * made again for the same call and verb has the id it had, and the LRS keeps it once.
 */
export function statementId(name: string): string {
  const hash = createHash("sha1")
    .update(Buffer.from(NAMESPACE.replace(/-/g, ""), "hex"))
    .update(name, "utf8")
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
