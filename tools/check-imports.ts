// Import-structure check for the API, plus a file-length limit for api/src and web/src.
//
//   node --import tsx tools/check-imports.ts [--max-lines N]
//
// (a) no cycle among the value imports of api/src's non-test files;
// (b) no cycle between api/src's top-level folders (auth, db, …; each file directly in api/src is its own node);
// (c) no production file (not a test, not a testing/ helper) in api/src or web/src over MAX_LINES lines.
// Type-only imports (`import type`, `export type`, `import { type A, type B }`) are not edges: they vanish at run time.
// Static imports, `export … from` and dynamic `import("…")` are. Only relative specifiers are followed.
// Exits 1 and prints each problem when any check fails.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export const MAX_LINES = 300;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const API_SRC = "api/src";
const LINE_CHECKED = ["api/src", "web/src"];

/** File → the files it imports (values only). Node names are paths relative to some root, with "/" separators. */
export type Graph = Map<string, Set<string>>;

const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const isTestingHelper = (file: string) => /(^|\/)testing\//.test(file);
const isSource = (file: string) => /\.tsx?$/.test(file) && !file.endsWith(".d.ts");

/** The module specifiers a file imports as values (see the header for what counts). */
export function valueImports(source: string, fileName = "file.ts"): string[] {
  const kind = fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, kind);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!isTypeOnlyImport(node)) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!isTypeOnlyExport(node)) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      !node.isTypeOnly &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push(node.moduleReference.expression.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // `import "./x"`: run for its effects
  if (clause.isTypeOnly) return true;
  if (clause.name) return false; // a default import is a value
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return false;
  return bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  if (!clause || !ts.isNamedExports(clause)) return false; // `export * from`, `export * as ns from`
  return clause.elements.length > 0 && clause.elements.every((element) => element.isTypeOnly);
}

