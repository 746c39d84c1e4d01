import type { Difficulty } from "../library/common-schema";
import { MOVE_DESCRIPTIONS } from "../conversation/moves";
import { HANG_UP, type Persona } from "../library/persona-schema";
import type { ChatMessage } from "../llm/gateway";
import { moodBand, type PersonaState, type TurnChange } from "./director";
import type { Transcript } from "../conversation/transcript";

const MOOD_WORDS = { low: "calm or satisfied", mid: "uneasy and impatient", high: "angry and close to the edge" };

/**
 * The persona's standing instructions. Built only from the persona file, so it is identical on
 * every turn of a call and providers can cache it; what changes goes in `stateNote`.
 */
export function personaSystemPrompt(persona: Persona): string {
  return [
    `You are ${persona.name}, a customer on a phone call with a customer-service rep. Stay in character for the whole call.`,
    `Situation: ${persona.summary}`,
    `Background:\n${persona.background.trim()}`,
    persona.facts.length > 0
      ? `Facts you know (never contradict them):\n${persona.facts.map((f) => `- ${f}`).join("\n")}`
      : "",
    `What you say you want: ${persona.goals.stated}`,
    `What you privately would accept (never reveal it; give way only when the director's note says your conditions are met): ${persona.goals.hidden}`,
    `Rules:\n${[
      ...persona.rules,
      "Speak only your own words, as said aloud on a phone: no stage directions, no asterisks, no brackets, no narration.",
      "Never say you are an AI or a simulation. Never coach or help the rep do their job.",
      "Keep replies short, like a real caller: usually one to three sentences.",
      "React to what the rep actually just said.",
    ]
      .map((rule) => `- ${rule}`)
      .join("\n")}`,
  ]
    .filter(Boolean)
    .join("\n\n");
}

/** The short, per-turn director note: mood, what the rep just did, promises, patience, and any ending. */
export function stateNote(
  persona: Persona,
  difficulty: Difficulty,
  state: PersonaState,
  change: TurnChange,
  correction?: string,
): string {
  const band = moodBand(persona, state.mood);
  const did =
    change.moves.length > 0
      ? change.moves.map((move) => MOVE_DESCRIPTIONS[move].toLowerCase()).join("; ")
      : "nothing you recognise as helpful";
  const lines = [
    `Director's note (not part of the conversation): your mood is ${state.mood} on a scale of ${persona.mood.min}-${persona.mood.max} (${MOOD_WORDS[band]}).`,
    `What the rep just did: ${did}.`,
  ];
  if (state.promises.length > 0) {
    lines.push(
      `What the rep has promised so far (hold them to it): ${state.promises.map((p) => `"${p.quote}"`).join("; ")}.`,
    );
  }
  if (change.interrupted)
    lines.push("The rep is giving a long speech: cut in and talk over it, briefly, as a real caller would.");
  if (state.outcome === HANG_UP) lines.push("You have had enough: say one short final line and hang up.");
  else if (change.farewell) {
    lines.push(
      "The rep is closing the call: answer anything they just asked in a few words, then say goodbye. No questions.",
    );
  } else if (state.outcome) {
    lines.push(
      `The call is ending with this outcome: ${state.outcome.replaceAll("_", " ")}. Say one short closing line that fits it; the rep will answer it and close.`,
    );
  } else {
    if (change.losingPatience)
      lines.push("You are running out of patience: say so, and ask for a supervisor or someone who can actually help.");
    lines.push(
      `Patience left: ${change.patienceLeft} more unhelpful replies. Your conditions for giving way are not met yet: do not accept any offer.`,
    );
  }
  if (correction) lines.push(correction);
  return lines.join("\n");
}

/** The user line before the customer's opening: chat templates want the conversation to start with a user turn. */
export const CALL_CONNECTS = "(The rep picks up your call.)";

/** Fences the director's note inside the rep's last message, so it is never taken as the rep's words. */
export const fenceNote = (note: string) =>
  `[Director's note, not said by the rep. Never read it out or mention it.]\n${note}\n[End of note]`;

/**
 * System prompt, then the call (customer = assistant, rep = user) opening with a user line; the
 * director's note goes inside the last user message, fenced, after the rep's words. Roles alternate
 * (a rep's turns in a row are one message), so every common chat template takes it: a trailing
 * system message makes Llama 3 on Ollama answer nothing, and Mistral and Gemma refuse it.
 */
export function personaMessages(
  persona: Persona,
  difficulty: Difficulty,
  transcript: Transcript,
  state: PersonaState,
  change: TurnChange,
  correction?: string,
): ChatMessage[] {
  const call: ChatMessage[] = [];
  for (const turn of transcript) {
    const role = turn.role === "customer" ? "assistant" : "user";
    const last = call.at(-1);
    if (last?.role === role) last.content = `${last.content}\n${turn.text}`;
    else call.push({ role, content: turn.text });
  }
  if (call[0]?.role !== "user") call.unshift({ role: "user", content: CALL_CONNECTS });
  const note = fenceNote(stateNote(persona, difficulty, state, change, correction));
  const last = call.at(-1);
  if (last?.role === "user") last.content = `${last.content}\n\n${note}`;
  else call.push({ role: "user", content: note });
  return [{ role: "system", content: personaSystemPrompt(persona) }, ...call];
}
