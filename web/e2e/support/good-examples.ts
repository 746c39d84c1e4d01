import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { REPO_ROOT } from "./paths";

/**
 * The rep's lines of each shipped good example (examples/*-good.yaml), by the customer's name: lines
 * that fit that customer and pass its rubric offline (`parley lint` checks each file's grade).
 */
export function goodLinesByCustomer(): Record<string, readonly string[]> {
  const lines: Record<string, readonly string[]> = {};
  const folder = path.join(REPO_ROOT, "examples");
  for (const file of readdirSync(folder).filter((name) => name.endsWith("-good.yaml"))) {
    const example = parse(readFileSync(path.join(folder, file), "utf8")) as {
      persona: string;
      turns: { rep?: string }[];
    };
    const persona = parse(readFileSync(path.join(REPO_ROOT, "personas", `${example.persona}.yaml`), "utf8")) as {
      name: string;
    };
    lines[persona.name] = example.turns.flatMap((turn) => (turn.rep ? [turn.rep] : []));
  }
  return lines;
}
