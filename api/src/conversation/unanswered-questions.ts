import { splitSentences } from "./sentences";
import { tokensOf } from "./tokens";
import type { Transcript } from "./transcript";

/** Verbs that carry no subject of their own: "could you do that?", "can I get…". */
const EMPTY_VERBS =
  /^(?:be|have|do|can|could|will|would|shall|should|may|might|must|get|let|go|make|know|want|need|say|tell|mean|like)$/;
/** Nouns too general to show what a question was about. */
const EMPTY_NOUNS = /^(?:thing|something|anything|bit|lot|way|time|one|sort|kind|question|dear|love)s?$/;
/** An answer given without repeating the question's words: "Of course, I'll do that today." */
const DIRECT_ANSWER =
  /^(?:yes|yeah|yep|no|nope|of course|sure|certainly|absolutely|definitely|no problem|will do|i will|i can|i'll|we will|we'll|that's right|correct|not at all)\b/i;

/** A short thanks or goodbye after the question. */
const SIGN_OFF = /^(?:(?:thanks|thank you|cheers|ta|bye|goodbye|great|okay|ok|lovely|perfect)[\s,.!]*){1,3}$/i;

/** What a sentence is about, by its content words' lemmas (nouns, names and verbs with a subject of their own). */
function contentOf(text: string): Set<string> {
  const { lemmas, pos, words } = tokensOf(text);
  return new Set(
    lemmas.flatMap((lemma, i) => {
      const word = lemma.toLowerCase();
      const noun = (pos[i] === "NOUN" || pos[i] === "PROPN") && !EMPTY_NOUNS.test(word);
      const verb = pos[i] === "VERB" && !EMPTY_VERBS.test(word);
      return noun || verb ? [word, (words[i] ?? "").toLowerCase()] : [];
    }),
  );
}

/**
 * The question the customer's line ended on, when the rep's reply takes none of it up: no content
 * word of it in the reply ("Could you send me a letter?" → "Great, it's switched, anything else?")
 * and no direct answer opening it ("Of course, today"). Null when the line asked nothing, or the
 * question names nothing to take up ("Can you do that?"), or the reply answered it.
 */
export function questionLeftOpen(customerLine: string, repReply: string): string | null {
  const sentences = splitSentences(customerLine);
  const at = sentences.findLastIndex((sentence) => /\?["'”’)\s]*$/.test(sentence));
  const question = sentences[at];
  // Only a sign-off may follow it ("…, yeah? Thanks."): a question asked before more talk was let go.
  if (!question || !sentences.slice(at + 1).every((sentence) => SIGN_OFF.test(sentence.trim()))) return null;
  const asked = contentOf(question);
  if (asked.size === 0) return null;
  const reply = repReply.trim();
  if (DIRECT_ANSWER.test(reply.replace(/^(?:oh|ah|well|and|so|right|okay|ok)[,\s]+/i, ""))) return null;
  const said = contentOf(reply);
  return [...asked].some((word) => said.has(word)) ? null : question.trim();
}

/** In a call that ends on a rep turn: the question the customer's line before it left open, if any. */
export function closingQuestionLeftOpen(transcript: Transcript): string | null {
  const rep = transcript.at(-1);
  const customer = transcript.at(-2);
  if (rep?.role !== "rep" || customer?.role !== "customer") return null;
  return questionLeftOpen(customer.text, rep.text);
}
