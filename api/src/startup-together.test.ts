import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { describeEachDialect, freshDatabase } from "./testing/databases";
import { startTestRuntime } from "./testing/test-runtime";

// Issue 20: replicas starting together on one database each bring the library in, once.
describeEachDialect("three servers starting at once on one database", (dialect) => {
  it("all start, and each persona and rubric file is stored as one version", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "parley-together-"));
    const { location, drop } =
      dialect === "postgres"
        ? await freshDatabase("postgres")
        : { location: path.join(dir, "parley.db"), drop: async () => {} };
    const env: Record<string, string> = dialect === "postgres" ? { DATABASE_URL: location } : { PARLEY_DB: location };
    const runtimes = await Promise.all([startTestRuntime(env), startTestRuntime(env), startTestRuntime(env)]);
    try {
      for (const kind of ["personas", "rubrics"] as const) {
        const { items } = (await (await runtimes[0]!.app.request(`/api/${kind}`)).json()) as {
          items: { id: string; version: number }[];
        };
        expect(items.length).toBeGreaterThan(0);
        for (const item of items) expect(item, `${kind}/${item.id}`).toMatchObject({ version: 1 });
      }
    } finally {
      for (const runtime of runtimes) await runtime.close();
      await drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
