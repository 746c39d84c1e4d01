import { Line } from "react-chartjs-2";
import { lineChartOptions, lineStyle } from "../../../lib/line-chart";
import type { EvalRunItem } from "../api/get-eval-runs";
import { withInterval } from "./figures";

type Point = { value: number | null; low: number | null; high: number | null; name: string };

/** Overall chance-corrected agreement (kappa or alpha) of each grading suite, oldest run first. */
export function KappaChart({ runs }: { runs: EvalRunItem[] }) {
  const ordered = [...runs].reverse();
  const suites = [...new Set(ordered.flatMap((run) => run.summary.suites.filter((s) => s.grading).map((s) => s.id)))];
  if (suites.length === 0)
    return <p className="muted">No grading suites in these runs, so there is no agreement to chart.</p>;
  const point = (run: EvalRunItem, suite: string): Point | null =>
    run.summary.suites.find((s) => s.id === suite)?.grading?.grader.chance ?? null;
  const labels = ordered.map(
    (run) => run.label ?? new Date(run.finishedAt).toLocaleDateString(undefined, { month: "short", day: "numeric" }),
  );
  const summary = suites
    .map(
      (suite) =>
        `${suite}: ${ordered
          .map((run) => {
            const p = point(run, suite);
            return p ? withInterval(p) : "–";
          })
          .join(", ")}`,
    )
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
            ...lineStyle(i),
          })),
        }}
        options={lineChartOptions(
          {
            y: {
              min: Math.min(0, ...ordered.flatMap((run) => suites.map((s) => point(run, s)?.low ?? 0))),
              max: 1,
              title: { display: true, text: "kappa / alpha" },
            },
          },
          {
            callbacks: {
              label: (item) => {
                const run = ordered[item.dataIndex];
                const p = run ? point(run, suites[item.datasetIndex] ?? "") : null;
                return p ? `${item.dataset.label}: ${p.name} ${withInterval(p)}` : `${item.dataset.label}: –`;
              },
            },
          },
        )}
      />
      <figcaption className="visually-hidden">{summary}</figcaption>
    </figure>
  );
}
