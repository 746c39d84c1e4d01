import { matches } from "./move-rules";
import { EMPATHY_CUE } from "./call-move-rules";
import { tokensWithin, type Tokens } from "./tokens";

/**
 * Whether sympathy names something about this customer (acknowledges_impact) or is stock
 * (generic_empathy): a noun, number or verb outside the stock words, not in a generic plural.
 */

/** Words that make sympathy specific when they are not in this stock list ("i'm" is one token to wink-nlp). */
const STOCK =
  /^(?:(?:i|you|we|they|it|that|there)'(?:m|s|re|ve|ll|d)|i|you|we|it|that|this|what|how|so|be|is|are|was|am|'s|'re|'m|n't|not|do|can|must|really|completely|totally|understand|hear|see|get|know|imagine|appreciate|feel|sound|seem|look|frustrat\w*|annoy\w*|upset\w*|inconvenience|trouble|hassle|situation|experience|problem|issue|thing|things|concern|way|lot|pain|sorry|apolog\w*|stress\w*|difficult|hard|tough|awful|terrible|right|every|total|absolute|understandabl\w*|wonder|last|need|blame|worry|the|a|an|for|of|to|about|all|any|with|my|your|our|me|just|very|totally|such|wholly|fully|truly|must|have|has|had|been|okay|ok|yes|no|oh|well|can't|cannot|coming|from|where|why|hear|feelings?|anger|confusion|disappointment|unacceptable|fair|shout|good|nice|fun|cause|caused|may|might|happen|happens|loss|disruption|service|worried|want|inconvenienced|rush|time|take|think|fed|say|mean|react|feel|pain|pian|money|tight|come|end|everyone|everybody|people|leave|leaving|go|going|stay|cancel|cancelling|canceling|carry|deal|handle|cope|juggle|plate|lot|person|anyone|own|shoe|shoes|position|place|same|tell|reali[sz]e|recogni[sz]e|patience|thanks|thank)$/i;

/** "Websites can be a pain", "billing issues are so frustrating": a bare plural speaks of everyone, not this customer. */
function barePlurals({ words, lemmas, pos }: Tokens): Set<number> {
  const generic = new Set<number>();
  let start = 0;
  for (let i = 0; i <= pos.length; i += 1) {
    if (i < pos.length && ["NOUN", "PROPN", "ADJ"].includes(pos[i] ?? "")) continue;
    const head = i - 1;
    const before = pos[start - 1] ?? "PUNCT";
    if (
      head >= start &&
      pos[head] === "NOUN" &&
      words[head] !== lemmas[head] &&
      !["DET", "PRON", "NUM"].includes(before)
    )
      for (let j = start; j <= head; j += 1) generic.add(j);
    start = i + 1;
  }
  return generic;
}

/** "How frustrating this can be for our customers": the company's customers are everyone, not this one. */
const PEOPLE =
  /^(?:customers|clients|members|users|subscribers|guests|passengers|patients|policyholders|people|folks)$/;

/** Who a generic statement is about: "nobody likes surprises", "everyone hates a late bill". */
const EVERYONE = /^(?:nobody|everyone|everybody|anyone|anybody|people|no|one)$/;

/**
 * A noun names this customer's situation when it is theirs ("your son", "your shop"), counted ("three
 * visits"), described ("a week with no heating"), a name ("Lisbon") or bare ("from home", "mid-call");
 * after "the" or "any" it is the topic sympathy is about ("the billing system", "any inconvenience"),
 * which stock sympathy names too. A clause said of everyone ("nobody likes surprises on a bill") names
 * nothing of theirs.
 */
function ownedOrCounted({ words, pos }: Tokens, i: number): boolean {
  if (words[i - 1] === "our" && PEOPLE.test(words[i] ?? "")) return false;
  // "this month", "last night": a time that anchors it to this customer's case.
  if (/^(?:this|last|that)$/.test(words[i - 1] ?? "") && WHEN.test(words[i] ?? "")) return true;
  // wink-nlp tags a capitalised first word as a name at times ("Poor you"); a name is found later in the sentence.
  if (pos[i] === "PROPN") return i > 0;
  for (let j = i - 1; j >= 0 && j >= i - 3; j -= 1) {
    if (/^(?:your|his|her|their|our|my)$/.test(words[j] ?? "") || pos[j] === "NUM") return true;
    // "a week with no heating", "another visit" describe; "the billing system", "any inconvenience" name a topic.
    if (pos[j] === "DET") return /^(?:a|an|no|another)$/.test(words[j] ?? "");
    if (!["NOUN", "PROPN", "ADJ", "PART"].includes(pos[j] ?? "")) return true;
  }
  return true;
}

const WHEN = /^(?:month|week|weekend|morning|afternoon|evening|night|year|fortnight|time|winter|summer)$/;

/** A verb after "you'd" or "you would" is a reaction imagined ("why you'd want to warn people"), not what happened. */
function imagined({ words }: Tokens, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j -= 1) if (/^(?:would|'d)$/.test(words[j] ?? "")) return true;
  return false;
}

function saidOfEveryone({ words, pos }: Tokens, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j -= 1) {
    if (EVERYONE.test(words[j] ?? "")) return true;
    if (pos[j] === "PUNCT") return false;
  }
  return false;
}

/** The tokens of a clause whose subject is everyone: "nobody likes surprises on a bill". */
function everyonesClauses({ words, pos }: Tokens): Set<number> {
  const out = new Set<number>();
  let start = 0;
  for (let i = 0; i <= words.length; i += 1) {
    if (i < words.length && pos[i] !== "PUNCT") continue;
    if (EVERYONE.test(words[start] ?? "") && words[start] !== "no" && words[start] !== "one")
      for (let j = start; j < i; j += 1) out.add(j);
    start = i + 1;
  }
  return out;
}

export function isSpecific(tokens: Tokens): boolean {
  const { lemmas, pos, words } = tokens;
  const generic = new Set([...barePlurals(tokens), ...everyonesClauses(tokens)]);
  return lemmas.some((word, i) => {
    const tag = pos[i] ?? "";
    if (tag === "NUM") return words[i] !== "one";
    if (!["NOUN", "PROPN", "NUM", "VERB"].includes(tag) || STOCK.test(word) || word.length <= 2 || generic.has(i))
      return false;
    if (tag === "VERB") return !imagined(tokens, i) && !saidOfEveryone(tokens, i);
    return ownedOrCounted(tokens, i);
  });
}

/** The clauses that carry the sympathy, not a promise that follows it in a run-on sentence. */
const CLAUSE = /[;:]|\s(?:but|so|and then|ill|i'll|i will|we'll|let me|i won'?t|we won'?t|i'm going to|i can)\s/gi;
export function empathyIsSpecific(text: string, tokens: Tokens): boolean {
  const clauses: { text: string; from: number; to: number }[] = [];
  let from = 0;
  for (const separator of text.matchAll(CLAUSE)) {
    const to = separator.index ?? 0;
    clauses.push({ text: text.slice(from, to), from, to });
    from = to + separator[0].length;
  }
  clauses.push({ text: text.slice(from), from, to: text.length });
  const sympathy = clauses.filter((clause) => matches(EMPATHY_CUE, clause.text));
  // "…and your room's gone: that must be awful" points back at what came before it.
  const pointsBack = (clause: string) => /^\s*(?:that|this|it|which|all (?:of )?that)\b/i.test(clause);
  if (sympathy.length === 0) return isSpecific(tokens);
  return sympathy.some((clause) =>
    isSpecific(pointsBack(clause.text) ? tokens : tokensWithin(tokens, clause.from, clause.to)),
  );
}
