import type { Tokens } from "./tokens";

/**
 * When a cancellation the words name is not confirmed now (session 16, issue 14 item 7): the rules find
 * "I'll cancel it…" and "cancellations are processed…", but the sentence puts it off or says how it works.
 * - the rep's act of ending put off until something else happens: "I'll close it once the final read is
 *   in", "we'll cancel the plan when the engineer has collected the box" (the clause of time comes after
 *   the act, so the clause-by-clause readings do not see it; a time of "now" first keeps it done now);
 * - the answer opens "Not yet": "Not yet, it goes through on Monday";
 * - the request as a bare plural, how cancellations work in general: "cancellations are processed within
 *   ten days", not "your cancellation is processed".
 */

const END = /^(?:cancel|terminate|end|close|stop|deactivate|discontinue|disconnect|process)$/;
/** A clause of time or condition after the act: the act waits on it. */
const WAITS_ON = /^(?:once|when|whenever|after|until|till|unless|if)$/;
const NOW = /^(?:now|today|immediately|tonight)$/;
const REQUEST_PLURAL = /^(?:cancell?ations|terminations|closures|disconnections)$/;

/** "I'll close it once the read is validated": a future act of ending that waits on a later event. */
function endingPutOff({ words, lemmas, pos, negation }: Tokens): boolean {
  return words.some((word, i) => {
    if (!/^(?:will|'ll|shall)$/.test(word) && !(word === "going" && words[i + 1] === "to")) return false;
    if (!/^(?:i|we)$/.test(words[i - 1] ?? "")) return false;
    let verb = word === "going" ? i + 2 : i + 1;
    while (pos[verb] === "ADV") verb += 1;
    // The lite model tags "close" after "will" as an adjective at times.
    if (negation[verb] || !END.test(lemmas[verb] ?? "")) return false;
    for (let j = verb + 1; j < words.length; j += 1) {
      if (NOW.test(words[j] ?? "")) return false;
      if (WAITS_ON.test(words[j] ?? "")) return true;
    }
    return false;
  });
}

/** "cancellations are processed by our accounts team": a plural with no determiner names the kind, not theirs. */
function howItWorks({ words, pos }: Tokens): boolean {
  return words.some(
    (word, i) =>
      REQUEST_PLURAL.test(word) &&
      !/^(?:DET|PRON)$/.test(pos[i - 1] ?? "") &&
      /^(?:are|get|take|go|can|will|usually|normally)$/.test(words[i + 1] ?? ""),
  );
}

/** Whether a sentence that names a cancellation does not confirm it done or under way now. */
export function cancellationNotNow(tokens: Tokens): boolean {
  const { words } = tokens;
  const notYet = words[0] === "not" && words[1] === "yet";
  return notYet || endingPutOff(tokens) || howItWorks(tokens);
}
