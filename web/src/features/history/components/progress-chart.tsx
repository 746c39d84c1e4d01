import { Line } from "react-chartjs-2";
import { lineChartOptions, lineStyle } from "../../../lib/line-chart";
import { progressAxes, type RubricProgress } from "./progress";

/**
 * Score per criterion over attempts for one rubric: one small chart per criterion (six lines on one
 * chart could not be told apart), dates on the x-axis, straight segments (a smoothed curve dipped
 * below the scale) and the same score range on each.
 */
export function ProgressChart({ progress }: { progress: RubricProgress }) {
  const { labels, min, max } = progressAxes(progress);
  return (
    <div className="progress-grid">
      {progress.criteria.map((c, i) => {
        const summary = `${c.name}: ${c.scores.map((s, n) => `${labels[n]} ${s === null ? "–" : s}`).join(", ")}`;
        return (
          <figure key={c.id} className="chart chart--progress-small" data-criterion={c.id}>
            <figcaption className="chart__title">{c.name}</figcaption>
            <div className="chart__canvas">
              <Line
                role="img"
                aria-label={`Scores over ${labels.length} attempts. ${summary}`}
                data={{ labels, datasets: [{ label: c.name, data: c.scores, ...lineStyle(i), tension: 0 }] }}
                options={{
                  ...lineChartOptions({
                    y: { min, max, ticks: { stepSize: 1 } },
                    x: { ticks: { maxRotation: 0, autoSkip: true, font: { size: 10 } } },
                  }),
                  plugins: { legend: { display: false } },
                }}
              />
            </div>
            <p className="visually-hidden">{summary}</p>
          </figure>
        );
      })}
    </div>
  );
}
