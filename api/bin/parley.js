#!/usr/bin/env node
// `npx parley`: the built CLI (dist/api/cli.js, `npm run build`) when it is current, so a command
// starts without compiling; otherwise the TypeScript source through tsx, so it works with no build.
import { staleReason } from "./build-state.js";

if (staleReason("api") === null) {
  await import("../../dist/api/cli.js");
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli.ts");
}
