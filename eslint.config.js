// ESLint flat config: js + typescript-eslint recommended (not type-checked, for speed) and the house lines.
//
// Recommended rules changed, and why:
// - @typescript-eslint/no-unused-vars: names starting with "_" (and rest siblings) are deliberate
//   placeholders (`const { report: _report, ...item }`, `for await (const _ of …)`, `(_outcome) => {}`).
// - react-hooks: only the classic rules-of-hooks + exhaustive-deps. The v7 "recommended" set adds the
//   React Compiler rules (refs, set-state-in-effect, immutability, static-components, …): they took ~14 s
//   of a ~28 s run (72 %) and flag the voice code's deliberate latest-value refs and effect resets
//   (14 findings in 7 files) whose rewrite would change behaviour.
//
// House lines (each scoped by `files` blocks below; later blocks replace a rule's options for their files,
// so every no-restricted-imports block restates the full set that applies there):
// - process.env is read only in api/src/config.ts (which passes values on) and in tooling/tests.
//   No production file outside config.ts reads it today, so no exceptions are listed.
// - the `openai` package is imported only in api/src/llm/ (and test files: the fake server's own test
//   drives it with the real SDK).
// - web/src: a feature imports no other feature; shared code (components/, lib/) imports no feature;
//   app/ (and main.tsx) is the composition layer and may import features.
// - web/src production code imports only types from api/, except api/src/conversation/ (the pure shared
//   core). Tests may import api values (e.g. to check a web constant equals the server's).
// - web/src production code uses no Node: no Node modules, globals (process, Buffer, …) or NodeJS.* types.
//   tsconfig.web.json has no Node types of its own, but `import type { AppType }` pulls the API's files and,
//   through @types/better-sqlite3, @types/node into that program, so tsc alone would not catch it.
import { builtinModules } from "node:module";
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const TESTS = ["**/*.test.ts", "**/*.test.tsx", "web/e2e/**", "api/src/testing/**", "api/src/**/testing/**"];
const TOOLING = ["*.config.ts", "*.config.js", "bench/**", "tools/**", "api/bin/**"];

const OPENAI = {
  paths: [{ name: "openai", message: "The OpenAI SDK is used only in api/src/llm/ (wrap what you need there)." }],
  patterns: [
    { group: ["openai/*"], message: "The OpenAI SDK is used only in api/src/llm/ (wrap what you need there)." },
  ],
};
const API_VALUES = {
  patterns: [
    {
      regex: "^(\\.\\./)+api/src/(?!conversation/)",
      allowTypeImports: true,
      message:
        "web/src imports only types from the API (`import type`); values come over HTTP or from api/src/conversation/.",
    },
  ],
};
const NO_EVALS = {
  patterns: [
    {
      regex: "(^|/)evals/",
      allowTypeImports: true,
      message:
        "Production code does not run the eval harness: move what both need below evals/ (library/suites, eval-runs/).",
    },
    {
      regex: "(^|/)testing/",
      allowTypeImports: true,
      message: "Production code does not depend on test support (testing/).",
    },
  ],
};
const CORE_ONLY = {
  patterns: [
    {
      regex: "^\\.\\./",
      message: "api/src/conversation/ is the shared core: it imports only its own modules (and zod).",
    },
  ],
};
const NODE_MESSAGE = "The web app runs in the browser: no Node modules, globals or types in web/src.";
const NODE_BUILTINS = {
  paths: builtinModules.filter((name) => !name.startsWith("_")).map((name) => ({ name, message: NODE_MESSAGE })),
  patterns: [{ group: ["node:*"], message: NODE_MESSAGE }],
};
const ANY_FEATURE = {
  patterns: [
    {
      regex: "(^|/)features(/|$)",
      message:
        "Shared code (components/, lib/) imports no feature: move what is shared into lib/ or components/, or pass it in from app/.",
    },
  ],
};
const FEATURE_MESSAGE =
  "A feature imports no other feature: move what is shared into lib/ or components/, or pass it in from app/.";
/** For a file `depth` folders below its feature's root: a specifier that climbs exactly to web/src/features/. */
function otherFeature(depth) {
  return {
    patterns: [
      { regex: `^(\\.\\./){${depth + 1}}(?!\\.\\./)`, message: FEATURE_MESSAGE },
      { regex: "(^|/)features/", message: FEATURE_MESSAGE },
    ],
  };
}
function restrictImports(...sets) {
  return ["error", { paths: sets.flatMap((s) => s.paths ?? []), patterns: sets.flatMap((s) => s.patterns ?? []) }];
}
const FEATURE_DEPTHS = [0, 1, 2, 3];
const featureFiles = (depth) => [`web/src/features/*/${"*/".repeat(depth)}*.{ts,tsx}`];

