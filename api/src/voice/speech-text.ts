import { stripNonSpeech } from "../practice/character-check";

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
