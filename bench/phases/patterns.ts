/**
 * Patterns: what Parley's own move and injection rules cost on a hostile turn. Each text is a
 * prefix that `recheck` (a ReDoS analyser) found makes some built-in rule super-linear, repeated to
 * the 4,000-character turn limit with no full stop, then read the way every rep turn is read (the
 * move reader and the instruction-attempt check). Measured in this process, no server.
 */
import { readTurn } from "../../api/src/conversation/read-turn";
import { MAX_SENTENCE_CHARS } from "../../api/src/conversation/sentences";
import { findInstructionAttempts } from "../../api/src/grading/instruction-attempts";
import type { Context } from "../context";
import { fmt } from "../report";
import { summarize } from "../stats";
import { cells } from "./turns";

const TURN_CHARS = 4000;
const ATTACK_PREFIXES = [
  "WELL BY ",
  "A TECH LL\t",
  "Y'IM NOT SAYING ",
  "IF THE ",
  "ARE YOU ",
  "WHY DO IT ",
  "MAY I ASK ",
  "H'WHAT WOULD IT TAKE ",
  "T-VOTED ",
  "YOU CAN DO ",
  "PLEASE THROUGH THE ",
  "YOU SEND'",
  "ILL CALL YOU ABOUT Y D D D",
];

export async function patternsPhase(ctx: Context) {
  const rounds = ctx.options.quick ? 2 : 10;
  const rows: string[][] = [];
  const all: number[] = [];
  for (const prefix of ATTACK_PREFIXES) {
    const text = `${prefix.repeat(Math.ceil(TURN_CHARS / prefix.length)).slice(0, TURN_CHARS - 1)}!`;
    const times: number[] = [];
    for (let round = 0; round <= rounds; round++) {
      const started = performance.now();
      readTurn(text);
      findInstructionAttempts([{ index: 1, role: "rep", text }]);
      if (round > 0) times.push(performance.now() - started); // round 0 warms up
    }
    const stats = summarize(times);
    all.push(...times);
    rows.push([JSON.stringify(prefix.trim()), ...cells(stats)]);
  }
  const overall = summarize(all);
  ctx.report.row("built-in rules on a hostile 4,000-character turn", "ms", overall, null);
  ctx.report.section("Built-in rules on hostile turns", ["repeated prefix", "n", "median", "p95", "max"], rows, [
    `Each turn: the prefix repeated to ${TURN_CHARS} characters with no full stop, read by the move reader and the instruction-attempt check (${rounds} rounds after a warm-up).`,
    `Sentences are read in pieces of at most ${MAX_SENTENCE_CHARS} characters, which bounds the rules whose cost grows with the square of their input.`,
  ]);
  ctx.report.raw.patterns = { rows };
  ctx.log(`patterns: hostile turn median ${fmt(overall.median)} ms, max ${fmt(overall.max)} ms`);
}
