import { CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";
import { Line } from "react-chartjs-2";
import type { TeamSummary } from "../api/get-team-summary";

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

// Distinguishable for common colour-vision deficiencies (Okabe–Ito), plus a dash per series.
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];
const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 2], [8, 2]];

/** The team's mean per criterion for each week (Monday dates); the weakest are drawn thicker. */
export function TrendChart({ summary }: { summary: TeamSummary }) {
  const weakest = new Set(summary.weakest);
  const top = Math.max(5, ...summary.criteria.map((criterion) => criterion.scale?.max ?? 5));
  const series = summary.criteria.map((criterion) => ({
    criterion,
    data: summary.weeks.map((week) => criterion.byWeek.find((entry) => entry.week === week)?.mean ?? null),
  }));
  const text = series.map(({ criterion, data }) => `${criterion.name}: ${data.map((value) => value ?? "–").join(", ")}`).join("; ");
  const chart = (
    <figure className="chart chart--progress" data-testid="team-trend">
      <Line
        role="img"
        aria-label={`Team average per criterion for the weeks of ${summary.weeks.join(", ")}. ${text}`}
        data={{
          labels: summary.weeks.map((week) => `w/c ${week}`),
          datasets: series.map(({ criterion, data }, i) => ({
            label: criterion.name,
            data,
            borderColor: COLOURS[i % COLOURS.length],
            backgroundColor: COLOURS[i % COLOURS.length],
            borderDash: DASHES[i % DASHES.length],
            borderWidth: weakest.has(criterion.id) ? 4 : 2,
            spanGaps: true,
            tension: 0.2,
            pointRadius: weakest.has(criterion.id) ? 6 : 4,
          })),
        }}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          // offset: a single week sits in the middle rather than on the axis.
          scales: { x: { offset: true }, y: { min: 0, max: top, ticks: { stepSize: 1 }, title: { display: true, text: "mean score" } } },
          plugins: { legend: { position: "bottom", labels: { usePointStyle: true, pointStyle: "line", font: { size: 11 } } } },
        }}
      />
      <figcaption className="visually-hidden">{text}</figcaption>
    </figure>
  );
  return summary.weeks.length > 1 ? chart : (
    <>
      {chart}
      <p className="small muted">One week of calls so far: the lines appear from the second week.</p>
    </>
  );
}
