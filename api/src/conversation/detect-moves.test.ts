import { describe, expect, it } from "vitest";
import type { RepMove } from "./moves";
import { REP_MOVES } from "./moves";
import { detectMoves } from "./detect-moves";
import { MAX_SENTENCE_CHARS, splitSentences } from "./sentences";
import { readTurn } from "./read-turn";

const moves = (text: string): RepMove[] => detectMoves(text).map((found) => found.move);

const LONG_EXPLANATION =
  "So basically what happened is that your area is served by a piece of equipment that we have been upgrading over the last few weeks, " +
  "and while the engineers were doing that work there were a number of planned and unplanned interruptions, some of which were longer " +
  "than we expected, and I know that the notices went out by email but not everyone reads those emails and honestly I would not either, " +
  "and the good news is that the work is nearly finished now so in theory things should settle down over the next little while.";
const LONG_BILLING =
  "ok so let me go through the whole bill line by line for you because there are a lot of parts to it and it can get confusing, " +
  "first there is the internet plan itself and then there is the modem rental and then there are the taxes and the regulatory fees " +
  "which change every year and then there is the paper bill charge which you can remove if you switch to email billing and then " +
  "finally there is the amount that used to be taken off each month which is no longer there and that is really most of it";
const LONG_SMALL_TALK =
  "Hello and thank you so much for reaching out today. I really appreciate your patience while the system loaded, it has been very slow " +
  "all morning and we have had a lot of people contacting us about all sorts of things. Anyway I am here to help you and I will do " +
  "everything I can to look at the account. While it loads I will just mention that we have a survey at the end of the chat and it " +
  "would mean a lot to me if you filled it in, it only takes a minute or two and it helps us improve the service for everyone.";

