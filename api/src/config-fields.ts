import { z } from "zod";

// The field types of the environment's settings, shared by config.ts and config-xapi.ts (which
// import nothing else in api/src).

/** Unset and blank are the same: undefined. */
export const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

export const integer = (min: number, max: number, error = `must be a whole number from ${min} to ${max}`) =>
  z.coerce.number({ error }).int(error).min(min, error).max(max, error);

export const positiveInt = (fallback: number) => integer(1, 10_000_000).default(fallback);

/** An optional http(s) URL; the error shows an example. */
export const httpUrl = (example: string) =>
  optionalText.pipe(z.url({ protocol: /^https?$/, error: `must be an http(s) URL, e.g. ${example}` }).optional());
