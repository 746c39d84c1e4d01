import { BarElement, CategoryScale, Chart as ChartJS, LinearScale, Tooltip } from "chart.js";
import { Bar } from "react-chartjs-2";
import type { SessionScorecard } from "../../../lib/queries/session";

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip);

const GOOD = "#2f855a";
const BAD = "#c2410c";
const UNSCORED = "#a0aec0";

/** Per-criterion scores as horizontal bars: green passed, orange not yet. The cards below carry the same numbers as text. */
export function CriteriaChart({ scorecard, min, max }: { scorecard: SessionScorecard; min: number; max: number }) {
  const criteria = scorecard.criteria;
  const summary = criteria.map((c) => `${c.name}: ${c.score ?? "unscored"} of ${max}`).join("; ");
  const labels = criteria.map((c) => (c.critical ? `★ ${shorten(c.name)}` : shorten(c.name)));
  return (
    <figure className="chart chart--criteria" style={{ height: `${Math.max(160, criteria.length * 44 + 40)}px` }}>
      <Bar
        role="img"
        aria-label={`Score per criterion. ${summary}`}
        data={{
          labels,
          datasets: [
            {
              label: "Score",
              data: criteria.map((c) => c.score ?? 0),
              backgroundColor: criteria.map((c) => (c.score === null ? UNSCORED : c.passed ? GOOD : BAD)),
              borderRadius: 4,
              barThickness: 22,
            },
          ],
        }}
        options={{
          indexAxis: "y",
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: { min: Math.min(0, min), max, ticks: { stepSize: 1 }, grid: { color: "#e2e8f0" } },
            y: { grid: { display: false }, ticks: { color: "#1a202c", font: { size: 12 } } },
          },
          plugins: {
            legend: { display: false },
            tooltip: {
              callbacks: { title: (items) => criteria[items[0]?.dataIndex ?? 0]?.name ?? "" },
            },
          },
        }}
      />
      <figcaption className="visually-hidden">{summary}</figcaption>
    </figure>
  );
}

function shorten(name: string): string {
  return name.length > 34 ? `${name.slice(0, 32)}…` : name;
}
