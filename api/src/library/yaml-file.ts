import { type Document, isMap, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { z } from "zod";

/** A problem in a persona, rubric or suite file, pointing at the line a trainer must edit. */
export interface FileIssue {
  file: string;
  line: number;
  field: string;
  message: string;
}

export type FileParseResult<T> = { ok: true; value: T } | { ok: false; issues: FileIssue[] };

/** `personas/x.yaml:14: mood.start must be between 0 and 10` */
export function formatIssue(issue: FileIssue): string {
  const where = issue.field ? `${issue.field} ` : "";
  return `${issue.file}:${issue.line}: ${where}${issue.message}`.replace(/ {2,}/g, " ");
}

const MAX_SOURCE_BYTES = 256 * 1024;
/** Far deeper than any persona, rubric or suite; the YAML parser and zod recurse. */
export const MAX_YAML_DEPTH = 64;
const TOO_DEEP = `YAML is nested more than ${MAX_YAML_DEPTH} levels deep; no persona, rubric or suite needs that many`;
const isStackOverflow = (error: unknown) => error instanceof RangeError && /call stack/i.test(error.message);

/**
 * Parses YAML text and validates it with a zod schema. Every problem comes back with the line
 * of the field it concerns (or its nearest existing parent when the field is missing).
 */
export function parseYamlWithSchema<S extends z.ZodType>(
  source: string,
  file: string,
  schema: S,
): FileParseResult<z.infer<S>> {
  if (Buffer.byteLength(source, "utf8") > MAX_SOURCE_BYTES) {
    return fail(file, 1, "", `file is larger than ${MAX_SOURCE_BYTES / 1024} KiB`);
  }
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    if (isStackOverflow(error)) return fail(file, 1, "", TOO_DEEP);
    throw error;
  }
  if (doc.errors.some((error) => /call stack/i.test(error.message))) return fail(file, 1, "", TOO_DEEP);
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => ({
        file,
        line: lineCounter.linePos(error.pos[0]).line,
        field: "",
        message: `YAML syntax: ${firstLine(error.message)}`,
      })),
    };
  }
  let data: unknown;
  try {
    // Alias expansion is capped so a "billion laughs" file cannot exhaust memory.
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    if (isStackOverflow(error)) return fail(file, 1, "", TOO_DEEP);
    return fail(file, 1, "", `YAML: ${firstLine(error instanceof Error ? error.message : String(error))}`);
  }
  if (depthOf(data) > MAX_YAML_DEPTH) return fail(file, 1, "", TOO_DEEP);
  const parsed = schema.safeParse(data ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      return {
        file,
        line: lineOf(doc, lineCounter, path),
        field: path.join("."),
        message: issue.message,
      };
    }),
  };
}

/** How deeply arrays and objects nest in `value` (iterative: a deep value costs a loop, not the stack). */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== "object") continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_YAML_DEPTH) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function fail(file: string, line: number, field: string, message: string): { ok: false; issues: FileIssue[] } {
  return { ok: false, issues: [{ file, line, field, message }] };
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? text;
}

/** The line of `path` (e.g. `["criteria", 0, "signals"]`) in YAML text, or of its nearest existing parent. */
export function lineOfPath(source: string, path: (string | number)[]): number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  return lineOf(doc, lineCounter, path);
}

/** The line of the deepest node on `path` that exists in the document. */
function lineOf(doc: Document, counter: LineCounter, path: (string | number)[]): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(segment));
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return counter.linePos(offset).line;
}

function keyText(key: unknown): string | undefined {
  if (key && typeof key === "object" && "value" in key) return String((key as { value: unknown }).value);
  return key === null || key === undefined ? undefined : String(key);
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
