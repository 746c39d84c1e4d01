import { CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";
import { Line } from "react-chartjs-2";
import type { EvalRunItem } from "../api/get-eval-runs";
import { withInterval } from "./figures";

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

// Okabe–Ito colours and a dash per series, as on the progress chart.
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"];
const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 2]];

type Point = { value: number | null; low: number | null; high: number | null; name: string };

/** Overall chance-corrected agreement (kappa or alpha) of each grading suite, oldest run first. */
export function KappaChart({ runs }: { runs: EvalRunItem[] }) {
  const ordered = [...runs].reverse();
  const suites = [...new Set(ordered.flatMap((run) => run.summary.suites.filter((s) => s.grading).map((s) => s.id)))];
  if (suites.length === 0) return <p className="muted">No grading suites in these runs, so there is no agreement to chart.</p>;
  const point = (run: EvalRunItem, suite: string): Point | null => run.summary.suites.find((s) => s.id === suite)?.grading?.grader.chance ?? null;
  const labels = ordered.map((run) => run.label ?? new Date(run.finishedAt).toLocaleDateString(undefined, { month: "short", day: "numeric" }));
  const summary = suites
    .map((suite) => `${suite}: ${ordered.map((run) => { const p = point(run, suite); return p ? withInterval(p) : "–"; }).join(", ")}`)
    .join("; ");
  return (
    <figure className="chart chart--progress">
      <Line
        role="img"
        aria-label={`Overall agreement with the human raters (kappa or alpha) over ${ordered.length} runs. ${summary}`}
        data={{
          labels,
          datasets: suites.map((suite, i) => ({
            label: suite,
            data: ordered.map((run) => point(run, suite)?.value ?? null),
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
          scales: { y: { min: Math.min(0, ...ordered.flatMap((run) => suites.map((s) => point(run, s)?.low ?? 0))), max: 1, title: { display: true, text: "kappa / alpha" } } },
          plugins: {
            legend: { position: "bottom", labels: { usePointStyle: true, pointStyle: "line", font: { size: 11 } } },
            tooltip: {
              callbacks: {
                label: (item) => {
                  const run = ordered[item.dataIndex];
                  const p = run ? point(run, suites[item.datasetIndex] ?? "") : null;
                  return p ? `${item.dataset.label}: ${p.name} ${withInterval(p)}` : `${item.dataset.label}: –`;
                },
              },
            },
          },
        }}
      />
      <figcaption className="visually-hidden">{summary}</figcaption>
    </figure>
  );
}
