/**
 * Krippendorff's alpha with the ordinal distance, for any number of raters and missing values
 * (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"). `units` holds, for each
 * rated item, the values the raters gave (missing ratings simply left out). Units with fewer than
 * two values cannot be paired and are ignored. NaN when there is no pairable disagreement
 * to expect (fewer than two distinct values overall).
 */
export function krippendorffAlphaOrdinal(units: readonly (readonly number[])[]): number {
  const pairable = units.filter((values) => values.length >= 2);
  const categories = [...new Set(pairable.flat())].sort((x, y) => x - y);
  if (categories.length < 2) return Number.NaN;
  const at = new Map(categories.map((value, index) => [value, index]));
  const size = categories.length;

  // Coincidence matrix: every ordered pair of values from different raters in a unit, weighted 1/(m-1).
  const coincidences = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  // Plain loops: the bootstrap calls this thousands of times per suite.
  for (const values of pairable) {
    const weight = 1 / (values.length - 1);
    const indexes = values.map((value) => at.get(value) ?? 0);
    for (let i = 0; i < indexes.length; i++) {
      const row = coincidences[indexes[i] ?? 0];
      if (!row) continue;
      for (let j = 0; j < indexes.length; j++) {
        const column = indexes[j] ?? 0;
        if (i !== j) row[column] = (row[column] ?? 0) + weight;
      }
    }
  }
  const totals = coincidences.map((row) => row.reduce((sum, value) => sum + value, 0));
  const n = totals.reduce((sum, value) => sum + value, 0);

  // Ordinal distance: (sum of n_g for g from c to k, minus (n_c + n_k) / 2) squared.
  const distance = (c: number, k: number) => {
    const low = Math.min(c, k);
    const high = Math.max(c, k);
    let between = 0;
    for (let g = low; g <= high; g++) between += totals[g] ?? 0;
    return (between - ((totals[low] ?? 0) + (totals[high] ?? 0)) / 2) ** 2;
  };
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      if (c === k) continue;
      const d = distance(c, k);
      observed += (coincidences[c]?.[k] ?? 0) * d;
      expected += (totals[c] ?? 0) * (totals[k] ?? 0) * d;
    }
  }
  if (expected === 0) return Number.NaN;
  return 1 - ((n - 1) * observed) / expected;
}
