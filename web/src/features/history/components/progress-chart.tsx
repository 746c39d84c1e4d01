import { Line } from "react-chartjs-2";
import { lineChartOptions, lineStyle } from "../../../lib/line-chart";
import type { RubricProgress } from "./progress";

/** Score per criterion over attempts for one rubric. */
export function ProgressChart({ progress }: { progress: RubricProgress }) {
  const top = Math.max(5, ...progress.criteria.flatMap((c) => c.scores.map((s) => s ?? 0)));
  const labels = progress.attempts.map((_, i) => `#${i + 1}`);
  const summary = progress.criteria
    .map((c) => `${c.name}: ${c.scores.map((s) => (s === null ? "–" : s)).join(", ")}`)
    .join("; ");
  return (
    <figure className="chart chart--progress">
      <Line
        role="img"
        aria-label={`Scores per criterion over ${labels.length} attempts. ${summary}`}
        data={{
          labels,
          datasets: progress.criteria.map((c, i) => ({
            label: c.name,
            data: c.scores,
            ...lineStyle(i),
          })),
        }}
        options={lineChartOptions({
          y: { min: 0, max: top, ticks: { stepSize: 1 }, title: { display: true, text: "score" } },
        })}
      />
      <figcaption className="visually-hidden">{summary}</figcaption>
    </figure>
  );
}
