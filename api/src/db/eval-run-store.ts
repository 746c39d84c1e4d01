import { randomUUID } from "node:crypto";
import { count, desc, eq } from "drizzle-orm";
import type { RunReport } from "../eval-runs/report-types";
import { type RunSummary, summariseRun } from "../eval-runs/run-summary";
import type { Db } from "./database";

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

type ListRow = { [K in keyof EvalRunListItem]: K extends "summary" ? unknown : EvalRunListItem[K] };
const toItem = (row: ListRow): EvalRunListItem => ({ ...row, summary: row.summary as RunSummary });

/** `parley eval` runs: the report as `--json` writes it, and a summary for listing many. */
export function createEvalRunStore(db: Db) {
  const { orm } = db;
  const { evalRuns, users } = db.tables;
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

  async function get(id: string): Promise<EvalRun | null> {
    const [row] = await orm
      .select({ ...listColumns, report: evalRuns.report })
      .from(evalRuns)
      .leftJoin(users, eq(users.id, evalRuns.userId))
      .where(eq(evalRuns.id, id));
    return row ? { ...toItem(row), report: row.report as RunReport } : null;
  }

  return {
    async save(run: NewEvalRun): Promise<EvalRunListItem> {
      const id = randomUUID();
      const summary = summariseRun(run.report);
      const model = run.report.models.judge ?? run.report.models.persona;
      await orm.insert(evalRuns).values({
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
      });
      const saved = await get(id);
      if (!saved) throw new Error("the eval run just stored is missing");
      const { report: _report, ...item } = saved;
      return item;
    },

    /** Newest first. */
    async list({
      limit,
      offset,
    }: {
      limit: number;
      offset: number;
    }): Promise<{ items: EvalRunListItem[]; total: number }> {
      const rows = await orm
        .select(listColumns)
        .from(evalRuns)
        .leftJoin(users, eq(users.id, evalRuns.userId))
        .orderBy(desc(evalRuns.finishedAt), desc(evalRuns.startedAt))
        .limit(limit)
        .offset(offset);
      const [counted] = await orm.select({ n: count() }).from(evalRuns);
      return { items: rows.map(toItem), total: counted?.n ?? 0 };
    },

    get,
  };
}

export type EvalRunStore = ReturnType<typeof createEvalRunStore>;