/** [move, phrasings that must trigger it, phrasings that must not] */
const CASES: Array<[RepMove, string[], string[]]> = [
  [
    "interrogates_reason",
    [
      "Can I ask why you want to cancel?",
      "Help me understand what you're not liking about the service.",
      "What would it take to keep you?",
      "Why don't you want the fastest internet?",
    ],
    ["How has the outage affected your work?", "Why did the technician not turn up? I'll find out."],
  ],
  [
    "superiority_pitch",
    [
      "We have the fastest network in the state.",
      "We're the number one provider in the country.",
      "Our fibre is more reliable than any other provider.",
    ],
    ["The fastest way to fix this is a technician visit.", "I'll do my best to sort it today."],
  ],
  [
    "deflects_channel",
    [
      "You can do that on our website.",
      "You'll need to email billing about that.",
      "Please call the number on your bill.",
      "You'll need to call the billing line.",
    ],
    ["I'll email you the confirmation today.", "I can sort that for you right now."],
  ],
  [
    "greets",
    [
      "Hi, thanks for calling!",
      "hello my name is Sam",
      "Good morning, you're speaking with Priya from billing.",
      "Thanks for reaching out, how are you today?",
    ],
    ["Which plan are you on?", "This is a known issue in your area."],
  ],
  [
    "generic_empathy",
    [
      "That sounds really frustrating.",
      "I can hear how stressful this has been.",
      "I understand why you're upset.",
      "I completely understand your frustration.",
      "I hear you.",
      "Sorry for the inconvenience.",
    ],
    [
      "Losing a client call because of us is awful.",
      "I don't understand why you're upset.",
      "Oh great, just what you needed.",
    ],
  ],
  [
    "acknowledges_impact",
    [
      "Losing a client call because of us is awful.",
      "Three outages in a month is not acceptable.",
      "thats a nightmare when you run a bakery",
      "I can't imagine how hard it is to run a shop without a phone all day.",
      "You must be so frustrated after 9 years with us.",
      "No wonder you're confused, the jump from $55 to $85 came with no warning.",
      "That makes complete sense. You've been with us nine years and we let you down when it mattered most.",
    ],
    [
      "Sorry to hear that.",
      "I understand. Let me check your account.",
      "I don't understand why you're upset.",
      "It's hard to say when it will be fixed.",
      "Are you losing orders right now?",
    ],
  ],
  [
    "apologises",
    [
      "I'm so sorry.",
      "My apologies for the wait.",
      "I apologise for the outages.",
      "We really do apologize.",
      "im really sorry about this",
      "I can't tell you how sorry I am.",
    ],
    // "Sorry to hear that" is sympathy, not an apology (the blind labels of evals/moves, session 8).
    ["Thanks for your patience.", "I'm not sorry for enforcing the policy.", "Sorry to hear that."],
  ],
  [
    "asks_question",
    [
      "How has this affected your work?",
      "could you confirm the account number",
      "what time works for you?",
      "Is the light on the router green",
      "do you want me to book a technician",
      "im sorry, when did it start",
      "ok so have you tried restarting it",
    ],
    ["What happened is the node went down.", "Have a great day.", "I'll call you back by 3pm.", "Will do."],
  ],
  [
    "asks_about_impact",
    [
      "How has this affected your work?",
      "What did the outage cost you?",
      "did you lose any orders today",
      "How is the bakery coping without the phone?",
      "Tell me how this has impacted your business.",
      "What does this mean for your shop?",
    ],
    ["How long has the line been down?", "What's your account number?", "I know this has affected your business."],
  ],
  [
    "checks_understanding",
    [
      "Does that make sense?",
      "Is that clear?",
      "Any questions so far?",
      "did that answer your question",
      "Do you have any questions about the new price?",
    ],
    ["Does the router have a green light?", "That makes sense to me."],
  ],
  [
    "explains",
    [
      "Your bill went up because the 12-month promotion ended.",
      "The reason is a fault in the cable outside your street.",
      "What happened is the equipment in your area failed.",
      "That means you now pay the standard rate.",
      "your promo expired in march so the price went back to the regular rate",
    ],
    ["I'll send a technician tomorrow.", "I'm so sorry about what happened."],
  ],
  [
    "uses_jargon",
    [
      "Your MRC was prorated for the partial cycle.",
      "There's a fault on the node serving your street.",
      "I've raised it with tier 2.",
      "It's being handled per the ticket escalation matrix.",
      "The delay is in provisioning.",
      "The ETF applies under our SLA.",
      "that's part of the rate plan migration",
      "the DSLAM in your exchange is down",
    ],
    ["Your bill went up because the discount ended.", "Please don't ban me from the chat."],
  ],
  [
    "offers_remedy",
    [
      "I can put a $30 credit on your account.",
      "I'll refund the last month.",
      "Let me send a technician this afternoon.",
      "I'll waive the early termination fee.",
      "We'll give you a month free for the trouble.",
      "I can set up call forwarding to your mobile while the line is down.",
      "I can reinstate the promotional rate.",
    ],
    [
      "I can't give you a refund.",
      "Can I take your credit card number?",
      "I can give you 20% off if you stay with us.",
      "We don't offer credits for outages.",
    ],
  ],
  [
    "retention_pitch",
    [
      "Before you go, I'd love to tell you about a special offer.",
      "Have you considered upgrading to our fibre bundle?",
      "As a thank you for your loyalty, I can offer a better plan.",
      "I can give you 20% off if you stay with us.",
    ],
    ["I won't try to upgrade you, I'll cancel it now.", "Your plan is $85 a month."],
  ],
  [
    "refuses_or_delays",
    [
      "I can't cancel that over chat.",
      "That's company policy.",
      "That's not possible.",
      "I'm unable to waive that fee.",
      "There's nothing I can do.",
      "you have to wait 48 hours",
      "i cant do that today",
      "Sorry, I cannot.",
      "It can take 3-5 business days.",
    ],
    [
      "I can't wait to help you get this sorted.",
      "I can't imagine how stressful that is.",
      "I'll send a technician today.",
      "I can't thank you enough for your patience.",
    ],
  ],
  [
    "transfers",
    [
      "Let me transfer you to billing.",
      "I'll put you through to the retentions team.",
      "That's another department, I'll connect you with them.",
      "im transferring you now",
    ],
    ["I won't transfer you, I'll sort this myself.", "I don't want to pass you around."],
  ],
  [
    "escalates",
    [
      "Let me get my supervisor.",
      "I'm escalating this to our specialist team.",
      "I'll mark this as top priority.",
      "I'm going to get my manager on the line.",
      "ive flagged it as urgent",
    ],
    ["I can't escalate this.", "Your business is our top priority.", "It's handled per the ticket escalation matrix."],
  ],
  [
    "commits_to_action",
    [
      "I will call you back by 3pm.",
      "I'll send the technician tomorrow morning.",
      "I'll email you confirmation today.",
      "ive booked an engineer for friday",
      "A technician will be with you within 4 hours.",
      "I'm going to follow up with the repair team myself.",
    ],
    ["I'll try to look into it.", "We'll see what we can do.", "I will be honest with you."],
  ],
  [
    "confirms_cancellation",
    [
      "I've cancelled your service.",
      "Your cancellation is confirmed.",
      "I'll process the cancellation now.",
      "im cancelling it now",
      "Your account has been closed and you won't be billed again.",
    ],
    [
      "I can't cancel your service over chat.",
      "Are you sure you want me to cancel?",
      "I'm not cancelling anything yet.",
    ],
  ],
  [
    "tells_customer_to_calm_down",
    [
      "Please calm down.",
      "Sir, there's no need to shout.",
      "ok relax, it's just a bill",
      "Can you lower your voice please?",
      "Stop yelling at me.",
    ],
    [
      "I'm not going to tell you to calm down, you have every right to be angry.",
      "I'll stay calm and get this sorted for you.",
    ],
  ],
  [
    "blames_customer",
    [
      "That's your fault for not reading the contract.",
      "You should have read the terms.",
      "Honestly that's not our problem.",
      "you didnt read the email we sent",
      "It was all in the contract you signed.",
    ],
    ["It's not your fault at all.", "You should have received a confirmation email."],
  ],
  ["rambles", [LONG_EXPLANATION, LONG_BILLING, LONG_SMALL_TALK], ["I'm sorry, I'll credit you $30 today."]],
];

