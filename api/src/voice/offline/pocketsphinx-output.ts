import type { WordTiming } from "../transcriber";

const FRAMES_PER_SECOND = 100;
const NOT_WORDS = new Set(["<s>", "</s>", "<sil>"]);

/**
 * Parses one line of `pocketsphinx_batch -hypseg` output:
 * `id S scale T total A acoustic L lm (startFrame acoustic lm word)* endFrame`, 100 frames a
 * second. Silences and noise segments are dropped; alternates ("really(2)") become the word.
 */
export function parseHypseg(line: string): { text: string; words: WordTiming[] } {
  const fields = line.trim().split(/\s+/);
  const lmAt = fields.indexOf("L");
  if (lmAt < 0) return { text: "", words: [] };
  const segments = fields.slice(lmAt + 2);
  const words: WordTiming[] = [];
  for (let i = 0; i + 3 < segments.length; i += 4) {
    const word = (segments[i + 3] ?? "").replace(/\(\d+\)$/, "");
    const start = Number(segments[i]);
    const end = Number(segments[i + 4] ?? segments[i]);
    if (NOT_WORDS.has(word) || /^[[+].*[\]+]$/.test(word) || !Number.isFinite(start)) continue;
    words.push({ word, start: start / FRAMES_PER_SECOND, end: end / FRAMES_PER_SECOND });
  }
  return { text: words.map((w) => w.word).join(" "), words };
}
