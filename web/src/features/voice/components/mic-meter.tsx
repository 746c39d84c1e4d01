interface MicMeterProps {
  /** RMS level, 0..1. */
  level: number;
  /** What the voice mode is doing, e.g. "Listening…". */
  status: string;
  active: boolean;
}

// Speech RMS rarely passes 0.3, so the bar is scaled to make normal speech fill most of it.
const toPercent = (level: number) => Math.min(100, Math.round(Math.sqrt(Math.min(1, level / 0.3)) * 100));

/** The microphone's level as a bar, with the voice mode's status in words beside it. */
export function MicMeter({ level, status, active }: MicMeterProps) {
  const percent = toPercent(level);
  return (
    <div className="mic">
      <div
        className={`mic__track${active ? " is-active" : ""}`}
        role="meter"
        aria-label="Microphone level"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%`}
      >
        <div className="mic__fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="mic__status" role="status" data-testid="voice-status">
        {status}
      </p>
    </div>
  );
}
