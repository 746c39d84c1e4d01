import type { Difficulty } from "../library/common-schema";
import { MOVE_DESCRIPTIONS } from "../conversation/moves";
import { HANG_UP, type Persona } from "../library/persona-schema";
import type { ChatMessage } from "../llm/gateway";
import { moodBand, type PersonaState, type TurnChange } from "./director";
import type { Transcript } from "../conversation/transcript";
import { isEnglish, languageName } from "../library/language";

const MOOD_WORDS = { low: "calm or satisfied", mid: "uneasy and impatient", high: "angry and close to the edge" };

/**
 * The persona's standing instructions. Built only from the persona file, so it is identical on
 * every turn of a call and providers can cache it; what changes goes in `stateNote`.
 */
export function personaSystemPrompt(persona: Persona): string {
  const voice = voiceExamples(persona);
  return [
    `You are ${persona.name}, a customer on a phone call with a customer-service rep. Stay in character for the whole call.`,
    speakIn(persona),
    `Situation: ${persona.summary}`,
    `Background:\n${persona.background.trim()}`,
    persona.facts.length > 0
      ? `Facts you know (never contradict them; say one only when the rep asks about it or it answers what they just said):\n${persona.facts.map((f) => `- ${f}`).join("\n")}`
      : "",
    `What you say you want: ${persona.goals.stated}`,
    `What you privately would accept (never say it, never hint at it, never suggest it: the rep has to find it; give way only when the director's note says your conditions are met): ${persona.goals.hidden}`,
    voice.length > 0
      ? `How you talk (lines of yours; say new things in this voice, not these words):\n${voice.map((line) => `- "${line}"`).join("\n")}`
      : "",
    `Rules:\n${[
      ...persona.rules,
      "Speak only your own words, as said aloud on a phone: no stage directions, no asterisks, no brackets, no narration.",
      "Never say you are an AI or a simulation. Never coach or help the rep do their job.",
      "Keep replies short, like a real caller: usually one to three sentences.",
      "React to what the rep actually just said. Answer what you are asked; do not volunteer your story, your facts or what would change your mind.",
      "Never accept an offer, say goodbye or end the call unless the director's note says the call ends.",
      "Never mention the director's note, scores, moods or numbers about how you feel.",
    ]
      .map((rule) => `- ${rule}`)
      .join("\n")}`,
  ]
    .filter(Boolean)
    .join("\n\n");
}

/**
 * A non-English customer is told its language first and again in every note (instructions stay in
 * English, which every model follows best); an English persona's prompt is unchanged.
 */
function speakIn(persona: Persona): string {
  if (isEnglish(persona.language)) return "";
  const name = languageName(persona.language);
  return `Language: you speak ${name} (${persona.language}), as a native speaker from where your background says you live. Every word you say is in ${name}, even if the rep uses another language; these instructions are in English only for the director.`;
}

const VOICE_EXAMPLES = 5;

/**
 * A few of the persona's own scripted lines, one per cue, as examples of how this customer talks. Not
 * the opening: it is already in the call as said, and when the rep cut it short, the unheard rest
 * must reach no prompt.
 */
function voiceExamples(persona: Persona): string[] {
  const lines = persona.offline
    .map((line) => line.say[0] ?? "")
    .filter((line) => line !== "" && !line.includes("{quote}"));
  return [...new Set(lines)].slice(0, VOICE_EXAMPLES);
}

/** How much patience is left, in words: the model is told a feeling, never a count to recite. */
function patienceWords(left: number): string {
  if (left <= 1) return "Your patience is nearly gone.";
  if (left <= 3) return "Your patience is wearing thin.";
  return "You will give the rep a few more chances, not many.";
}

function moodChange(delta: number): string {
  if (delta < 0) return "That eased things a little for you.";
  if (delta > 0) return "That made it worse for you.";
  return "That changed nothing for you.";
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
    `Director's note (not part of the conversation): you feel ${MOOD_WORDS[band]}. ${moodChange(change.moodDelta)}`,
    `What the rep just did: ${did}.`,
  ];
  if (state.promises.length > 0) {
    lines.push(
      `What the rep has promised so far (hold them to it): ${state.promises.map((p) => `"${p.quote}"`).join("; ")}.`,
    );
  }
  if (change.interrupted)
    lines.push(
      "The rep was giving a long speech: you cut in and talked over it, briefly, as a real caller would. You heard only the words shown; react to those.",
    );
  if (state.outcome === HANG_UP) lines.push("You have had enough: say one short final line and hang up.");
  else if (change.reasks) {
    lines.push(
      `The rep is closing the call but did not answer what you asked ("${change.reasks}"): ask it again, briefly. Do not say goodbye yet.`,
    );
  } else if (change.farewell) {
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
      `${patienceWords(change.patienceLeft)} Your conditions for giving way are not met yet: do not accept any offer. The call goes on: do not say goodbye.`,
    );
  }
  if (correction) lines.push(correction);
  if (!isEnglish(persona.language)) lines.push(`Answer in ${languageName(persona.language)}.`);
  return lines.join("\n");
}

/** The first `words` words of a turn the customer talked over: all they heard of it. */
export function heardOf(text: string, words: number): string {
  const all = text.trim().split(/\s+/);
  return all.length <= words ? text : `${all.slice(0, words).join(" ")}—`;
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
  const lastRep = transcript.findLast((turn) => turn.role === "rep");
  for (const turn of transcript) {
    const role = turn.role === "customer" ? "assistant" : "user";
    const text =
      turn === lastRep && change.interrupted && change.heardWords !== null
        ? heardOf(turn.text, change.heardWords)
        : turn.text;
    const last = call.at(-1);
    if (last?.role === role) last.content = `${last.content}\n${text}`;
    else call.push({ role, content: text });
  }
  if (call[0]?.role !== "user") call.unshift({ role: "user", content: CALL_CONNECTS });
  const note = fenceNote(stateNote(persona, difficulty, state, change, correction));
  const last = call.at(-1);
  if (last?.role === "user") last.content = `${last.content}\n\n${note}`;
  else call.push({ role: "user", content: note });
  return [{ role: "system", content: personaSystemPrompt(persona) }, ...call];
}
