/**
 * Re-records evals/recordings/ for Parley's own replay test, against the fake OpenAI-compatible
 * server and its scripted stand-in model (see scripted-responder.ts). Run after changing a prompt,
 * a persona, a rubric or a suite:
 *
 *   node --import tsx tools/record-shipped.ts
 */
import path from "node:path";
import { evalCommand } from "../api/src/cli/eval-command";
import { loadLibrary } from "../api/src/library/load-library";
import { startFakeOpenAI } from "../api/src/testing/fake-openai-server";
import { REPO_ROOT } from "../api/src/testing/test-runtime";
import {
  FAKE_RECORDING_PORT,
  SHIPPED_REPLAY_ENV,
  scriptedResponder,
} from "../api/src/testing/evals/scripted-responder";

/** `env`: the environment the run starts from (the script's own); the fake endpoint's settings go on top. */
export async function recordShipped(
  recordings: string,
  out: (line: string) => void,
  env: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  const library = await loadLibrary(REPO_ROOT);
  const fake = await startFakeOpenAI({ port: FAKE_RECORDING_PORT, defaultChat: scriptedResponder(library) });
  try {
    return await evalCommand(
      {
        paths: [path.join(REPO_ROOT, "evals")],
        root: REPO_ROOT,
        record: true,
        replay: false,
        repeat: 1,
        recordings,
        store: false,
        env: { ...env, ...SHIPPED_REPLAY_ENV, OPENAI_API_KEY: "not-needed", PARLEY_MODEL_RETRIES: "0" },
      },
      out,
    );
  } finally {
    await fake.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const code = await recordShipped(
    path.join(REPO_ROOT, "evals", "recordings"),
    (line) => process.stdout.write(`${line}\n`),
    process.env,
  );
  process.exitCode = code;
}
