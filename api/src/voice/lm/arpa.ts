/**
 * A back-off trigram language model in ARPA text format, with absolute discounting (Ney's
 * D = n1 / (n1 + 2 n2) per order). Small and exact enough for a domain of a few thousand
 * sentences; pocketsphinx reads it with `-lm`.
 */
export function buildArpa(sentences: string[][], order = 3): string {
  const counts: Map<string, number>[] = Array.from({ length: order + 1 }, () => new Map());
  for (const words of sentences) {
    if (words.length === 0) continue;
    const padded = ["<s>", ...words, "</s>"];
    for (let n = 1; n <= order; n++) {
      const table = counts[n] as Map<string, number>;
      for (let i = 0; i + n <= padded.length; i++) {
        const gram = padded.slice(i, i + n).join(" ");
        table.set(gram, (table.get(gram) ?? 0) + 1);
      }
    }
  }
  const unigrams = counts[1] as Map<string, number>;
  const total = [...unigrams].reduce((sum, [word, count]) => (word === "<s>" ? sum : sum + count), 0);
  const prob: Map<string, number>[] = Array.from({ length: order + 1 }, () => new Map());
  const backoff: Map<string, number>[] = Array.from({ length: order + 1 }, () => new Map());
  for (const [word, count] of unigrams) (prob[1] as Map<string, number>).set(word, word === "<s>" ? 0 : count / total);

  for (let n = 2; n <= order; n++) {
    const table = counts[n] as Map<string, number>;
    const discount = discountFor(table);
    const byContext = new Map<string, { word: string; count: number }[]>();
    for (const [gram, count] of table) {
      const cut = gram.lastIndexOf(" ");
      const context = gram.slice(0, cut);
      const list = byContext.get(context) ?? [];
      list.push({ word: gram.slice(cut + 1), count });
      byContext.set(context, list);
    }
    for (const [context, followers] of byContext) {
      const sum = followers.reduce((s, f) => s + f.count, 0);
      const shorter = context.includes(" ") ? context.slice(context.indexOf(" ") + 1) : "";
      let kept = 0;
      let lowerKept = 0;
      for (const { word, count } of followers) {
        const p = (count - discount) / sum;
        (prob[n] as Map<string, number>).set(`${context} ${word}`, p);
        kept += p;
        lowerKept += (prob[n - 1] as Map<string, number>).get(shorter ? `${shorter} ${word}` : word) ?? 0;
      }
      const alpha = (1 - kept) / Math.max(1e-9, 1 - lowerKept);
      (backoff[n - 1] as Map<string, number>).set(context, alpha);
    }
  }

  const log = (p: number) => (p <= 0 ? "-99" : Math.log10(p).toFixed(6));
  const lines = ["\\data\\"];
  for (let n = 1; n <= order; n++) lines.push(`ngram ${n}=${(prob[n] as Map<string, number>).size}`);
  for (let n = 1; n <= order; n++) {
    lines.push("", `\\${n}-grams:`);
    for (const gram of [...(prob[n] as Map<string, number>).keys()].sort()) {
      const p = (prob[n] as Map<string, number>).get(gram) ?? 0;
      const bo = n < order ? (backoff[n] as Map<string, number>).get(gram) : undefined;
      const logP = n === 1 && gram === "<s>" ? "-99" : log(p);
      lines.push(bo === undefined ? `${logP}\t${gram}` : `${logP}\t${gram}\t${log(bo)}`);
    }
  }
  lines.push("", "\\end\\", "");
  return lines.join("\n");
}

function discountFor(table: Map<string, number>): number {
  let once = 0;
  let twice = 0;
  for (const count of table.values()) {
    if (count === 1) once++;
    else if (count === 2) twice++;
  }
  const d = once + 2 * twice === 0 ? 0.5 : once / (once + 2 * twice);
  return Math.min(0.9, Math.max(0.1, d));
}
