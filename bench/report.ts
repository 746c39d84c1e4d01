/** Collects what each phase measured and renders it as Markdown (the console and BENCHMARKS.md show the same text). */
import type { Summary } from "./stats";

export interface SummaryRow {
  measurement: string;
  unit: string;
  n: number;
  median: number | null;
  p95: number | null;
  peakRssMiB: number | null;
  note: string;
}

export interface Section {
  title: string;
  /** Header cells, then rows of cells. */
  table: { head: string[]; rows: string[][] } | null;
  notes: string[];
}

export class Report {
  readonly summary: SummaryRow[] = [];
  readonly sections: Section[] = [];
  /** Raw numbers, for reports/bench.json. */
  readonly raw: Record<string, unknown> = {};

  row(
    measurement: string,
    unit: string,
    stats: Summary | { n: number; median: number | null; p95: number | null },
    peakRssMiB: number | null,
    note = "",
  ) {
    this.summary.push({
      measurement,
      unit,
      n: stats.n,
      median: stats.median === null || Number.isNaN(stats.median) ? null : stats.median,
      p95: stats.p95 === null || Number.isNaN(stats.p95) ? null : stats.p95,
      peakRssMiB,
      note,
    });
  }

  section(title: string, head: string[] | null, rows: string[][] = [], notes: string[] = []) {
    this.sections.push({ title, table: head ? { head, rows } : null, notes });
  }

  markdown(): string {
    const lines: string[] = [];
    lines.push(
      table(
        ["measurement", "unit", "n", "median", "p95", "peak RSS (MiB)", "note"],
        this.summary.map((row) => [
          row.measurement,
          row.unit,
          String(row.n),
          fmt(row.median),
          fmt(row.p95),
          fmt(row.peakRssMiB, 0),
          row.note,
        ]),
      ),
    );
    for (const section of this.sections) {
      lines.push("", `#### ${section.title}`, "");
      if (section.table) lines.push(table(section.table.head, section.table.rows));
      if (section.notes.length > 0) {
        if (section.table) lines.push("");
        lines.push(...section.notes.map((note) => `- ${note}`));
      }
    }
    return lines.join("\n");
  }
}

/** A number for a table: "n/a" when missing, fewer decimals as it grows. */
export function fmt(value: number | null | undefined, decimals?: number): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "n/a";
  const places = decimals ?? (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2);
  return value.toFixed(places);
}

export function table(head: string[], rows: string[][]): string {
  const widths = head.map((cell, i) => Math.max(3, cell.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(head), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.map(line)].join("\n");
}
