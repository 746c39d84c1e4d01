import validation from "xapi-validation";
import type { Statement } from "./statement-types";

// The package is CommonJS with `exports.default`: under Node's own ESM loader the default import is
// the exports object, under a bundler's interop the function itself.
const validateXapi = ((validation as unknown as { default?: typeof validation }).default ??
  validation) as typeof validation;

/**
 * What is wrong with a statement under xAPI 1.0.3, as Learning Locker's conformance-tested
 * validator (`xapi-validation`) reads it: one line per problem ("statement.result.score: ..."),
 * none when it is valid.
 */
export function statementProblems(statement: Statement | unknown): string[] {
  return validateXapi(statement).map(
    (warning) => `${warning.path.join(".")}: ${warning.constructor.name.replace(/Warning$/, "")}`,
  );
}
