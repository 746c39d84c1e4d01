/** A rule-detected break of character in one customer turn. */
export interface RuleBreak {
  rule: "claims_ai" | "stage_direction";
  quote: string;
}

const CLAIMS_AI = [
  /\b(?:i am|i'm|im|as)\s+(?:an?\s+)?(?:ai|a\.i\.|artificial intelligence|language model|chat ?bot|bot|virtual assistant|ai assistant)\b/i,
  /\b(?:large )?language model\b/i,
  /\b(?:this|it) is (?:just )?(?:a|an) (?:simulation|role-?play|training exercise)\b/i,
  /\bout of character\b/i,
];

const STAGE_DIRECTIONS = [
  /\*[^*\n]{1,80}\*/, // *sighs*
  /\[[^\]\n]{1,80}\]/, // [pauses]
  /\(\s*(?:[a-z]+ly\s+)?[a-z]+(?:s|ing)\b[^)\n]{0,60}\)/i, // (sighs), (angrily hangs up), (laughing)
  /^\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?:\s/, // "Dana: ..." speaker labels
];

/** Rule checks on a customer turn: never says it is an AI, never narrates stage directions. */
export function findRuleBreaks(text: string): RuleBreak[] {
  const found: RuleBreak[] = [];
  for (const pattern of CLAIMS_AI) {
    const match = pattern.exec(text);
    if (match) found.push({ rule: "claims_ai", quote: match[0] });
  }
  for (const pattern of STAGE_DIRECTIONS) {
    const match = pattern.exec(text);
    if (match) found.push({ rule: "stage_direction", quote: match[0].trim() });
  }
  return found;
}