const POSITIVE = CASES.flatMap(([move, positives]) => positives.map((text) => [move, text] as const));
const NEGATIVE = CASES.flatMap(([move, , negatives]) => negatives.map((text) => [move, text] as const));

describe("detectMoves", () => {
  it("has at least 3 positive and 1 negative phrasing for every move", () => {
    expect(CASES.map(([move]) => move).sort()).toEqual([...REP_MOVES].sort());
    for (const [, positives, negatives] of CASES) {
      expect(positives.length).toBeGreaterThanOrEqual(3);
      expect(negatives.length).toBeGreaterThanOrEqual(1);
    }
  });

  it.each(POSITIVE)("detects %s in %j", (move, text) => {
    expect(moves(text)).toContain(move);
  });

  it.each(NEGATIVE)("does not detect %s in %j", (move, text) => {
    expect(moves(text)).not.toContain(move);
  });

  it.each<[string, RepMove[]]>([
    [
      "I'm so sorry, losing a client call because of our outage is awful. How has it affected your work?",
      ["acknowledges_impact", "apologises", "asks_question", "asks_about_impact"],
    ],
    [
      "Hi, my name is Sam. I'm sorry, but I can't cancel your service, it's company policy. You'll need to call the retentions team.",
      ["greets", "apologises", "refuses_or_delays", "deflects_channel", "transfers"],
    ],
    [
      "That's awful, a bakery can't lose a whole day of orders. I'm escalating this to our priority repair team and I'll call you back by 3pm with an update.",
      ["acknowledges_impact", "escalates", "commits_to_action"],
    ],
    [
      "Your 12-month promotion ended in March, which is why the bill went from $55 to $85. I can put a $30 credit on this month's bill. Does that make sense?",
      ["asks_question", "checks_understanding", "explains", "offers_remedy"],
    ],
    [
      "Before you go, we have a special bundle deal if you stay with us. Please calm down and listen.",
      ["retention_pitch", "tells_customer_to_calm_down"],
    ],
    [
      "im so sorry thats really frustrating ill send a technician tomorrow morning",
      ["generic_empathy", "apologises", "offers_remedy", "commits_to_action"],
    ],
    [
      "I understand why you're leaving after three outages. I've cancelled your service and I'll email you confirmation today.",
      ["acknowledges_impact", "commits_to_action", "confirms_cancellation"],
    ],
    ["I can't cancel until your contract ends, you should have read it.", ["refuses_or_delays", "blames_customer"]],
  ])("classifies the turn %j", (text, expected) => {
    expect(moves(text)).toEqual(expected);
  });

  it("returns moves in REP_MOVES order, at most once each", () => {
    const found = moves("Sorry! I'm so sorry. My apologies. Hi there. Is that clear? Does that make sense?");
    expect(found).toEqual(["greets", "apologises", "asks_question", "checks_understanding"]);
  });

  it("quotes the triggering sentence, tolerating curly apostrophes", () => {
    expect(detectMoves("Thanks for waiting. I’m so sorry about that. I’ll call you back by 5pm.")).toEqual([
      { move: "apologises", quote: "I’m so sorry about that." },
      { move: "commits_to_action", quote: "I’ll call you back by 5pm." },
    ]);
  });

  it("quotes the first sentence when rambling", () => {
    expect(detectMoves(LONG_SMALL_TALK).find((found) => found.move === "rambles")?.quote).toBe(
      "Hello and thank you so much for reaching out today.",
    );
  });

  it("returns nothing for empty or move-free text", () => {
    expect(detectMoves("")).toEqual([]);
    expect(detectMoves("   ")).toEqual([]);
    expect(detectMoves("Your plan is $85 a month.")).toEqual([]);
  });

  it("quotes only exact substrings of the input", () => {
    const texts = [...POSITIVE, ...NEGATIVE].map(([, text]) => text);
    for (const text of texts) {
      for (const { quote } of detectMoves(text)) {
        expect(quote.length).toBeGreaterThan(0);
        expect(text).toContain(quote);
      }
    }
  });
});

