/**
 * A sentence that mocks rather than tells (session 17, issue 14 item 7): a concession snapped back with
 * "oh" ("Oh, of course, because the rules were written just for you", "oh sure, the bank always blames
 * us") doubts what it says happened, so it explains nothing. The SARCASM list of sentence-reading.ts reads
 * the stock exclamations ("oh, brilliant"); this reads the concession by its form. "Of course, the fee is…"
 * without the "oh" still explains.
 */
const SNAPPED_BACK = /^\s*(?:oh|ah)[,!]?\s+(?:of course|sure|right|naturally|yes|yeah|absolutely|totally)\s*[,!—–]/i;

export function mocks(ruleText: string): boolean {
  return SNAPPED_BACK.test(ruleText);
}
