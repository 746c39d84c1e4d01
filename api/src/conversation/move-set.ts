import type { RepMove } from "./moves";

/**
 * The moves the rules find in a sentence, remembering those they took back on purpose ("because"
 * inside a judged situation is no account; a jargon explanation explains nothing): a reader built
 * on top of the rules (learned-reader.ts) adds only where the rules were silent, never what they withdrew.
 */
export class MoveSet extends Set<RepMove> {
  readonly withdrawn = new Set<RepMove>();

  override delete(move: RepMove): boolean {
    const had = super.delete(move);
    if (had) this.withdrawn.add(move);
    return had;
  }
}
