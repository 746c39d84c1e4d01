export type LlmErrorCode =
  "timeout" | "rate_limited" | "unavailable" | "rejected" | "bad_output" | "refused" | "truncated" | "stream_cut";

/** Every failure of a model call, as one flat family with a machine-readable code. */
export class LlmError extends Error {
  constructor(
    readonly code: LlmErrorCode,
    message: string,
    options?: { cause?: unknown; raw?: string },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.raw = options?.raw;
  }
  /** The model's unusable output, kept for inspection. */
  readonly raw: string | undefined;
}
