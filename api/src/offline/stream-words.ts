/** Yields text a word at a time (spaces kept), so offline replies stream like model ones. */
export async function* streamWords(text: string): AsyncIterable<string> {
  for (const piece of text.match(/\S+\s*/g) ?? [text]) yield piece;
}
