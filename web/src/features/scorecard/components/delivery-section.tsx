import { useHealth } from "../../../lib/queries/health";
import { ordinal } from "../../../lib/labels";
import type { SessionScorecard } from "../../../lib/queries/session";

type Delivery = NonNullable<SessionScorecard["delivery"]>;

const percent = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)}%`);

/**
 * How the rep spoke, for calls with spoken turns (the scorecard's `delivery`, api/src/voice/delivery/):
 * each figure with what it means, the offline recogniser's caveat on fillers, and the rep's own
 * recording of each spoken reply to play back.
 */
export function DeliverySection({
  sessionId,
  delivery,
  turns,
}: {
  sessionId: string;
  delivery: Delivery;
  turns: readonly { index: number; role: string }[];
}) {
  const health = useHealth().data as { voice?: { transcription?: { engine?: string } } | null } | undefined;
  const offline = health?.voice?.transcription?.engine === "offline";
  const replyNumber = (index: number) => turns.filter((turn) => turn.role === "rep" && turn.index <= index).length;
  const figures: [string, string, string][] = [
    [
      "Pace",
      delivery.wordsPerMinute === null ? "–" : `${Math.round(delivery.wordsPerMinute)} words a minute`,
      "How fast you spoke, from your first word to your last in each spoken reply (not counting the silence before you started). Replies under 1.5 seconds or 3 words give no pace.",
    ],
    [
      "Fillers",
      `${delivery.fillerCount} (${delivery.fillersPer100Words.toFixed(1)} per 100 words)${
        delivery.topFillers.length > 0
          ? `: ${delivery.topFillers.map((f) => `“${f.filler}” ×${f.count}`).join(", ")}`
          : ""
      }`,
      "Um, uh, er, ah, hmm; and “like”, “you know”, “I mean” only where they carry no meaning.",
    ],
    [
      "Long pauses",
      String(delivery.longPauses),
      "Silences of a second or more between two of your words, inside a reply.",
    ],
    [
      "Talk share",
      percent(delivery.talkShare),
      "Your share of the call's talking time. Your spoken replies are measured; typed replies and the customer's lines are estimated at 150 words a minute.",
    ],
    [
      "Interruptions",
      String(delivery.interruptions),
      "Times you started speaking while the customer was still talking.",
    ],
  ];
  return (
    <section className="panel delivery" aria-labelledby="delivery-title" data-testid="delivery">
      <h2 id="delivery-title" className="panel__title">
        How you spoke
      </h2>
      <p className="muted small">
        {delivery.voiceTurns} spoken {delivery.voiceTurns === 1 ? "reply" : "replies"}
        {delivery.typedTurns > 0 ? ` and ${delivery.typedTurns} typed` : ""}, {delivery.words} words spoken.
      </p>
      <dl className="delivery__figures">
        {figures.map(([name, value, meaning]) => (
          <div key={name} className="delivery__figure">
            <dt>{name}</dt>
            <dd>
              <strong>{value}</strong>
              <span className="muted small delivery__meaning">{meaning}</span>
            </dd>
          </div>
        ))}
      </dl>
      {offline && (
        <p className="small delivery__caveat" data-testid="delivery-caveat">
          Transcribed offline: the offline recogniser drops “um” and “uh”, so fillers are under-counted here. A
          transcription model (see the README's Voice mode) counts them.
        </p>
      )}
      <h3 className="delivery__subtitle">Your recordings</h3>
      <ol className="delivery__turns">
        {delivery.perTurn.map((turn) => (
          <li key={turn.turn} className="delivery__turn" data-turn={turn.turn}>
            <p className="delivery__turn-head">
              <strong>Your {ordinal(replyNumber(turn.turn))} reply</strong>{" "}
              <span className="muted small">
                {turn.wordsPerMinute === null ? "no pace" : `${Math.round(turn.wordsPerMinute)} wpm`} ·{" "}
                {turn.fillerCount} fillers · {turn.longPauses} long pauses
                {turn.interrupted ? " · spoke over the customer" : ""}
              </span>
            </p>
            <audio
              controls
              preload="none"
              src={`/api/sessions/${sessionId}/turns/${turn.turn}/audio`}
              aria-label={`Play your ${ordinal(replyNumber(turn.turn))} reply`}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
