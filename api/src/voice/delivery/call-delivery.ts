import type { Transcript } from "../../conversation/transcript";
import { speechWords } from "../lm/speech-words";
import type { CallDelivery } from "../../conversation/delivery-schema";

/** Pace assumed for lines nobody timed: the customer's (synthesised or read) and typed rep turns. */
export const ESTIMATED_WORDS_PER_MINUTE = 150;

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const estimatedSeconds = (text: string) => (speechWords(text).length / ESTIMATED_WORDS_PER_MINUTE) * 60;

/** The call's delivery from its rep turns' delivery; null when no rep turn was spoken. */
export function callDelivery(transcript: Transcript): CallDelivery | null {
  const reps = transcript.filter((turn) => turn.role === "rep");
  const spoken = reps.flatMap((turn) => (turn.delivery ? [{ turn, delivery: turn.delivery }] : []));
  if (spoken.length === 0) return null;
  const words = spoken.reduce((sum, { delivery }) => sum + delivery.words, 0);
  const speakingSeconds = spoken.reduce((sum, { delivery }) => sum + delivery.speakingSeconds, 0);
  const fillerCount = spoken.reduce((sum, { delivery }) => sum + delivery.fillerCount, 0);
  const byFiller = new Map<string, number>();
  for (const { delivery } of spoken)
    for (const { filler, count } of delivery.fillers) byFiller.set(filler, (byFiller.get(filler) ?? 0) + count);

  const repSeconds =
    speakingSeconds + reps.filter((turn) => !turn.delivery).reduce((sum, turn) => sum + estimatedSeconds(turn.text), 0);
  const customerSeconds = transcript
    .filter((turn) => turn.role === "customer")
    .reduce((sum, turn) => sum + estimatedSeconds(turn.text), 0);
  const talking = repSeconds + customerSeconds;

  return {
    voiceTurns: spoken.length,
    typedTurns: reps.length - spoken.length,
    words,
    speakingSeconds: round(speakingSeconds, 2),
    wordsPerMinute: speakingSeconds >= 1.5 ? Math.round((words / speakingSeconds) * 60) : null,
    fillerCount,
    fillersPer100Words: words === 0 ? 0 : round((fillerCount / words) * 100, 1),
    topFillers: [...byFiller]
      .map(([filler, count]) => ({ filler, count }))
      .sort((a, b) => b.count - a.count || a.filler.localeCompare(b.filler))
      .slice(0, 3),
    longPauses: spoken.reduce((sum, { delivery }) => sum + delivery.longPauses.length, 0),
    talkShare: talking === 0 ? null : round(repSeconds / talking, 2),
    interruptions: spoken.filter(({ delivery }) => delivery.interrupted).length,
    perTurn: spoken.map(({ turn, delivery }) => ({
      turn: turn.index,
      wordsPerMinute: delivery.wordsPerMinute,
      fillerCount: delivery.fillerCount,
      longPauses: delivery.longPauses.length,
      interrupted: delivery.interrupted,
    })),
  };
}
