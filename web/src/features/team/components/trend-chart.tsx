import { Line } from "react-chartjs-2";
import { lineChartOptions, lineStyle } from "../../../lib/line-chart";
import type { TeamSummary } from "../api/get-team-summary";

/** The team's mean per criterion for each week (Monday dates); the weakest are drawn thicker. */
export function TrendChart({ summary }: { summary: TeamSummary }) {
  const weakest = new Set(summary.weakest);
  const top = Math.max(5, ...summary.criteria.map((criterion) => criterion.scale?.max ?? 5));
  const series = summary.criteria.map((criterion) => ({
    criterion,
    data: summary.weeks.map((week) => criterion.byWeek.find((entry) => entry.week === week)?.mean ?? null),
  }));
  const text = series
    .map(({ criterion, data }) => `${criterion.name}: ${data.map((value) => value ?? "–").join(", ")}`)
    .join("; ");
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
            ...lineStyle(i),
            borderWidth: weakest.has(criterion.id) ? 4 : 2,
            pointRadius: weakest.has(criterion.id) ? 6 : 4,
          })),
        }}
        // offset: a single week sits in the middle rather than on the axis.
        options={lineChartOptions({
          x: { offset: true },
          y: { min: 0, max: top, ticks: { stepSize: 1 }, title: { display: true, text: "mean score" } },
        })}
      />
      <figcaption className="visually-hidden">{text}</figcaption>
    </figure>
  );
  return summary.weeks.length > 1 ? (
    chart
  ) : (
    <>
      {chart}
      <p className="small muted">One week of calls so far: the lines appear from the second week.</p>
    </>
  );
}
