/**
 * The rule reader is English only (the offline engine refuses other languages: library/README).
 * Text in Spanish, German or French can still look like English to the parts-of-speech model ("el
 * sistema la estima" read as a thing in a state: an explanation), so a turn that carries their
 * function words and none of English's is read as saying nothing the rules can name.
 */
const OTHER =
  /^(?:el|la|los|las|que|usted|ustedes|nos|por|para|es|está|están|muy|pero|del|al|una|der|die|das|und|ich|sie|nicht|ist|mit|für|wir|ein|eine|auf|le|les|est|vous|nous|pour|avec|une|des|du|pas|je)$/;
const ENGLISH =
  /^(?:the|you|your|i|we|our|it|is|are|was|were|to|of|and|that|this|for|with|can|will|have|has|be|not|do|does|my|me|us|on|in|at|from|by|but|so|if|or)$/;

/** Whether `text` reads as another language: two or more of its function words, none of English's. */
export function readsAsOtherLanguage(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const other = words.filter((word) => OTHER.test(word)).length;
  return other >= 2 && !words.some((word) => ENGLISH.test(word));
}
