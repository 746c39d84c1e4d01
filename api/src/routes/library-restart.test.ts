import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, startTestRuntime } from "../testing/test-runtime";

/**
 * Issue 17, item 7: a version published in the web editor stays live across restarts until the
 * file itself changes; then the file's content is the newest, live version.
 */
let root: string;
let dbPath: string;
const FILE = () => path.join(root, "personas/bill-went-up.yaml");
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "parley-restart-"));
  for (const folder of ["personas", "rubrics"])
    await cp(path.join(REPO_ROOT, folder), path.join(root, folder), { recursive: true });
  dbPath = path.join(root, "parley.db");
});

/** One start of Parley on the same database file and library folder. */
async function start() {
  return startTestRuntime({ PARLEY_DB: dbPath, PARLEY_LIBRARY: root });
}

type Detail = {
  version: number;
  origin: string;
  persona: { opening: string };
  live: { from: "file" | "editor"; file: string; fileVersion: number | null };
};
const detail = async (parley: Awaited<ReturnType<typeof start>>) =>
  (await (await parley.json("GET", "/api/personas/bill-went-up")).json()) as Detail;

describe("which source is live after a restart", () => {
  it("keeps a web edit live across restarts until the file changes, then the file", async () => {
    const first = await start();
    const fromFile = await detail(first);
    expect(fromFile.live).toEqual({ from: "file", file: "personas/bill-went-up.yaml", fileVersion: fromFile.version });
    const edited = (await readFile(FILE(), "utf8")).replace(/^opening: .*$/m, 'opening: "Edited in the web editor."');
    const saved = await first.json("PUT", "/api/personas/bill-went-up", { source: edited });
    expect(saved.status).toBe(201);
    await first.close();

    const second = await start();
    const afterRestart = await detail(second);
    expect(afterRestart).toMatchObject({
      version: fromFile.version + 1,
      origin: "api",
      persona: { opening: "Edited in the web editor." },
      live: { from: "editor", fileVersion: fromFile.version },
    });
    // A call started now uses the edit.
    const call = await second.json("POST", "/api/sessions", { personaId: "bill-went-up", mode: "exam" });
    const { session } = (await call.json()) as { session: { personaVersion: number } };
    expect(session.personaVersion).toBe(fromFile.version + 1);
    await second.close();

    // The file changes (a pull request merged): its content becomes the newest, live version.
    await writeFile(FILE(), (await readFile(FILE(), "utf8")).replace(/^opening: .*$/m, 'opening: "From git."'));
    const third = await start();
    expect(await detail(third)).toMatchObject({
      version: fromFile.version + 2,
      origin: "file:personas/bill-went-up.yaml",
      persona: { opening: "From git." },
      live: { from: "file", fileVersion: fromFile.version + 2 },
    });
    await third.close();
  });
});
