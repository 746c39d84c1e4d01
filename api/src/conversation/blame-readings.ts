import type { Tokens } from "./tokens";
import { clauses } from "./clause-spans";

/**
 * Blame in forms blame-deeds.ts does not read (session 16, issue 14 item 7), each by what the clause
 * does rather than by one call's phrase: the fault put "on" the customer, the customer's own thing
 * named as the cause with a hedge ("your router is probably the problem"), what the customer made or
 * sent judged faulty ("the photos you sent were blurry"), a duty pressed on them with "really" or
 * "next time", and their own paperwork cited back at them ("it says so on your quote").
 */

/** "That one's on you", "this part is on you": the fault placed with them ("that's on us" owns it). */
const ON_YOU = /\b(?:that|this|it)(?: one| part| bit)?(?:'s| is| was) (?:all |really |honestly )?on you\b(?! to\b)/i;

/** "Your router is probably the problem", "your old handset is most likely the cause". */
const YOURS_THE_CAUSE =
  /\byour (?:own )?[\w-]+(?: [\w-]+)?(?:'s| is| was| must be| seems to be)(?: (?:probably|likely|most likely|almost certainly|clearly|definitely|obviously|really|actually))+ (?:the (?:problem|issue|cause|culprit|fault)|at fault|to blame)\b/i;

/** What is wrong with what the customer made or sent: "blurry", "incomplete", "not signed". */
const FAULTY =
  /^(?:blurry|wrong|incorrect|incomplete|missing|illegible|unreadable|invalid|expired|outdated|unclear|blank|late|inaccurate|unsigned|insufficient|damaged|faulty|corrupted|cropped)$/;
/** Acts by which a customer makes or sends something a process needs. */
const PROVIDED =
  /^(?:send|give|provide|enter|submit|upload|type|write|fill|supply|attach|take|choose|pick|put|return|post|use|sign|book)$/;

/** "The photos you sent were blurry", "the address you gave us was incomplete", "the form you sent back isn't signed". */
function theirThingFaulty(tokens: Tokens, [from, to]: [number, number]): boolean {
  const { words, lemmas, pos } = tokens;
  for (let n = from; n < to - 3; n += 1) {
    if (pos[n] !== "NOUN") continue;
    const you =
      words[n + 1] === "you"
        ? n + 1
        : /^(?:that|which)$/.test(words[n + 1] ?? "") && words[n + 2] === "you"
          ? n + 2
          : -1;
    if (you < 0) continue;
    let v = you + 1;
    while (/^(?:had|'d|have|'ve|just|originally|then)$/.test(words[v] ?? "")) v += 1;
    // Said in the past: "you sent", "you'd given"; not "the form you need".
    if (pos[v] !== "VERB" || words[v] === lemmas[v] || !PROVIDED.test(lemmas[v] ?? "")) continue;
    for (let b = v + 1; b < to - 1; b += 1) {
      if (!/^(?:was|were|is|are|'s|'re|came|arrived|looked|seemed)$/.test(words[b] ?? "")) continue;
      const rest = words.slice(b + 1, Math.min(b + 4, to));
      const i = rest.findIndex((word) => !/^(?:too|a|bit|very|quite|slightly|completely|all|just|really)$/.test(word));
      const said = rest[i] ?? "";
      if (FAULTY.test(said)) return true;
      // "…isn't signed", "…wasn't clear": the thing lacks what it needed.
      if (said === "not" || said === "n't")
        return /^(?:signed|clear|legible|valid|complete|readable|dated)$/.test(rest[i + 1] ?? "");
      return false;
    }
  }
  return false;
}

/**
 * "You really should ring ahead", "you should really keep receipts", "next time you need to tell us first", "next
 * time, please read the instructions": a duty pressed on the customer (the last two orders, session 17, second round).
 */
const PRESSED =
  /\b(?:you (?:really|honestly|seriously|always|do) (?:should|need to|ought to|must|have to)|you (?:should|need to|ought to|must|have to) (?:really|honestly|always)|(?:in future|next time|from now on),?(?: please)?(?=\s+(?:read|check|keep|call|ring|tell|let|make|remember|follow|double-check|save|look|ask|book|give)\b)|(?:in future|next time|from now on),? (?:you (?:should|need to|must|'ll need to|will need to|have to)|(?:please )?(?:make sure|remember|be sure) (?:you|to)))\s+(?!(?:be|get|have|receive|hear|feel|know|see|enjoy|find|expect|try|consider|come|visit|treat|claim|ask|upgrade|switch|check out|look at|take a look)\b)\w+/i;

/** The customer's own paperwork cited back: "it says so on your quote", "it's clearly stated in your terms". */
const THEIR_PAPERS = String.raw`(?:the|your) (?:[\w-]+ )?(?:contract|terms|quote|email|letter|confirmation|receipt|booking|agreement|invoice|paperwork|leaflet|ticket|documents?|small print|t&cs|statement|welcome pack)`;
const PAPERS_CITED = new RegExp(
  String.raw`\bit says (?:so|that|as much) (?:clearly )?(?:on|in) ${THEIR_PAPERS}\b|\b(?:it(?:'s| is| was)|that(?:'s| is| was)) (?:all |very |quite )?(?:clearly )?(?:stated|written|printed|set out|spelled out|spelt out|explained|shown|listed) (?:on|in) ${THEIR_PAPERS}\b`,
  "i",
);

/** The cause placed in what is the customer's: "it's probably something with your wiring", "your old router is what's causing it", "the fault's with your handset, not our network". */
const THEIRS_NOT_OURS = new RegExp(
  [
    String.raw`\b(?:it'?s|it is|that'?s|it must be|it'?ll be|it could be|it might be|it'?s likely)(?: \w+ly)? (?:something|a problem|an issue|a fault|the problem|the issue|the fault) (?:with|in|on|at) your\b`,
    String.raw`\byour (?:own )?[\w-]+(?: [\w-]+)? (?:is|'s|was)(?: \w+ly)? what(?:'s| is| was) (?:causing|behind|doing)\b`,
    String.raw`\byour (?:own )?[\w-]+(?: [\w-]+)?,? not (?:with |in |on )?(?:our|my|the company'?s) [\w-]+`,
  ].join("|"),
  "i",
);
/** "You're the one who booked it", "you were the one that ticked the box": the customer named as the doer of a past act (not "the one who matters"). */
const YOU_THE_ONE =
  /\byou(?:'re| are| were) the (?:one|ones|person) (?:who|that) (?:\w+ed|chose|made|sent|gave|forgot|took|put|set|left|wrote|broke|threw|bought|signed|deleted)\b(?<!\b(?:waited|suffered|called|asked|wanted|lost|paid|been))/i;
/** "Most people don't clean the filter properly", "a lot of customers forget to register it": fault by comparison. */
const MOST_PEOPLE =
  /\b(?:most|many|a lot of|lots of|plenty of) (?:people|customers|users|owners|members|cardholders)(?: \w+)? (?:don'?t|do not|never|forget|fail|miss)\b(?! (?:need|have|know|realise|realize|notice|mind|want|like|get|see|even)\b)/i;
/** "Everyone else managed to register in time", "other customers remember to…": the customer set against those who did it. */
const OTHERS_MANAGED =
  /\b(?:everyone|everybody|all (?:the )?other (?:customers|people|guests|members|passengers)|other (?:customers|people|guests|members|passengers))(?: else)? (?:managed|manage|manages|remembered|remember|seem to manage|seemed to manage) to\b/i;
/** "You skipped the update, that's why the app crashed": the customer's act given as the cause of the trouble. */
const YOUR_ACT_THE_CAUSE =
  /\byou(?: had| 'd)? (\w+)\b[^.?!]*?,? (?:and |so )?(?:that'?s|that is|which is|which'?s) (?:why|how|what|where)\b(?! (?:i|we|i'?ve|we'?ve|i'?m|we'?re)\b)/i;
const NOT_A_FAULT =
  /^(?:called|rang|phoned|asked|told|mentioned|contacted|requested|wanted|said|got|received|had|were|are|did|have|need|needed|came|went|paid|chose|joined|signed|upgraded|renewed|spoke|waited|lost|suffered|deserve|deserved)$/;

/** Whether the sentence blames the customer in one of the forms above. */
export function blamesByReading(text: string, tokens: Tokens): boolean {
  if (/\b(?:sorry|apologi[sz]e|shame|pity|not your fault)\b/i.test(text)) return false;
  if (ON_YOU.test(text) || YOURS_THE_CAUSE.test(text) || PRESSED.test(text) || PAPERS_CITED.test(text)) return true;
  if (THEIRS_NOT_OURS.test(text) || YOU_THE_ONE.test(text) || MOST_PEOPLE.test(text) || OTHERS_MANAGED.test(text))
    return true;
  const act = YOUR_ACT_THE_CAUSE.exec(text);
  if (act && /(?:ed|t)$/.test(act[1] ?? "") && !NOT_A_FAULT.test(act[1]?.toLowerCase() ?? "")) return true;
  return clauses(tokens).some((range) => theirThingFaulty(tokens, range));
}
