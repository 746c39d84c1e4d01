import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

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
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
  },
});
