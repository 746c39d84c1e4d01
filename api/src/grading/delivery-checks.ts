import type { DeliveryCheck } from "../library/rubric-schema";
import { splitSentences } from "../conversation/sentences";
import type { Turn } from "../conversation/transcript";
import type { TurnDelivery } from "../conversation/delivery-schema";
import { findPattern } from "./patterns";
import type { Evidence } from "./types";

interface Spoken {
  turn: Turn;
  delivery: TurnDelivery;
}

const firstSentence = (turn: Turn) => splitSentences(turn.text)[0] ?? turn.text;
const cite = (turn: Turn, quote: string | null): Evidence[] => [
  { turn: turn.index, quote: quote ?? firstSentence(turn) },
];
const most = (spoken: Spoken[], measure: (s: Spoken) => number) =>
  spoken.reduce((top, s) => (measure(s) > measure(top) ? s : top));

/**
 * A rubric's `delivery` check over the rep turns in scope (one turn, or the whole call):
 * totals over the turns that were spoken. Typed turns carry no delivery and are not judged.
 */
export function deliveryFailures(check: DeliveryCheck, turns: Turn[]): { reason: string; evidence: Evidence[] }[] {
  const spoken = turns.flatMap((turn) => (turn.delivery ? [{ turn, delivery: turn.delivery }] : []));
  if (spoken.length === 0) return [];
  const found: { reason: string; evidence: Evidence[] }[] = [];

  const paced = spoken.filter((s) => s.delivery.wordsPerMinute !== null);
  const seconds = paced.reduce((sum, s) => sum + s.delivery.speakingSeconds, 0);
  const pace = seconds > 0 ? Math.round((paced.reduce((sum, s) => sum + s.delivery.words, 0) / seconds) * 60) : null;
  if (pace !== null && check.max_wpm !== undefined && pace > check.max_wpm) {
    const fastest = most(paced, (s) => s.delivery.wordsPerMinute ?? 0);
    found.push({
      reason: `speaks at ${pace} words a minute (at most ${check.max_wpm})`,
      evidence: cite(fastest.turn, null),
    });
  }
  if (pace !== null && check.min_wpm !== undefined && pace < check.min_wpm) {
    const slowest = most(paced, (s) => -(s.delivery.wordsPerMinute ?? 0));
    found.push({
      reason: `speaks at ${pace} words a minute (at least ${check.min_wpm})`,
      evidence: cite(slowest.turn, null),
    });
  }

  const words = spoken.reduce((sum, s) => sum + s.delivery.words, 0);
  const fillers = spoken.reduce((sum, s) => sum + s.delivery.fillerCount, 0);
  const rate = words === 0 ? 0 : Math.round((fillers / words) * 1000) / 10;
  if (check.max_fillers_per_100_words !== undefined && rate > check.max_fillers_per_100_words) {
    const worst = most(spoken, (s) => s.delivery.fillerCount);
    const filler = worst.delivery.fillers[0]?.filler;
    const quote = filler ? findPattern(worst.turn.text, `/\\b${filler}\\b/`) : null;
    const named = spoken
      .flatMap((s) => s.delivery.fillers.map((f) => f.filler))
      .filter((f, i, all) => all.indexOf(f) === i)
      .map((f) => `"${f}"`)
      .join(", ");
    found.push({
      reason: `${rate} fillers per 100 words (${named}; at most ${check.max_fillers_per_100_words})`,
      evidence: cite(worst.turn, quote),
    });
  }

  const pauses = spoken.reduce((sum, s) => sum + s.delivery.longPauses.length, 0);
  if (check.max_long_pauses !== undefined && pauses > check.max_long_pauses) {
    const worst = most(spoken, (s) => s.delivery.longPauses.length);
    found.push({
      reason: `${pauses} long pauses (at most ${check.max_long_pauses})`,
      evidence: cite(worst.turn, null),
    });
  }

  const interruptions = spoken.filter((s) => s.delivery.interrupted);
  const first = interruptions[0];
  if (first && check.max_interruptions !== undefined && interruptions.length > check.max_interruptions) {
    found.push({
      reason: `talked over the customer ${interruptions.length} time${interruptions.length === 1 ? "" : "s"} (at most ${check.max_interruptions})`,
      evidence: cite(first.turn, null),
    });
  }
  return found;
}
