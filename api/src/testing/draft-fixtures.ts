import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";
import { fileURLToPath } from "node:url";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/**
 * A draft answer as a model would give it: a shipped persona and rubric under new ids, the
 * persona's knowledge apart, as `studio/draft-schema.ts` asks.
 */
type Fields = Record<string, unknown>;

export interface DraftObjects {
  persona: Fields;
  rubric: Fields;
  knowledge: Fields[];
  notes: string[];
}

/** The draft's parts as objects, to change before `asAnswer` writes them as the model would. */
export function draftObjects(): DraftObjects {
  const read = (file: string) => parse(readFileSync(path.join(REPO_ROOT, file), "utf8")) as Fields;
  const { knowledge, rubric: _rubric, ...persona } = read("personas/bank-fraud-hold.yaml");
  const rubric = read("rubrics/policy-service.yaml");
  return {
    persona: { ...persona, id: "card-hold-draft", name: "Marcus Bell (drafted)" },
    rubric: { ...rubric, id: "card-hold-service", name: "Card hold service (drafted)" },
    knowledge: knowledge as Fields[],
    notes: ["The policy does not say how long a hold lasts; assumed 24 hours."],
  };
}

/** The model's answer: each part as YAML text. */
export const asAnswer = (draft: DraftObjects) => ({
  persona: stringify(draft.persona),
  rubric: stringify(draft.rubric),
  knowledge: stringify(draft.knowledge),
  notes: draft.notes,
});

export const goodDraftAnswer = () => asAnswer(draftObjects());

/**
 * A tiny PDF with one page: `lines` of Helvetica text, or, with none, a filled rectangle and no
 * text layer (as a scanned page is to a text extractor). Offsets in the xref table are exact.
 */
export function tinyPdf(lines: string[]): Uint8Array {
  const escape = (line: string) => line.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = lines.length
    ? `BT /F1 12 Tf 72 720 Td 14 TL ${lines.map((line) => `(${escape(line)}) '`).join(" ")} ET`
    : "0 0 1 rg 72 600 200 100 re f";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}
