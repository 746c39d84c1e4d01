/**
 * `compute` remembered by `keyOf(argument)` (the argument itself by default), at most `limit`
 * entries, the oldest dropped first. What reaches the readers and graders is learners' text, so a
 * memo of it must be bounded.
 */
export function boundedMemo<A, V, K = A>(
  limit: number,
  compute: (argument: A) => V,
  keyOf: (argument: A) => K = (argument) => argument as unknown as K,
): (argument: A) => V {
  const memo = new Map<K, V>();
  return (argument) => {
    const key = keyOf(argument);
    if (memo.has(key)) return memo.get(key) as V;
    const value = compute(argument);
    if (memo.size >= limit) memo.delete(memo.keys().next().value as K);
    memo.set(key, value);
    return value;
  };
}
