import { asksToEnd } from "./answer-readings";
import { boundedMemo } from "./bounded-memo";
import { detectMoves, readByRules } from "./detect-moves";
import { latestRepText, type Turn } from "./transcript";

/**
 * The customer line each rep turn of a call answers, for reading the turn in answer to it
 * (answer-readings.ts). Mostly the customer's latest line; but a request to end the service stays
 * what the call is answering until the rep confirms it: "Can I take your account number?" — "4471."
 * — "Thanks, I'll put that through now" puts the cancellation through. `index`: the rep turn's.
 */
export function lineAnsweredBy(transcript: readonly Turn[], index: number): string | undefined {
  return linesAnswered(transcript).get(index);
}

function linesAnswered(transcript: readonly Turn[]): Map<number, string | undefined> {
  const cached = answered.get(transcript);
  // A transcript the caller has added to since is read again.
  if (cached?.length === transcript.length) return cached.lines;
  const lines = new Map<number, string | undefined>();
  let latest: string | undefined;
  let pending: string | undefined;
  for (const turn of transcript) {
    if (turn.role === "customer") {
      latest = turn.text;
      if (requestsToEnd(turn.text)) pending = turn.text;
      continue;
    }
    const line = latest !== undefined && requestsToEnd(latest) ? latest : (pending ?? latest);
    lines.set(turn.index, line);
    if (detectMoves(turn.text, { customerSaid: line }).some((found) => found.move === "confirms_cancellation"))
      pending = undefined;
  }
  answered.set(transcript, { length: transcript.length, lines });
  return lines;
}

const answered = new WeakMap<readonly Turn[], { length: number; lines: Map<number, string | undefined> }>();
// Customer lines are read again for every turn after them; a learner's call can be long.
const requestsToEnd = boundedMemo(500, asksToEnd);

/**
 * Whether the call ends on the customer asking to end their service, unanswered ("Forget it, I'll
 * cancel by email.", or a request the rep never replied to).
 */
export function endsAskingToEnd(transcript: readonly Turn[]): boolean {
  const last = transcript.at(-1);
  return last?.role === "customer" && requestsToEnd(last.text);
}

/** The rep's latest words read by the rules, in answer to the line they answer: what both persona engines hear by rules. */
export function readLatestByRules(transcript: readonly Turn[]): ReturnType<typeof readByRules> {
  const customerSaid = lineAnsweredBy(transcript, transcript.at(-1)?.index ?? 0);
  return readByRules(latestRepText(transcript), { customerSaid });
}
