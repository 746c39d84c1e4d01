// The same rules as the server's `speakableText` (api/src/voice/speech-text.ts, with
// `stripNonSpeech` from api/src/practice/character-check.ts); speakable-text.test.ts checks they agree.
const STAGE_DIRECTIONS = [
  /\*[^*\n]{1,80}\*/g,
  /\((?:[a-z]+ly |with a )?(?:sighs?|laughs?|pauses?|groans?|scoffs?|mutters?|sniffs?|chuckles?|shouts?|yells?|frowns?|exhales?|clears (?:her|his|their) throat)[^)]{0,60}\)/gi,
  /\[[^\]\n]{1,80}\]/g,
];

/** The words of a customer reply to say aloud: no stage directions, markup, emoji or URLs. */
export function speakableText(reply: string): string {
  // Bold markers first, so "**Now.**" keeps its word while "*sighs*" goes.
  let text = reply.replace(/\*\*|__|```/g, "");
  for (const pattern of STAGE_DIRECTIONS) text = text.replace(pattern, " ");
  return text
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^\s*(?:[-*•]|\d+\.)\s+/gm, "")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, "")
    .replace(/[*_`#~|<>]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
