import unhomoglyph from "unhomoglyph";

/**
 * The ways a rep's sentence can be read once its disguises are taken off, so an instruction to the
 * grader is found however it is dressed: look-alike letters (fullwidth, mathematical, circled,
 * Cyrillic or Greek homoglyphs, accents), invisible characters (zero-width, soft hyphens, Unicode
 * tag characters carrying hidden ASCII), right-to-left overrides, spaced-out or leet spelling, and
 * base64, percent or hex encodings. The first reading is the sentence as it looks.
 */
export function readingsOf(sentence: string): string[] {
  const visible = fold(sentence);
  const readings = [visible];
  const hidden = tagCharacters(sentence);
  if (hidden) readings.push(fold(hidden));
  if (/\u202e/.test(sentence)) readings.push(fold(reversedAfterOverride(sentence)));
  if (/(?:\b\p{L} ){4,}/u.test(visible)) readings.push(unspaced(visible));
  if (/\p{L}\d|\d\p{L}/u.test(visible)) readings.push(...unleet(visible));
  for (const decoded of encodedParts(visible)) readings.push(fold(decoded));
  return readings;
}

/** Spaced-out letters, read as the word they spell (a reading only tested for this case). */
export function squashed(reading: string): string {
  return reading.toLowerCase().replace(/[^a-z]/g, "");
}

/**
 * Compatibility forms to their letters (NFKC: fullwidth, bold, circled), format characters out
 * (zero-width, soft hyphen, bidi controls), accents off, and the remaining non-ASCII letters to the
 * Latin letter they imitate (Unicode's confusables table, via `unhomoglyph`).
 */
export function fold(text: string): string {
  const plain = text
    .normalize("NFKC")
    .replace(/\p{Cf}/gu, "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC");
  let folded = "";
  for (const character of plain) folded += character.charCodeAt(0) < 0x80 ? character : latinLookAlike(character);
  return folded;
}

// Greek and Cyrillic letters that pass for Latin ones. Unicode's confusables table (below) maps
// some of them to a letter that is not ASCII either (ε → ꞓ, κ → ĸ) or Ι to l, so these come first.
const LOOK_ALIKES: Record<string, string> = Object.fromEntries(
  [
    ["аa", "вb", "еe", "ѕs", "іi", "јj", "оo", "рp", "сc", "уy", "хx", "ԁd", "һh", "ӏl", "ԛq", "ԝw", "ьb", "кk"],
    ["АA", "ВB", "ЕE", "КK", "МM", "НH", "ОO", "РP", "СC", "ТT", "ХX", "УY", "ІI", "ЈJ", "ЅS", "ԌG"],
    ["αa", "βb", "οo", "ιi", "νv", "υu", "εe", "κk", "ρp", "τt", "χx", "γy", "ηn", "ωw", "ϲc", "ϳj"],
    ["ΑA", "ΒB", "ΕE", "ΖZ", "ΗH", "ΙI", "ΚK", "ΜM", "ΝN", "ΟO", "ΡP", "ΤT", "ΧX", "ΥY"],
  ]
    .flat()
    .map((pair) => [pair[0]!, pair[1]!]),
);

/** The Latin letter a non-ASCII character imitates, when it imitates one; else the character. */
function latinLookAlike(character: string): string {
  const known = LOOK_ALIKES[character];
  if (known) return known;
  const skeleton = unhomoglyph(character);
  return /^[\x20-\x7e]+$/.test(skeleton) ? skeleton : character;
}

/** Unicode tag characters (U+E0020–U+E007E) shadow ASCII and render as nothing: what they spell. */
function tagCharacters(text: string): string {
  let spelled = "";
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code >= 0xe0020 && code <= 0xe007e) spelled += String.fromCharCode(code - 0xe0000);
  }
  return spelled;
}

/** After a right-to-left override (U+202E) the text is shown backwards: read it as shown. */
function reversedAfterOverride(text: string): string {
  return text.replace(/\u202e([^\u202c]*)\u202c?/gu, (_, inside: string) => [...inside].reverse().join(""));
}

/** "I g n o r e  t h e  r u b r i c": single letters joined, wider gaps kept as word breaks. */
function unspaced(text: string): string {
  return text.replace(/(?<=\b\p{L}) (?=\p{L}\b)/gu, "").replace(/\s{2,}/g, " ");
}

const LEET: Record<string, string> = { "0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", $: "s" };

/** Leet spelling in words that mix letters and digits; "1" may stand for i or l, so both are read. */
function unleet(text: string): string[] {
  return ["i", "l"].map((one) =>
    text.replace(/[\p{L}\d@$]*(?:\p{L}[\d@$]|[\d@$]\p{L})[\p{L}\d@$]*/gu, (word) =>
      [...word].map((character) => (character === "1" ? one : (LEET[character] ?? character))).join(""),
    ),
  );
}

const printable = (text: string) => text.length > 0 && /^[\x20-\x7e\s]*$/.test(text) && /[a-z]{3}/i.test(text);

/** Base64, percent-encoded and hex runs long enough to hide a sentence, decoded when they give text. */
function encodedParts(text: string): string[] {
  const decoded: string[] = [];
  for (const [run] of text.matchAll(/[A-Za-z0-9+/_-]{16,}={0,2}/g)) {
    const value = Buffer.from(run.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8");
    if (printable(value)) decoded.push(value);
  }
  for (const [run] of text.matchAll(/(?:%[0-9a-f]{2}|[\w.~-]){12,}/gi)) {
    if (!run.includes("%")) continue;
    try {
      const value = decodeURIComponent(run);
      if (printable(value)) decoded.push(value);
    } catch {
      // not percent-encoding after all
    }
  }
  for (const [run] of text.matchAll(/\b(?:[0-9a-f]{2}[\s:]?){8,}\b/gi)) {
    const value = Buffer.from(run.replace(/[\s:]/g, ""), "hex").toString("utf8");
    if (printable(value)) decoded.push(value);
  }
  return decoded;
}
