import { speechWords } from "./lm/speech-words";

export interface WordErrors {
  /** (substitutions + deletions + insertions) / reference words; 0 for two empty texts. */
  wer: number;
  substitutions: number;
  deletions: number;
  insertions: number;
  referenceWords: number;
}

/**
 * Word error rate by minimum edit distance over words, after normalising both texts the same way
 * (case, punctuation, numbers). Ties prefer substitutions, as NIST's sclite does.
 */
export function wordErrors(reference: string | string[], hypothesis: string | string[]): WordErrors {
  const ref = typeof reference === "string" ? speechWords(reference) : reference;
  const hyp = typeof hypothesis === "string" ? speechWords(hypothesis) : hypothesis;
  type Cell = { cost: number; s: number; d: number; i: number };
  let previous: Cell[] = Array.from({ length: hyp.length + 1 }, (_, j) => ({ cost: j, s: 0, d: 0, i: j }));
  for (let r = 1; r <= ref.length; r++) {
    const row: Cell[] = [{ cost: r, s: 0, d: r, i: 0 }];
    for (let h = 1; h <= hyp.length; h++) {
      const diagonal = previous[h - 1] as Cell;
      const up = previous[h] as Cell;
      const left = row[h - 1] as Cell;
      const same = ref[r - 1] === hyp[h - 1];
      const options: Cell[] = [
        same ? diagonal : { ...diagonal, cost: diagonal.cost + 1, s: diagonal.s + 1 },
        { ...up, cost: up.cost + 1, d: up.d + 1 },
        { ...left, cost: left.cost + 1, i: left.i + 1 },
      ];
      row.push(options.reduce((best, option) => (option.cost < best.cost ? option : best)));
    }
    previous = row;
  }
  const last = previous[hyp.length] as Cell;
  return {
    wer: ref.length === 0 ? (hyp.length === 0 ? 0 : 1) : last.cost / ref.length,
    substitutions: last.s,
    deletions: last.d,
    insertions: last.i,
    referenceWords: ref.length,
  };
}

/** Pooled over many utterances: total errors over total reference words. */
export function pooledWer(results: WordErrors[]): number {
  const words = results.reduce((sum, r) => sum + r.referenceWords, 0);
  const errors = results.reduce((sum, r) => sum + r.substitutions + r.deletions + r.insertions, 0);
  return words === 0 ? 0 : errors / words;
}
