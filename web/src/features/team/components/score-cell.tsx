/** A mean and the attempts behind it. */
export interface CellEntry {
  mean: number | null;
  attempts: number;
}

/** Low scores warm, high scores green; the number is always printed, so colour is never the only signal. */
export function bandColour(mean: number, scale: { min: number; max: number }): string {
  const share = Math.max(0, Math.min(1, (mean - scale.min) / (scale.max - scale.min)));
  return `hsl(${Math.round(12 + share * 128)} 70% 86%)`;
}

/** One heatmap cell: the mean (with `unit`) on its band colour and the attempt count, or a dash for none. */
export function ScoreCell({
  entry,
  scale,
  unit = "",
}: {
  entry: CellEntry | undefined;
  scale: { min: number; max: number };
  unit?: string;
}) {
  if (!entry || entry.mean === null)
    return (
      <td className="heatmap__cell heatmap__cell--none">
        <span aria-label="no attempts">–</span>
      </td>
    );
  return (
    <td className="heatmap__cell" style={{ background: bandColour(entry.mean, scale) }}>
      <strong>
        {entry.mean}
        {unit}
      </strong>{" "}
      <span className="heatmap__attempts">({entry.attempts})</span>
    </td>
  );
}
