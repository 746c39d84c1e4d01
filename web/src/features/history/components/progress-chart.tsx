import { CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";
import { Line } from "react-chartjs-2";
import type { RubricProgress } from "./progress";

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

// Distinguishable for common colour-vision deficiencies (Okabe–Ito), plus a dash per series.
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];
const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 2], [8, 2]];

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
            borderColor: COLOURS[i % COLOURS.length],
            backgroundColor: COLOURS[i % COLOURS.length],
            borderDash: DASHES[i % DASHES.length],
            spanGaps: true,
            tension: 0.2,
            pointRadius: 4,
          })),
        }}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: { y: { min: 0, max: top, ticks: { stepSize: 1 }, title: { display: true, text: "score" } } },
          plugins: { legend: { position: "bottom", labels: { usePointStyle: true, pointStyle: "line", font: { size: 11 } } } },
        }}
      />
      <figcaption className="visually-hidden">{summary}</figcaption>
    </figure>
  );
}
