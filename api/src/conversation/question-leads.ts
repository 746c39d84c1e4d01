/**
 * A statement said before the question in one sentence (session 19): "Six sessions out of your own pocket is a
 * lot — what has it been like?", "Two months of ringing two companies, how are you holding up?". The question
 * asks; the statement before it can acknowledge what the customer went through, which a question alone never
 * does (read-turn.ts reads the statement on its own).
 */
const LEAD =
  /^(.{12,}?)(?:\s[—–-]\s|;\s|,\s(?=(?:so |and )?(?:what|how|has|have|is|are|did|do|were|was)\b))(?=.*\?\s*$)/i;

/** A tag ("…isn't hard, is it?", "…, right?") turns the statement itself into the question. */
const TAG = /^\s*(?:[\w']+\s+){0,2}[\w']+\?\s*$/;

export function statementBeforeQuestion(text: string): string | null {
  const found = LEAD.exec(text);
  if (!found?.[1]) return null;
  return TAG.test(text.slice(found[0].length)) ? null : found[1];
}
