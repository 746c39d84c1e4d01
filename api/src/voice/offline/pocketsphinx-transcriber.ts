import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Recording } from "../audio/inspect-audio";
import { buildDomainLm, type DomainLm } from "../lm/domain-lm";
import { createFairQueue } from "../../fair-queue";
import { type CallScenario, type TranscribeContext, type Transcriber, TranscriberError } from "../transcriber";

/** Scenario models kept in memory at once (each is a few hundred kilobytes). */
const MAX_MODELS = 64;
import { parseHypseg } from "./pocketsphinx-output";
import { toRecogniserPcm } from "./to-recogniser-pcm";
import { hasCommand, runTool, TOOLS, ToolError } from "./tools";
import { languageName, offlineSupports } from "../../library/language";

/** Where Debian's pocketsphinx-en-us puts its acoustic model, dictionary and generic language model. */
export const DEBIAN_MODEL_DIR = "/usr/share/pocketsphinx/model/en-us";

export interface PocketsphinxOptions {
  /** `domain`: a language model built from Parley's own text (the default); `generic`: the package's en-us model. */
  languageModel: "domain" | "generic";
  libraryRoot: string;
  /** Where the domain model's files are written (and reused). */
  cacheDir: string;
  modelDir?: string;
  /** The decoder's command (default `pocketsphinx_batch`). */
  command?: string;
  timeoutMs?: number;
  /** How many recordings are recognised at once (default: one per core); the rest wait their turn. */
  concurrency?: number;
}

/**
 * Offline speech to text with Debian's pocketsphinx, one child process per recording. Nothing is
 * downloaded: the acoustic model comes with the package, and the domain language model is built
 * locally from Parley's files the first time it is needed.
 *
 * `pocketsphinx_batch` rather than `_continuous`: it normalises the cepstra over the whole
 * recording (`-cmn current`), where the live decoder starts each file from a fixed prior; on
 * short clips that alone cuts the word error rate by about a third (see README.md).
 */
export function createPocketsphinxTranscriber(
  options: PocketsphinxOptions,
): Transcriber & { domainLm(): Promise<DomainLm | null> } {
  const modelDir = options.modelDir ?? DEBIAN_MODEL_DIR;
  const acousticModel = path.join(modelDir, "en-us");
  const pronunciationFile = path.join(modelDir, "cmudict-en-us.dict");
  const model = `pocketsphinx-en-us+${options.languageModel}-lm`;
  const command = options.command ?? TOOLS.pocketsphinx;
  // Each recognition is a CPU-bound child process: more at once than there are cores only makes
  // every rep wait longer, and an unbounded number is a way to exhaust the server. The rest wait
  // taking turns between users, so one rep's pile of recordings never holds up another's one
  // (how many a rep may send is the turn rate limit's job, so none is refused here).
  const recognisers = createFairQueue({
    concurrency: options.concurrency ?? Math.max(1, availableParallelism()),
    maxWaitingPerKey: Number.POSITIVE_INFINITY,
  });
  // One model per scenario (and one for the whole library), built on first use; the files are
  // cached on disk by content, so a restart reuses them.
  const models = new Map<string, Promise<DomainLm>>();
  const domainLm = (scenario: CallScenario | null = null) => {
    const key = scenario ? `${scenario.personaId}\u0000${scenario.rubricId}` : "";
    let lm = models.get(key);
    if (!lm) {
      const building = buildDomainLm({
        libraryRoot: options.libraryRoot,
        scenario,
        pronunciationFile,
        cacheDir: options.cacheDir,
      });
      building.catch(() => {
        if (models.get(key) === building) models.delete(key); // try again next time
      });
      if (models.size >= MAX_MODELS) models.delete(models.keys().next().value ?? "");
      models.set(key, building);
      lm = building;
    }
    return lm;
  };

  const unavailable = (): string | null => {
    if (!hasCommand(command)) {
      return "Offline speech recognition needs Debian's pocketsphinx (apt-get install pocketsphinx pocketsphinx-en-us); type the turn instead.";
    }
    if (!existsSync(acousticModel) || !existsSync(pronunciationFile)) {
      return `Offline speech recognition needs the en-us model in ${modelDir} (apt-get install pocketsphinx-en-us).`;
    }
    return null;
  };

  return {
    engine: "offline",
    model,
    unavailable,
    domainLm: async () => (options.languageModel === "domain" && unavailable() === null ? domainLm() : null),

    async transcribe(recording: Recording, context: TranscribeContext) {
      const missing = unavailable();
      if (missing) throw new TranscriberError("stt_unavailable", missing);
      const language = context.scenario?.language;
      if (language && !offlineSupports(language))
        throw new TranscriberError(
          "stt_unavailable",
          `The offline speech recogniser hears English only and this call is in ${languageName(language)}: type the turn, or set PARLEY_STT_ENGINE=model.`,
        );
      const whose = context.userId ?? context.sessionId ?? "";
      return recognisers.run(whose, () => recognise(recording, context.scenario ?? null));
    },
  };

  async function recognise(recording: Recording, scenario: CallScenario | null) {
    const started = performance.now();
    const languageArgs =
      options.languageModel === "domain"
        ? await domainLm(scenario).then(({ lmFile, dictFile }) => ["-lm", lmFile, "-dict", dictFile])
        : ["-lm", path.join(modelDir, "en-us.lm.bin"), "-dict", pronunciationFile];
    const input = await toRecogniserPcm(recording);
    try {
      const control = path.join(input.dir, "control");
      const segments = path.join(input.dir, "hypseg");
      await writeFile(control, `${input.id}\n`);
      await runTool(
        command,
        [
          "-hmm",
          acousticModel,
          ...languageArgs,
          "-adcin",
          "yes",
          "-adchdr",
          "0",
          "-cepdir",
          input.dir,
          "-cepext",
          ".raw",
          "-ctl",
          control,
          "-cmn",
          "current",
          "-fwdflat",
          "no",
          "-hypseg",
          segments,
          "-logfn",
          "/dev/null",
        ],
        { timeoutMs: options.timeoutMs ?? Math.max(30_000, input.seconds * 5000) },
      );
      const { text, words } = parseHypseg(await readFile(segments, "utf8"));
      return {
        text,
        words,
        durationMs: Math.round(input.seconds * 1000),
        engine: "offline" as const,
        model,
        latencyMs: Math.round(performance.now() - started),
      };
    } catch (error) {
      if (error instanceof ToolError) {
        throw new TranscriberError("stt_failed", `Offline speech recognition failed: ${error.message}`, {
          cause: error,
        });
      }
      throw error;
    } finally {
      await input.cleanup();
    }
  }
}
