/**
 * Writes api/src/testing/chat-templates.json: the Jinja chat templates of the open models Parley's
 * requests are checked against (Llama 3.1/3.2, Qwen 2.5, Mistral 7B, Gemma 2, Phi 3/3.5), taken from
 * the `gguf` field of @huggingface/ollama-utils' chat-template map (the templates those models ship).
 *
 *   node --import tsx tools/extract-chat-templates.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const MODELS = [
  "library/llama3.1:8b",
  "library/llama3.2:3b",
  "library/qwen2.5:0.5b",
  "library/mistral:7b-instruct-fp16",
  "library/gemma2:2b",
  "library/phi3:3.8b",
  "library/phi3.5:3.8b",
];

const require = createRequire(import.meta.url);
// The package exports only its entry point; its folder is two levels above that (dist/index.js).
// Its template map is not exported, but its TypeScript source ships with it: imported, not scraped
// (a pattern over the source once took the next model's template wherever a string was single-quoted).
const pkg = path.resolve(path.dirname(require.resolve("@huggingface/ollama-utils")), "..");
const version = (JSON.parse(readFileSync(path.join(pkg, "package.json"), "utf8")) as { version: string }).version;
const { OLLAMA_CHAT_TEMPLATE_MAPPING } = (await import(
  pathToFileURL(path.join(pkg, "src", "chat-template-automap.ts")).href
)) as { OLLAMA_CHAT_TEMPLATE_MAPPING: { model: string; gguf: string }[] };

const templates: Record<string, string> = {};
for (const model of MODELS) {
  const entry = OLLAMA_CHAT_TEMPLATE_MAPPING.find((candidate) => candidate.model === model);
  if (!entry) throw new Error(`${model} is not in @huggingface/ollama-utils ${version}`);
  templates[model.replace("library/", "")] = entry.gguf;
}
const out = path.join(import.meta.dirname, "..", "api", "src", "testing", "chat-templates.json");
writeFileSync(out, `${JSON.stringify({ source: `@huggingface/ollama-utils ${version}`, templates }, null, 2)}\n`);
console.log(`wrote ${Object.keys(templates).length} templates to ${path.relative(process.cwd(), out)}`);
