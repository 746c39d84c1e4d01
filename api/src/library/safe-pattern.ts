import { RE2JS } from "re2js";
import { boundedMemo } from "../conversation/bounded-memo";

/**
 * A trainer's pattern, compiled for RE2 (re2js, pure JS): matching time grows linearly with the
 * text, so a pattern such as `/(a+)+$/` cannot stall the server the way a backtracking engine can.
 * RE2 has no backreferences or lookaround; such patterns are refused when a file is checked.
 */
export interface SafePattern {
  /** The pattern's source as written between the slashes. */
  readonly source: string;
  test(text: string): boolean;
  /** The first match in `text`, or null. */
  find(text: string): string | null;
}

const FLAG_BITS: Record<string, number> = { i: RE2JS.CASE_INSENSITIVE, s: RE2JS.DOTALL, m: RE2JS.MULTILINE };
const REFUSED_FLAGS = /[^gimsuy]/;

// Compiled patterns are immutable (a matcher is made per search), and grading asks for the same
// rubric and persona patterns on every turn: compiling one costs far more than matching it.
// A pattern that does not compile throws and is not remembered.
const compiled = boundedMemo(
  2_000,
  ({ source, flags }: { source: string; flags: string }) => compileUncached(source, flags),
  ({ source, flags }) => `${flags}/${source}`,
);

/** Compiles a JavaScript-style pattern on RE2. Throws an Error with a reason a trainer can act on. */
export function compileSafePattern(source: string, flags: string): SafePattern {
  return compiled({ source, flags });
}

function compileUncached(source: string, flags: string): SafePattern {
  const unknown = REFUSED_FLAGS.exec(flags);
  if (unknown) throw new Error(`flag "${unknown[0]}" is not supported (use i, m or s)`);
  if (/\\[1-9]|\\k</.test(source))
    throw new Error("uses a backreference, which Parley's linear-time pattern engine (RE2) cannot run");
  if (/\(\?<?[=!]/.test(source))
    throw new Error("uses lookahead or lookbehind, which Parley's linear-time pattern engine (RE2) cannot run");
  let bits = 0;
  for (const flag of flags) bits |= FLAG_BITS[flag] ?? 0;
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(RE2JS.translateRegExp(source), bits);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.replace(/^error parsing regexp: /, ""), { cause: error });
  }
  return {
    source,
    test: (text) => compiled.matcher(text).find(),
    find: (text) => {
      const matcher = compiled.matcher(text);
      return matcher.find() ? matcher.group() : null;
    },
  };
}
