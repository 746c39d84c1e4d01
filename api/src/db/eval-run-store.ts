import { randomUUID } from "node:crypto";
import { count, desc, eq } from "drizzle-orm";
import type { RunReport } from "../eval-runs/report-types";
import { type RunSummary, summariseRun } from "../eval-runs/run-summary";
import type { Db } from "./client";
import { evalRuns, users } from "./schema";

/** A stored run as the list shows it: who, when, which engine, the verdict and the summary. */
export interface EvalRunListItem {
  id: string;
  label: string | null;
  engine: string;
  model: string | null;
  passed: boolean;
  summary: RunSummary;
  startedAt: number;
  finishedAt: number;
  storedBy: string | null;
}

export interface EvalRun extends EvalRunListItem {
  report: RunReport;
}

export interface NewEvalRun {
  userId: string | null;
  label: string | null;
  report: RunReport;
  startedAt: number;
  finishedAt: number;
}

const listColumns = {
  id: evalRuns.id,
  label: evalRuns.label,
  engine: evalRuns.engine,
  model: evalRuns.model,
  passed: evalRuns.passed,
  summary: evalRuns.summary,
  startedAt: evalRuns.startedAt,
  finishedAt: evalRuns.finishedAt,
  storedBy: users.name,
};

type ListRow = { [K in keyof typeof listColumns]: K extends "summary" ? unknown : EvalRunListItem[K] };
const toItem = (row: ListRow): EvalRunListItem => ({ ...row, summary: row.summary as RunSummary });

/** `parley eval` runs: the report as `--json` writes it, and a summary for listing many. */
export function createEvalRunStore(db: Db) {
  return {
    save(run: NewEvalRun): EvalRunListItem {
      const id = randomUUID();
      const summary = summariseRun(run.report);
      const model = run.report.models.judge ?? run.report.models.persona;
      db.insert(evalRuns)
        .values({
          id,
          userId: run.userId,
          label: run.label,
          engine: run.report.engine,
          model,
          passed: run.report.passed,
          summary,
          report: run.report,
          startedAt: run.startedAt,
          finishedAt: run.finishedAt,
        })
        .run();
      const saved = this.get(id);
      if (!saved) throw new Error("the eval run just stored is missing");
      const { report: _report, ...item } = saved;
      return item;
    },

    /** Newest first. */
    list({ limit, offset }: { limit: number; offset: number }): { items: EvalRunListItem[]; total: number } {
      const rows = db
        .select(listColumns)
        .from(evalRuns)
        .leftJoin(users, eq(users.id, evalRuns.userId))
        .orderBy(desc(evalRuns.finishedAt), desc(evalRuns.startedAt))
        .limit(limit)
        .offset(offset)
        .all();
      const total = db.select({ n: count() }).from(evalRuns).get()?.n ?? 0;
      return { items: rows.map(toItem), total };
    },

    get(id: string): EvalRun | null {
      const row = db
        .select({ ...listColumns, report: evalRuns.report })
        .from(evalRuns)
        .leftJoin(users, eq(users.id, evalRuns.userId))
        .where(eq(evalRuns.id, id))
        .get();
      return row ? { ...toItem(row), report: row.report as RunReport } : null;
    },
  };
}

export type EvalRunStore = ReturnType<typeof createEvalRunStore>;
