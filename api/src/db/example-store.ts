import { and, desc, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import type { Example, ExampleTurn, Quality } from "../programme/examples/example-types";
import type { Scorecard } from "../grading/types";
import type { Db, Tables } from "./database";

type Row = Tables["examples"]["$inferSelect"];
export type StoredExample = Example & { createdBy: string };

/** Which stored examples a reader sees: every one (admin), or those of no team plus these teams'. */
export type ExampleScope = "all" | { teamIds: string[] };

const toExample = (row: Row): StoredExample => ({
  ...row,
  source: row.source,
  turns: row.turns as ExampleTurn[],
  scorecard: row.scorecard as Scorecard,
});

/** The examples library's rows (programme/examples/): each a copy of its transcript and scorecard. */
export function createExampleStore(db: Db) {
  const { orm } = db;
  const { examples } = db.tables;
  const visible = (scope: ExampleScope): SQL | undefined =>
    scope === "all"
      ? undefined
      : scope.teamIds.length === 0
        ? isNull(examples.teamId)
        : or(isNull(examples.teamId), inArray(examples.teamId, scope.teamIds));

  return {
    async insert(example: StoredExample & { source: "call" | "written" }): Promise<StoredExample> {
      const [row] = await orm.insert(examples).values(example).returning();
      return toExample(row as Row);
    },

    async get(id: string): Promise<StoredExample | undefined> {
      const [row] = await orm.select().from(examples).where(eq(examples.id, id));
      return row ? toExample(row) : undefined;
    },

    /** Newest first; scenario and quality filtered here, criteria by the caller (they live in the scorecard). */
    async list(scope: ExampleScope, filter: { personaId?: string | undefined; quality?: Quality | undefined }) {
      const rows = await orm
        .select()
        .from(examples)
        .where(
          and(
            visible(scope),
            filter.personaId ? eq(examples.personaId, filter.personaId) : undefined,
            filter.quality ? eq(examples.quality, filter.quality) : undefined,
          ),
        )
        .orderBy(desc(examples.createdAt), desc(examples.id))
        .limit(500);
      return rows.map(toExample);
    },

    async update(
      id: string,
      patch: { title?: string; summary?: string | null; quality?: Quality; turns?: ExampleTurn[] },
    ): Promise<StoredExample | undefined> {
      const [row] = await orm
        .update(examples)
        .set({ ...patch, updatedAt: Date.now() })
        .where(eq(examples.id, id))
        .returning();
      return row ? toExample(row) : undefined;
    },

    async remove(id: string): Promise<boolean> {
      const rows = await orm.delete(examples).where(eq(examples.id, id)).returning({ id: examples.id });
      return rows.length > 0;
    },
  };
}

export type ExampleStore = ReturnType<typeof createExampleStore>;
