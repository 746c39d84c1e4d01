import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../testing/test-runtime";
import { formatWerTable, measureOfflineWer } from "../measure/offline-wer";
import { clipMaker, missingTools, skipMessage } from "../testing/clips";
import { WER_SENTENCES } from "../testing/wer-sentences";
import { pooledWer, wordErrors } from "../wer";

const missing = missingTools("espeak", "sox", "pocketsphinx");
if (missing.length > 0) console.log(skipMessage("offline speech recognition accuracy", missing));

/**
 * The measured figure, not an assumption: word error rate of pocketsphinx on espeak-ng clips,
 * with Parley's domain language model, and with the package's generic one on half of them (it is
 * about six times slower). The full table: `node --import tsx api/src/voice/measure/offline-wer-report.ts`.
 */
describe.skipIf(missing.length > 0)("offline speech recognition accuracy (pocketsphinx, espeak-ng clips)", () => {
  const clips = clipMaker();
  const cacheDir = mkdtempSync(path.join(tmpdir(), "parley-lm-"));
  afterAll(() => {
    clips.remove();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it("recognises unseen domain sentences far better with the domain language model", async () => {
    const voice = "en-us+f5";
    const sample = WER_SENTENCES.unseen.filter((_, i) => i % 2 === 0);
    const [domain] = await measureOfflineWer({
      clips,
      libraryRoot: REPO_ROOT,
      cacheDir,
      sets: { unseen: WER_SENTENCES.unseen },
      languageModels: ["domain"],
      voice,
      wordsPerMinute: 150,
    });
    const generic = await measureOfflineWer({
      clips,
      libraryRoot: REPO_ROOT,
      cacheDir,
      sets: { "unseen, every 2nd": sample },
      languageModels: ["generic"],
      voice,
      wordsPerMinute: 150,
    });
    // The domain model's figure on the generic model's half: its own transcripts of those same clips
    // (decoding is deterministic), not a second decode of them.
    const heard = new Map(domain?.samples.map((s) => [s.reference, s.heard]));
    const domainSample = pooledWer(sample.map((sentence) => wordErrors(sentence, heard.get(sentence) ?? "")));
    console.log(formatWerTable([...(domain ? [domain] : []), ...generic], voice));
    console.log(`domain language model on unseen, every 2nd: WER ${(domainSample * 100).toFixed(1)}%`);
    expect(domain?.wer).toBeLessThan(0.4);
    expect(domainSample).toBeLessThan(generic[0]?.wer ?? 0);
    expect(domain?.realTimeFactor).toBeLessThan(1);
  }, 240_000);
});
