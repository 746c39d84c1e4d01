/**
 * Blame said by mockery (session 16, issue 14 item 7): sarcasm aimed at the customer's complaint puts the
 * fault back on them, however it is worded ("apparently we're responsible for your neighbour's dog", "well,
 * that's travel for you"). Read by form: a mock acceptance of blame, a word put in scare quotes, "that's …
 * for you". An ironic opener before a claim about fault ("Oh, sure, because…") cost precision on the check
 * half of DEV and was taken out; a negative question about a notice they were sent ("did you not get the
 * text we sent?") was tried and left out: the labels of DEV read it both ways.
 */

/** "Apparently we're also responsible for…", "somehow we're the ones to blame": blame accepted only to mock it. */
const MOCK_FAULT =
  /\b(?:apparently|somehow)\b[^.?!]*\b(?:we(?:'re| are)|it'?s|that'?s|i'?m) (?:(?:also|even|now) (?:responsible for|to blame|our fault|the company'?s fault)|(?:also |even |now )?the ones? to blame)\b/i;
/** A single word in scare quotes after a verb of being or saying: 'everyone was "told"'. */
const SCARE_QUOTES = /\b(?:was|were|is|are|got|been|apparently)\s+["“‘][a-z]+["”’]/i;
/** "That's travel for you", "that's the weather for you": a shrug at what they went through. */
const SHRUG = /\bthat'?s (?:the )?(?!all\b|done\b|sorted\b)\w+(?<!ed) for you(?=[.!,;]|$)/i;
/** Whether a statement mocks the customer's complaint. */
export function mocksTheCustomer(text: string): boolean {
  return MOCK_FAULT.test(text) || SCARE_QUOTES.test(text) || SHRUG.test(text);
}
