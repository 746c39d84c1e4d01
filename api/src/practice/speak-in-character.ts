import { LlmError } from "../llm/errors";
import { stripNonSpeech } from "../conversation/speakable-text";
import { checkInCharacter, describeViolations, type Violation } from "./character-check";
import type { PersonaEngine, PersonaTurnInput } from "./persona-engine";
import type { TurnEvent } from "./turn-events";
import type { Interruption } from "../voice/barge-in";

const MAX_ATTEMPTS = 3;

/** What was checked before the customer's reply was kept; stored with the turn. */
export interface ReplyQuality {
  attempts: number;
  rejected: { text: string; violations: Violation[] }[];
  /** The last attempt was kept with its stage directions or markup removed. */
  repaired: boolean;
  /** The rep cut in while this reply was being played: the turn's text is what they heard (voice/barge-in.ts). */
  interruption?: Interruption;
}

/**
 * Streams the customer's reply and checks it before it is kept. A reply that breaks character is
 * retracted (a `reset` event) and regenerated with the reason, up to three tries; after that, a
 * reply whose only fault is non-speech is kept with it removed, and anything else is an error.
 */
export async function* speakInCharacter(
  engine: PersonaEngine,
  input: PersonaTurnInput,
): AsyncGenerator<TurnEvent, { text: string; quality: ReplyQuality }> {
  const rejected: ReplyQuality["rejected"] = [];
  let correction: string | undefined;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    let reply = "";
    for await (const delta of engine.speak({ ...input, correction })) {
      reply += delta;
      yield { type: "delta", text: delta };
    }
    const violations = checkInCharacter(reply, input.persona, input.transcript, input.state);
    if (violations.length === 0)
      return { text: reply.trim(), quality: { attempts: attempt, rejected, repaired: false } };
    rejected.push({ text: reply, violations });
    const reason = describeViolations(violations);
    correction = `Your last reply was not used because it contained ${reason}. Say your reply again, in character, as words spoken on the phone.`;
    if (attempt < MAX_ATTEMPTS) yield { type: "reset", reason, attempt };
    else {
      const repaired = stripNonSpeech(reply);
      const onlyNonSpeech = violations.every(
        (violation) => violation.kind === "stage_direction" || violation.kind === "markup",
      );
      if (onlyNonSpeech && checkInCharacter(repaired, input.persona, input.transcript, input.state).length === 0) {
        yield { type: "reset", reason, attempt };
        yield { type: "delta", text: repaired };
        return { text: repaired, quality: { attempts: attempt, rejected, repaired: true } };
      }
      throw new LlmError("bad_output", `the customer's reply kept breaking character (${reason})`, { raw: reply });
    }
  }
  throw new LlmError("bad_output", "no reply");
}
