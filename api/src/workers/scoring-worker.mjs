// A piscina worker's entry point. Plain JavaScript on purpose: a worker thread starts without the
// parent's TypeScript loader under vitest, and with it under `node --import tsx`; tsImport loads
// the TypeScript task the same way in both.
import { tsImport } from "tsx/esm/api";

const { scoreOffline } = await tsImport("./scoring-task.ts", import.meta.url);

export default scoreOffline;
