import type { Engine } from "../config";
import type { PersonaReport, SeparationReport } from "../eval-runs/report-types";
import { offlineRefusal } from "../library/language";
import type { LoadedSuite } from "./load-suite";

/**
 * A persona or separation suite the offline engine cannot play (a non-English scenario) is not run
 * offline: its report holds one report-only check saying why, so `parley eval` over every suite
 * stays green offline and says plainly what it skipped. With a model engine it runs as any other.
 */
export function skippedForLanguage(loaded: LoadedSuite, engine: Engine): PersonaReport | SeparationReport | null {
  if (engine !== "offline") return null;
  if (loaded.kind !== "persona" && loaded.kind !== "separation") return null;
  const refusal =
    offlineRefusal(`Persona "${loaded.persona.id}"`, loaded.persona.language) ??
    (loaded.kind === "separation" ? offlineRefusal(`Rubric "${loaded.rubric.id}"`, loaded.rubric.language) : null);
  if (!refusal) return null;
  const checks = [{ name: "language", passed: false, reportOnly: true, detail: `not run: ${refusal}` }];
  const common = { id: loaded.suite.id, file: loaded.file, persona: loaded.persona.id, items: [], checks };
  if (loaded.kind === "persona")
    return { kind: "persona", ...common, roleAdherence: null, judgedTurns: 0, unjudgedTurns: 0, runs: [] };
  return { kind: "separation", ...common, rubric: loaded.rubric.id, criteria: [], runs: [] };
}
