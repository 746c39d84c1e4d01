import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Test files that take a minute or more (a clean CI run: eval-command 141 s, offline WER 81 s,
 * voice and admin in Chromium 60-70 s, evals page 41 s, replicas 36 s). Without a cache of earlier
 * runs vitest starts larger files first, which left the WER test, a small file, starting near the
 * end while the other worker sat idle.
 */
const SLOW = [
  "api/src/cli/eval-command.test.ts",
  "api/src/voice/offline/offline-wer.test.ts",
  "web/e2e/voice.test.ts",
  "web/e2e/admin.test.ts",
  "web/e2e/evals.test.ts",
  "api/src/multi-replica.test.ts",
];

/** vitest's order (failed first, then longest or largest first), with the SLOW files ahead of the rest. */
class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = SLOW.findIndex((slow) => file.moduleId.endsWith(slow));
      return index === -1 ? SLOW.length : index;
    };
    const sorted = await super.sort(files);
    return sorted
      .map((file, order) => ({ file, order, rank: rank(file) }))
      .sort((a, b) => a.rank - b.rank || a.order - b.order)
      .map(({ file }) => file);
  }
}

export default defineConfig({
  test: {
    include: ["api/**/*.test.ts", "web/**/*.test.{ts,tsx}", "tools/**/*.test.ts", "deploy/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Two files at a time even on CI's 2 cores (vitest's default, cores - 1, runs one at a time
    // there): many files spend their time waiting on a server, Chromium, pocketsphinx or a socket.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A worker keeps its imported modules from one test file to the next instead of importing
    // Parley afresh for each of the ~190 files (200 s of import in a 28-minute run). Nothing in
    // the tests mocks modules, stubs globals or the environment, or fakes timers; what Parley
    // keeps at module level are caches keyed by content. Each test file still gets its own
    // runtime, database and servers from its own set-up.
    isolate: false,
    sequence: { sequencer: SlowFilesFirst },
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
  },
});
