/**
 * Prints the offline recogniser's word error rate and speed on espeak-ng clips, generic vs domain
 * language model:  node --import tsx api/src/voice/measure/offline-wer-report.ts [voice ...] [--verbose]
 * (default voices: en-us+f5 en). Needs espeak-ng, sox, pocketsphinx and pocketsphinx-en-us.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { clipMaker, missingTools, skipMessage } from "../testing/clips";
import { WER_SENTENCES } from "../testing/wer-sentences";
import { formatWerTable, measureOfflineWer } from "./offline-wer";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

const missing = missingTools("espeak", "sox", "pocketsphinx");
if (missing.length > 0) {
  console.log(skipMessage("the WER report", missing));
  process.exit(1);
}
const named = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const voices = named.length > 0 ? named : ["en-us+f5", "en"];
const cacheDir = mkdtempSync(path.join(tmpdir(), "parley-lm-"));
for (const voice of voices) {
  const clips = clipMaker();
  const rows = await measureOfflineWer({
    clips,
    libraryRoot: REPO_ROOT,
    cacheDir,
    sets: WER_SENTENCES,
    languageModels: ["generic", "domain"],
    voice,
    wordsPerMinute: 150,
  });
  console.log(`${formatWerTable(rows, voice)}\n`);
  if (process.argv.includes("--verbose")) {
    for (const row of rows) {
      for (const s of row.samples)
        console.log(`${row.languageModel}\t${s.wer.toFixed(2)}\t${s.reference}\t| ${s.heard}`);
    }
  }
  clips.remove();
}
rmSync(cacheDir, { recursive: true, force: true });
