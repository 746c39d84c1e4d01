import { createHash, randomBytes } from "node:crypto";

/** A new secret: shown once to its owner; only its hash is stored. */
export const newSecret = (prefix: "ps" | "pt") => `${prefix}_${randomBytes(32).toString("base64url")}`;

export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");