const ENV_MESSAGE = "Read settings in api/src/config.ts and pass them in; process.env is for config.ts and tooling.";
const ENV_SYNTAX = [
  {
    selector: "VariableDeclarator[init.name='process'] > ObjectPattern > Property[key.name='env']",
    message: ENV_MESSAGE,
  },
  {
    selector: "ImportDeclaration[source.value=/^(node:)?process$/] > ImportSpecifier[imported.name='env']",
    message: ENV_MESSAGE,
  },
];
const NODE_GLOBALS = ["process", "Buffer", "global", "require", "module", "exports", "__dirname", "__filename"];
const NODE_SYNTAX = [{ selector: "TSQualifiedName[left.name='NodeJS']", message: NODE_MESSAGE }];

export default defineConfig(
  globalIgnores(["dist/", "data/", "reports/", "api/src/db/migrations/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ["web/src/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      // `import { type A }` keeps a runtime `import {} from` under verbatimModuleSyntax: write `import type`.
      "@typescript-eslint/no-import-type-side-effects": "error",
    },
  },
  { files: ["web/e2e/**"], languageOptions: { globals: { ...globals.node, ...globals.browser } } },

  // process.env: only api/src/config.ts, tooling and tests.
  {
    ignores: ["api/src/config.ts", ...TOOLING, ...TESTS],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: ENV_MESSAGE }],
      "no-restricted-syntax": ["error", ...ENV_SYNTAX],
    },
  },
  // No Node in the web app's production code (see the header).
  {
    files: ["web/src/**/*.{ts,tsx}"],
    ignores: TESTS,
    rules: {
      "no-restricted-globals": ["error", ...NODE_GLOBALS.map((name) => ({ name, message: NODE_MESSAGE }))],
      "no-restricted-syntax": ["error", ...ENV_SYNTAX, ...NODE_SYNTAX],
    },
  },

  // Imports. Order matters: a later block replaces no-restricted-imports for the files it matches.
  { ignores: ["api/src/llm/**", ...TESTS], rules: { "no-restricted-imports": restrictImports(OPENAI) } },
  // The production path (everything in api/src but the eval runner, the CLI and test support) runs no eval harness.
  {
    files: ["api/src/**/*.ts"],
    // voice/measure is the offline recogniser's WER report: a measurement run by hand on test clips.
    ignores: [
      "api/src/llm/**",
      "api/src/evals/**",
      "api/src/cli/**",
      "api/src/cli.ts",
      "api/src/voice/measure/**",
      ...TESTS,
    ],
    rules: { "no-restricted-imports": restrictImports(OPENAI, NO_EVALS) },
  },
  // The shared core imports nothing else in api/src, and nothing from Node: the web app imports it too.
  {
    files: ["api/src/conversation/**/*.ts"],
    ignores: TESTS,
    rules: { "no-restricted-imports": restrictImports(OPENAI, NODE_BUILTINS, CORE_ONLY) },
  },
  {
    files: ["web/src/**/*.{ts,tsx}"],
    ignores: TESTS,
    rules: { "no-restricted-imports": restrictImports(OPENAI, API_VALUES, NODE_BUILTINS) },
  },
  ...FEATURE_DEPTHS.flatMap((depth) => [
    {
      files: featureFiles(depth),
      rules: { "no-restricted-imports": restrictImports(OPENAI, API_VALUES, NODE_BUILTINS, otherFeature(depth)) },
    },
    {
      files: featureFiles(depth).map((f) => f.replace("*.{ts,tsx}", "*.test.{ts,tsx}")),
      rules: { "no-restricted-imports": restrictImports(otherFeature(depth)) },
    },
  ]),
  {
    files: ["web/src/components/**/*.{ts,tsx}", "web/src/lib/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": restrictImports(OPENAI, API_VALUES, NODE_BUILTINS, ANY_FEATURE) },
  },
  {
    files: ["web/src/components/**/*.test.{ts,tsx}", "web/src/lib/**/*.test.{ts,tsx}"],
    rules: { "no-restricted-imports": restrictImports(ANY_FEATURE) },
  },
  // Stores are async (api/src/db/README.md): a store call used without `await` (a Promise in a
  // condition, a spread or a discarded statement) is a bug these type-aware rules catch. Scoped to
  // the server's code, the only code that calls stores.
  {
    files: ["api/src/**/*.ts"],
    languageOptions: { parserOptions: { project: "./tsconfig.api.json", tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: false }],
    },
  },
);
