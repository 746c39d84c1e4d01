import { Line } from "react-chartjs-2";
import { lineChartOptions, lineStyle } from "../../../lib/line-chart";
import type { TeamSummary } from "../api/get-team-summary";

/** The team's mean per skill for each week (Monday dates), as a percentage; the weakest are drawn thicker. */
export function TrendChart({ summary }: { summary: TeamSummary }) {
  const weakest = new Set(summary.weakestSkills);
  const series = summary.skills.map((skill) => ({
    skill,
    data: summary.weeks.map((week) => skill.byWeek.find((entry) => entry.week === week)?.mean ?? null),
  }));
  const text = series
    .map(({ skill, data }) => `${skill.name}: ${data.map((value) => (value === null ? "–" : `${value}%`)).join(", ")}`)
    .join("; ");
  const chart = (
    <figure className="chart chart--progress" data-testid="team-trend">
      <Line
        role="img"
        aria-label={`Team average per skill for the weeks of ${summary.weeks.join(", ")}. ${text}`}
        data={{
          labels: summary.weeks.map((week) => `w/c ${week}`),
          datasets: series.map(({ skill, data }, i) => ({
            label: skill.name,
            data,
            ...lineStyle(i),
            borderWidth: weakest.has(skill.id) ? 4 : 2,
            pointRadius: weakest.has(skill.id) ? 6 : 4,
          })),
        }}
        // offset: a single week sits in the middle rather than on the axis.
        options={lineChartOptions({
          x: { offset: true },
          y: { min: 0, max: 100, ticks: { stepSize: 20 }, title: { display: true, text: "mean, % of scale" } },
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