describe("splitSentences", () => {
  it.each<[string, string[]]>([
    ["Hi there. How are you? Great!", ["Hi there.", "How are you?", "Great!"]],
    ["Your bill is $55.00 now. It was $85.", ["Your bill is $55.00 now.", "It was $85."]],
    ["I'll call by 3 p.m. tomorrow. Thanks", ["I'll call by 3 p.m. tomorrow.", "Thanks"]],
    ["  no punctuation at all  ", ["no punctuation at all"]],
    ["first line\nsecond line", ["first line", "second line"]],
    ["Really?! (I had no idea.) Wow...", ["Really?!", "(I had no idea.)", "Wow..."]],
    ["", []],
  ])("splits %j", (text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences).toEqual(expected);
    for (const sentence of sentences) expect(text).toContain(sentence);
  });

  it("reads a run with no full stop in pieces of at most MAX_SENTENCE_CHARS, cut at spaces, losing no word", () => {
    const run = "why do you want to cancel and leave us ".repeat(100).trim();
    const pieces = splitSentences(run);
    expect(pieces.length).toBeGreaterThan(run.length / MAX_SENTENCE_CHARS);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(pieces.join(" ")).toBe(run);
    // A piece still reads as what it says.
    expect(moves(run)).toContain("interrogates_reason");
    // No space to cut at: cut at the limit.
    expect(splitSentences("x".repeat(1000)).map((piece) => piece.length)).toEqual([400, 400, 200]);
  });

  it("reads questions as open or closed, and sarcasm as no kindness", () => {
    const open = readTurn("How has all this affected your work?").sentences[0];
    const closed = readTurn("Is your router on?").sentences[0];
    expect(open?.question).toBe("open");
    expect(closed?.question).toBe("closed");
    expect(readTurn("Oh great, another outage, just what you needed.").moves).toEqual([]);
  });

  it("withdraws negated promises", () => {
    expect(moves("I won't transfer you.")).not.toContain("transfers");
    expect(moves("I'm not going to refund that.")).not.toContain("offers_remedy");
    expect(moves("I can't cancel that today.")).toContain("refuses_or_delays");
  });

  it("flags a verb-less list of rubric words, and a turn with implausibly many moves, as unnatural", () => {
    const list = readTurn(
      "Apologies, your situation, nine years, credit, technician Thursday, no transfer, confirmation email.",
    );
    expect(list.unnatural).toMatch(/fragments/);
    const stuffed = readTurn(
      "Hi I'm Sam, sorry, I understand your frustration, we have the best network, upgrade deal, I'll credit you and call you by 3pm and escalate to a manager?",
    );
    expect(stuffed.unnatural).not.toBeNull();
    expect(
      readTurn("I'm so sorry about the outage on your client call. I'll book a technician for Thursday.").unnatural,
    ).toBeNull();
  });
});
