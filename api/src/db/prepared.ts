/** Builds a value on first use: statements are prepared once, after the migrations have run. */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