/** Where a relative specifier from `from` lands among `files` (.ts, .tsx, index.ts, index.tsx), or null. */
export function resolveSpecifier(from: string, specifier: string, files: ReadonlySet<string>): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const withoutJs = base.replace(/\.js$/, "");
  for (const candidate of [base, `${withoutJs}.ts`, `${withoutJs}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (files.has(candidate)) return candidate;
  }
  return null;
}

/** The value-import graph among `sources` (file → text); imports of files outside `sources` are dropped. */
export function buildGraph(sources: ReadonlyMap<string, string>): Graph {
  const files = new Set(sources.keys());
  const graph: Graph = new Map();
  for (const [file, text] of sources) {
    const targets = new Set<string>();
    for (const specifier of valueImports(text, file)) {
      const target = resolveSpecifier(file, specifier, files);
      if (target) targets.add(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** A file's node in the folder graph: its top-level folder under the root, or the file itself when it sits in the root. */
export function folderOf(file: string): string {
  const slash = file.indexOf("/");
  return slash === -1 ? file : file.slice(0, slash);
}

/** The graph between folders (as `folderOf` names them); edges inside one folder are dropped. */
export function folderGraph(graph: Graph, nodeOf: (file: string) => string = folderOf): Graph {
  const folders: Graph = new Map();
  for (const [file, targets] of graph) {
    const from = nodeOf(file);
    const edges = folders.get(from) ?? new Set<string>();
    folders.set(from, edges);
    for (const target of targets) {
      const to = nodeOf(target);
      if (to !== from) edges.add(to);
    }
  }
  return folders;
}

/** For each hop of a folder cycle, one file-level import that makes it (e.g. "evals/x.ts -> db/y.ts"). */
export function witnesses(graph: Graph, cycle: string[], nodeOf: (file: string) => string = folderOf): string[] {
  const hops: string[] = [];
  for (let i = 0; i + 1 < cycle.length; i++) {
    const [from, to] = [cycle[i], cycle[i + 1]];
    const edge = [...graph]
      .filter(([file]) => nodeOf(file) === from)
      .flatMap(([file, targets]) =>
        [...targets].filter((target) => nodeOf(target) === to).map((target) => `${file} -> ${target}`),
      )
      .sort()[0];
    if (edge) hops.push(edge);
  }
  return hops;
}

/** Strongly connected components (Tarjan), each sorted; only those that hold a cycle (size > 1, or a self-import). */
export function cyclicComponents(graph: Graph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];

  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.has(node)) components.push(component.sort());
    }
  };

  for (const node of [...graph.keys()].sort()) if (!index.has(node)) connect(node);
  return components.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** The shortest path from `start` back to `start` inside `within`, as [start, …, start], or null. */
function shortestCycleThrough(graph: Graph, start: string, within: ReadonlySet<string>): string[] | null {
  const previous = new Map<string, string>();
  const queue: string[] = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      if (!within.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = previous.get(at)) path.push(at);
        path.push(start);
        return path.reverse();
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return null;
}

/**
 * The cycles to report: for every node in a cycle, the shortest cycle through it, each cycle once
 * (so every file or folder caught in a cycle appears in at least one, without listing every cycle there is).
 * Each cycle is [a, b, …, a], rotated to start at its smallest name.
 */
export function findCycles(graph: Graph): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  for (const component of cyclicComponents(graph)) {
    const within = new Set(component);
    for (const node of component) {
      const cycle = shortestCycleThrough(graph, node, within);
      if (!cycle) continue;
      const ring = cycle.slice(0, -1);
      const smallest = ring.indexOf([...ring].sort()[0]!);
      const rotated = [...ring.slice(smallest), ...ring.slice(0, smallest)];
      const key = rotated.join("\0");
      if (seen.has(key)) continue;
      seen.add(key);
      cycles.push([...rotated, rotated[0]!]);
    }
  }
  return cycles;
}

/** The files of `sources` longer than `limit` lines, longest first. */
export function overLimit(sources: ReadonlyMap<string, string>, limit: number): { file: string; lines: number }[] {
  const long: { file: string; lines: number }[] = [];
  for (const [file, text] of sources) {
    const lines = text.endsWith("\n") ? text.split("\n").length - 1 : text.split("\n").length;
    if (lines > limit) long.push({ file, lines });
  }
  return long.sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
}

function listSources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir))) {
    const relative = `${dir}/${entry}`;
    if (statSync(path.join(ROOT, relative)).isDirectory()) out.push(...listSources(relative));
    else if (isSource(relative)) out.push(relative);
  }
  return out;
}

function readAll(files: string[], stripPrefix = ""): Map<string, string> {
  return new Map(files.map((file) => [file.slice(stripPrefix.length), readFileSync(path.join(ROOT, file), "utf8")]));
}

function main(argv: string[]): number {
  const flag = argv.indexOf("--max-lines");
  const maxLines = flag === -1 ? MAX_LINES : Number(argv[flag + 1]);
  if (!Number.isInteger(maxLines) || maxLines <= 0) {
    console.error("--max-lines needs a positive whole number");
    return 2;
  }

  const apiFiles = listSources(API_SRC).filter((file) => !isTest(file));
  const graph = buildGraph(readAll(apiFiles, `${API_SRC}/`));
  const fileCycles = findCycles(graph);
  const folderCycles = findCycles(folderGraph(graph));
  const production = LINE_CHECKED.flatMap(listSources).filter((file) => !isTest(file) && !isTestingHelper(file));
  const long = overLimit(readAll(production), maxLines);

  const edges = [...graph.values()].reduce((sum, targets) => sum + targets.size, 0);
  console.log(
    `check-imports: ${graph.size} files and ${edges} value imports in ${API_SRC}; ${production.length} production files line-checked.`,
  );
  if (fileCycles.length > 0) {
    console.log(`\n${fileCycles.length} file-level import cycle(s) in ${API_SRC}:`);
    for (const cycle of fileCycles) console.log(`  ${cycle.join(" -> ")}`);
  }
  if (folderCycles.length > 0) {
    console.log(`\n${folderCycles.length} folder-level import cycle(s) in ${API_SRC}:`);
    for (const cycle of folderCycles) {
      console.log(`  ${cycle.join(" -> ")}`);
      for (const hop of witnesses(graph, cycle)) console.log(`      (${hop})`);
    }
  }
  if (long.length > 0) {
    console.log(`\n${long.length} production file(s) over ${maxLines} lines:`);
    for (const { file, lines } of long) console.log(`  ${file} (${lines})`);
  }
  const failed = fileCycles.length > 0 || folderCycles.length > 0 || long.length > 0;
  console.log(failed ? "\ncheck-imports: FAILED" : "check-imports: ok (no cycles, no file too long)");
  return failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
