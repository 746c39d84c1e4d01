import type { ChatMessage } from "../llm/gateway";
import { structuredCallTokens } from "../llm/token-estimate";
import type { DocumentText } from "./document-text";
import { draftAnswer, draftFormats } from "./draft-schema";

/** A persona, a rubric and knowledge run to a few thousand tokens of JSON. */
export const DRAFT_MAX_TOKENS = 6000;
/** Below this, a cut document says too little to draft from. */
const MIN_DOCUMENT_CHARS = 1500;

/** How much of the document the model was given, when not all of it fitted its context. */
export interface DocumentCut {
  usedChars: number;
  totalChars: number;
  contextTokens: number;
}

const INSTRUCTIONS = `You draft a practice scenario for Parley, a call-practice simulator for customer-facing reps, from a trainer's document (a policy, a product sheet or a real call transcript).
Answer with one JSON object: { "persona": "<YAML>", "rubric": "<YAML>", "knowledge": "<YAML list>", "notes": ["..."] }.
- persona: the customer who calls, in the situation the document describes: who they are, what they say they want (goals.stated) and what they really want (goals.hidden), their mood (higher is angrier; hangup_at above start), how each rep move changes it (reacts), what ends the call well (ends_when), the opening line, lines for the offline engine (offline, with a when: nothing line) and answers to the rep's questions (answers).
- rubric: the criteria a good rep meets on this call, with signals (phrases) and anchors, and exemplars of strong and weak rep lines.
- knowledge: the policies, offers and facts from the document the rep may use, each with its limit when the document states one.
- notes: what you assumed or could not find in the document, for the trainer.
Use only what the document says for policies and amounts. Ids are lowercase slugs.`;

/**
 * The drafting request, with the document cut to what the model's context holds (and the cut said);
 * null when the instructions leave too little room for any useful part of it.
 */
export function draftMessages(
  document: DocumentText,
  contextTokens: number,
): { messages: ChatMessage[]; cut: DocumentCut | null } | null {
  const system = `${INSTRUCTIONS}\n\n${draftFormats()}`;
  const build = (text: string, cut: boolean): ChatMessage[] => [
    { role: "system", content: system },
    {
      role: "user",
      content: `Document "${document.name}"${cut ? " (its beginning only: the rest did not fit)" : ""}:\n\n${text}`,
    },
  ];
  const fits = (text: string, cut: boolean) =>
    structuredCallTokens(build(text, cut), draftAnswer, "parley_draft", DRAFT_MAX_TOKENS) <= contextTokens;
  if (fits(document.text, false)) return { messages: build(document.text, false), cut: null };
  // Binary search on the length kept, then back to the last paragraph or line break.
  let low = 0;
  let high = document.text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(document.text.slice(0, mid), true)) low = mid;
    else high = mid - 1;
  }
  const breakAt = Math.max(document.text.lastIndexOf("\n", low), Math.floor(low * 0.8));
  const kept = document.text.slice(0, breakAt).trimEnd();
  if (kept.length < MIN_DOCUMENT_CHARS) return null;
  return {
    messages: build(kept, true),
    cut: { usedChars: kept.length, totalChars: document.text.length, contextTokens },
  };
}

/** The repair request: the model's answer and every problem found in it, file by file. */
export function repairMessages(messages: ChatMessage[], answer: unknown, problems: string[]): ChatMessage[] {
  return [
    ...messages,
    { role: "assistant", content: JSON.stringify(answer) },
    {
      role: "user",
      content: `That draft has problems Parley must refuse:\n${problems.map((p) => `- ${p}`).join("\n")}\nAnswer again with the whole corrected JSON object.`,
    },
  ];
}
