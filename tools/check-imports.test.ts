import { describe, expect, it } from "vitest";
import {
  buildGraph,
  cyclicComponents,
  findCycles,
  folderGraph,
  folderOf,
  type Graph,
  overLimit,
  resolveSpecifier,
  valueImports,
  witnesses,
} from "./check-imports";

const graphOf = (edges: Record<string, string[]>): Graph =>
  new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

describe("valueImports", () => {
  it("keeps value imports, re-exports, side-effect and dynamic imports", () => {
    const source = [
      'import a from "./a";',
      'import { b, type B } from "./b";',
      'import * as c from "./c";',
      'import "./d";',
      'import {} from "./e";',
      'export { f } from "./f";',
      'export * from "./g";',
      'export * as h from "./h";',
      'const i = await import("./i");',
    ].join("\n");
    expect(valueImports(source)).toEqual(["./a", "./b", "./c", "./d", "./e", "./f", "./g", "./h", "./i"]);
  });

  it("skips type-only imports and exports", () => {
    const source = [
      'import type { A } from "./a";',
      'import { type B, type C } from "./b";',
      'export type { D } from "./d";',
      'export { type E } from "./e";',
      'export type * from "./f";',
      'let g: import("./g").G;',
    ].join("\n");
    expect(valueImports(source)).toEqual([]);
  });

  it("reads .tsx", () => {
    expect(valueImports('import { X } from "./x";\nexport const y = <X />;', "y.tsx")).toEqual(["./x"]);
  });
});

describe("resolveSpecifier", () => {
  const files = new Set(["a.ts", "dir/b.tsx", "dir/index.ts", "dir/sub/c.ts"]);
  it("finds .ts, .tsx and index.ts; ignores packages and files outside the set", () => {
    expect(resolveSpecifier("dir/sub/c.ts", "../../a", files)).toBe("a.ts");
    expect(resolveSpecifier("a.ts", "./dir/b", files)).toBe("dir/b.tsx");
    expect(resolveSpecifier("a.ts", "./dir", files)).toBe("dir/index.ts");
    expect(resolveSpecifier("a.ts", "./dir/sub/c.ts", files)).toBe("dir/sub/c.ts");
    expect(resolveSpecifier("a.ts", "./dir/sub/c.js", files)).toBe("dir/sub/c.ts");
    expect(resolveSpecifier("a.ts", "zod", files)).toBeNull();
    expect(resolveSpecifier("a.ts", "./missing", files)).toBeNull();
  });
});

describe("buildGraph", () => {
  it("links files through their value imports only", () => {
    const graph = buildGraph(
      new Map([
        ["app.ts", 'import { routes } from "./routes/index";\nimport type { Db } from "./db/client";'],
        ["routes/index.ts", 'import { open } from "../db/client";\nimport { z } from "zod";'],
        ["db/client.ts", 'import type { App } from "../app";'],
      ]),
    );
    expect(graph).toEqual(
      graphOf({ "app.ts": ["routes/index.ts"], "routes/index.ts": ["db/client.ts"], "db/client.ts": [] }),
    );
  });
});

describe("cycles", () => {
  it("finds none in a tree or a diamond", () => {
    const diamond = graphOf({ a: ["b", "c"], b: ["d"], c: ["d"], d: [] });
    expect(cyclicComponents(diamond)).toEqual([]);
    expect(findCycles(diamond)).toEqual([]);
  });

  it("finds a two-file cycle and a self-import, each once", () => {
    const graph = graphOf({ "b.ts": ["a.ts"], "a.ts": ["b.ts"], "c.ts": ["c.ts", "a.ts"] });
    expect(cyclicComponents(graph)).toEqual([["a.ts", "b.ts"], ["c.ts"]]);
    expect(findCycles(graph)).toEqual([
      ["a.ts", "b.ts", "a.ts"],
      ["c.ts", "c.ts"],
    ]);
  });

  it("gives every node of a component the shortest cycle through it", () => {
    // a -> b -> c -> a and a -> d -> a: one component, two cycles.
    const graph = graphOf({ a: ["b", "d"], b: ["c"], c: ["a"], d: ["a"], e: ["a"] });
    expect(cyclicComponents(graph)).toEqual([["a", "b", "c", "d"]]);
    expect(findCycles(graph)).toEqual([
      ["a", "d", "a"],
      ["a", "b", "c", "a"],
    ]);
  });
});

describe("folder graph", () => {
  it("names a file by its top-level folder, or itself at the root", () => {
    expect(folderOf("auth/passwords.ts")).toBe("auth");
    expect(folderOf("voice/audio/wav.ts")).toBe("voice");
    expect(folderOf("config.ts")).toBe("config.ts");
  });

  it("finds a folder cycle that no file cycle shows, with the imports that make it", () => {
    const files = graphOf({
      "db/store.ts": ["evals/summary.ts"],
      "evals/summary.ts": [],
      "evals/run.ts": ["db/budget.ts", "evals/summary.ts"],
      "db/budget.ts": [],
      "app.ts": ["db/store.ts"],
    });
    expect(findCycles(files)).toEqual([]);
    const folders = folderGraph(files);
    expect(folders).toEqual(graphOf({ db: ["evals"], evals: ["db"], "app.ts": ["db"] }));
    const cycles = findCycles(folders);
    expect(cycles).toEqual([["db", "evals", "db"]]);
    expect(witnesses(files, cycles[0]!)).toEqual(["db/store.ts -> evals/summary.ts", "evals/run.ts -> db/budget.ts"]);
  });
});

describe("overLimit", () => {
  it("lists files over the limit, longest first", () => {
    const lines = (n: number) => "x\n".repeat(n);
    const sources = new Map([
      ["ok.ts", lines(3)],
      ["long.ts", lines(4)],
      ["longer.ts", `${lines(4)}x`],
    ]);
    expect(overLimit(sources, 3)).toEqual([
      { file: "longer.ts", lines: 5 },
      { file: "long.ts", lines: 4 },
    ]);
  });
});
