/** Stage directions a reply must not carry: "*sighs*", "(laughs)", "[pause]". */
export const STAGE_DIRECTIONS = [
  /\*[^*\n]{1,80}\*/,
  /\((?:[a-z]+ly |with a )?(?:sighs?|laughs?|pauses?|groans?|scoffs?|mutters?|sniffs?|chuckles?|shouts?|yells?|frowns?|exhales?|clears (?:her|his|their) throat)[^)]{0,60}\)/i,
  /\[[^\]\n]{1,80}\]/,
];

/** Last resort after the retries: the reply with stage directions and markup removed. */
export function stripNonSpeech(reply: string): string {
  // Bold markers first, so "**Now.**" keeps its word while "*sighs*" goes.
  let text = reply.replace(/\*\*|__|```/g, "");
  for (const pattern of STAGE_DIRECTIONS) text = text.replace(new RegExp(pattern.source, `${pattern.flags}g`), " ");
  return text
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^\s*(?:[-*•]|\d+\.)\s+/gm, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/**
 * The words of a customer reply to say aloud: no stage directions ("*sighs*", "(laughs)",
 * "[pause]"), no markdown, no emoji, no URLs spelled out character by character.
 */
export function speakableText(reply: string): string {
  return stripNonSpeech(reply)
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, "")
    .replace(/[*_`#~|<>]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
