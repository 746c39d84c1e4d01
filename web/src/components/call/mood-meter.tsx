interface MoodMeterProps {
  mood: number;
  min: number;
  max: number;
  hangupAt: number;
  /** The change from the last turn: negative is calmer. */
  delta: number | null;
  name: string;
}

function moodWord(position: number): string {
  if (position >= 0.85) return "furious";
  if (position >= 0.65) return "angry";
  if (position >= 0.45) return "irritated";
  if (position >= 0.25) return "wary";
  return "calm";
}

/** How the customer feels, 0 calm .. max furious, with the hang-up line marked. Moves every turn. */
export function MoodMeter({ mood, min, max, hangupAt, delta, name }: MoodMeterProps) {
  const span = Math.max(1, max - min);
  const position = (mood - min) / span;
  const word = moodWord(position);
  const change =
    delta === null || delta === 0
      ? delta === 0
        ? "no change"
        : ""
      : delta < 0
        ? `${Math.abs(delta)} calmer`
        : `${delta} more upset`;
  return (
    <section className="mood" aria-labelledby="mood-title">
      <div className="mood__head">
        <h2 id="mood-title" className="mood__title">
          {name}'s mood
        </h2>
        <span className="mood__value">
          <strong data-testid="mood-word">{word}</strong> {mood}/{max}
          {change && (
            <span
              className={`mood__delta mood__delta--${delta !== null && delta < 0 ? "down" : delta ? "up" : "flat"}`}
            >
              {delta !== null && delta < 0 ? "▼" : delta ? "▲" : "•"} {change}
            </span>
          )}
        </span>
      </div>
      <div
        className="mood__track"
        role="meter"
        aria-label={`${name}'s mood, higher is angrier`}
        aria-valuemin={min}
        aria-valuemax={max}
        aria-valuenow={mood}
        aria-valuetext={`${mood} of ${max}, ${word}; hangs up at ${hangupAt}`}
      >
        <div className="mood__fill" style={{ width: `${Math.max(3, position * 100)}%` }} />
        <div
          className="mood__hangup"
          style={{ left: `${((hangupAt - min) / span) * 100}%` }}
          title={`Hangs up at ${hangupAt}`}
        />
      </div>
      <div className="mood__scale" aria-hidden="true">
        <span>calm</span>
        <span>hangs up at {hangupAt}</span>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {change ? `${name} is ${word}, ${change}.` : ""}
      </p>
    </section>
  );
}
