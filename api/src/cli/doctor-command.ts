import { parseConfig } from "../config";
import { type EndpointReport, type ProbeResult, probeEndpoint } from "../llm/probe-endpoint";
import type { StructuredMode } from "../llm/structured-format";
import { UsageError } from "./grade-command";

export interface DoctorOptions {
  model: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

const MODE_NAMES: Record<StructuredMode, string> = {
  json_schema: "json_schema (strict)",
  json_object: "json_object + schema in prompt",
  prompt: "schema in prompt only",
};

/** What a judgement with the rules, a rubric and a call needs, with the answer: below this, long calls go unscored. */
const COMFORTABLE_CONTEXT = 8192;

const mark = (result: ProbeResult) => (result.ok ? "ok  " : "FAIL");
const line = (name: string, result: ProbeResult, extra = "") =>
  `  ${name.padEnd(32)} ${mark(result)} ${String(result.latencyMs).padStart(6)} ms  ${result.detail}${extra}`;

/**
 * `parley doctor --model`: checks the configured model endpoint (OPENAI_BASE_URL, the persona and
 * grader models) and prints what works and what to set. Exit code: 0 when Parley can run on it
 * (chat, streaming and one structured-output mode for every model), 1 when it cannot.
 */
export async function doctorCommand(options: DoctorOptions, out: (line: string) => void): Promise<number> {
  if (!options.model) throw new UsageError("doctor needs --model (check the model endpoint)");
  const config = parseConfig({ ...options.env, PARLEY_ENGINE: "offline" });
  const { baseURL, apiKey, timeoutMs, personaModel, graderModel } = config.model;
  if (baseURL === undefined && apiKey === undefined)
    throw new UsageError("no model endpoint: set OPENAI_BASE_URL (a local server) or OPENAI_API_KEY");
  out(`Endpoint: ${baseURL ?? "https://api.openai.com/v1 (OPENAI_API_KEY)"}`);
  const models = [...new Set([personaModel, graderModel])];
  const reports: EndpointReport[] = [];
  for (const model of models) {
    const roles = [model === personaModel ? "persona" : "", model === graderModel ? "judge" : ""].filter(Boolean);
    out("");
    out(`Model ${model} (${roles.join(", ")})`);
    const report = await probeEndpoint({ baseURL, apiKey, timeoutMs }, model);
    reports.push(report);
    out(line("chat", report.chat));
    const first =
      report.streaming.firstTokenMs === null ? "" : ` (first words after ${report.streaming.firstTokenMs} ms)`;
    out(line("streaming (the customer's replies)", report.streaming, first));
    for (const mode of ["json_schema", "json_object", "prompt"] as const)
      out(line(`structured: ${MODE_NAMES[mode]}`, report.structured[mode]));
    out(
      `  ${"context length".padEnd(32)} ${
        report.contextTokens === null
          ? "not stated by the endpoint's model list (Ollama's default is 4096 unless num_ctx is raised)"
          : `${report.contextTokens} tokens`
      }`,
    );
  }

  out("");
  out("What to set:");
  const usable = (report: EndpointReport) =>
    report.chat.ok && report.streaming.ok && Object.values(report.structured).some((result) => result.ok);
  for (const report of reports) {
    if (!usable(report)) {
      const reason = !report.chat.ok
        ? `chat failed (${report.chat.detail})`
        : !report.streaming.ok
          ? `streaming failed (${report.streaming.detail})`
          : "no structured-output mode gave a valid answer";
      out(`  ${report.model}: will not work: ${reason}.`);
      continue;
    }
    const mode = (["json_schema", "json_object", "prompt"] as const).find((m) => report.structured[m].ok);
    out(
      mode === "json_schema"
        ? `  ${report.model}: works; strict json_schema structured output.`
        : `  ${report.model}: works; Parley falls back to ${MODE_NAMES[mode ?? "prompt"]} by itself after the first refusal (nothing to set).`,
    );
    const context = report.contextTokens;
    if (context !== null) out(`  PARLEY_MODEL_CONTEXT_TOKENS=${context}`);
    else
      out(`  PARLEY_MODEL_CONTEXT_TOKENS=<the context your server runs ${report.model} with> (not discoverable here)`);
    if (context !== null && context < COMFORTABLE_CONTEXT)
      out(
        `  ${report.model}: a ${context}-token context is tight: raise it (Ollama: num_ctx) to ${COMFORTABLE_CONTEXT} or more for long calls.`,
      );
  }
  out(`  OPENAI_BASE_URL=${baseURL ?? "(unset: OpenAI)"}`);
  out(`  PARLEY_ENGINE=model`);
  return reports.every(usable) ? 0 : 1;
}
