import {
  CategoryScale,
  type ChartOptions,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

// Distinguishable for common colour-vision deficiencies (Okabe–Ito), plus a dash per series.
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];
const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 2], [8, 2]];

type Plugins = NonNullable<ChartOptions<"line">["plugins"]>;

/** How the `index`th line of a chart is drawn, the same on every line chart: colour, dash, points. */
export function lineStyle(index: number) {
  const colour = COLOURS[index % COLOURS.length];
  return {
    borderColor: colour,
    backgroundColor: colour,
    borderDash: DASHES[index % DASHES.length],
    spanGaps: true,
    tension: 0.2,
    pointRadius: 4,
  };
}

/** Options every line chart shares (fills its figure, no animation, a legend of line swatches below), with its own scales. */
export function lineChartOptions(
  scales: ChartOptions<"line">["scales"],
  tooltip?: Plugins["tooltip"],
): ChartOptions<"line"> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    scales,
    plugins: {
      legend: { position: "bottom", labels: { usePointStyle: true, pointStyle: "line", font: { size: 11 } } },
      ...(tooltip ? { tooltip } : {}),
    },
  };
}
