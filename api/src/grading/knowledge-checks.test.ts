import { describe, expect, it } from "vitest";
import type { Turn } from "../conversation/transcript";
import { type KnowledgeEntry, knowledgeEntry } from "../library/knowledge-schema";
import { testRubric } from "../testing/fixtures";
import { amountsIn, parseNumber } from "./amounts";
import { runChecks } from "./checks";
import { checkKnowledge } from "./knowledge-checks";

const entry = (value: unknown): KnowledgeEntry => knowledgeEntry.parse(value);
const knowledge = [
  entry({
    id: "goodwill-credit",
    kind: "offer",
    title: "Goodwill credit",
    text: "At most one goodwill credit, up to one month's charge.",
    limit: { max: 1, unit: "months" },
    mentions: ["credit"],
  }),
  entry({
    id: "late-fee-waiver",
    kind: "offer",
    title: "Late fee waiver",
    text: "Waive one late fee of up to $25.",
    limit: { max: 25, unit: "dollars" },
    mentions: ["/late.?fee/"],
  }),
  entry({
    id: "refund-timing",
    kind: "policy",
    title: "Refund timing",
    text: "Refunds reach the card in 5 to 7 business days; never promise same-day.",
    forbids: ["/refund.{0,30}(today|same.?day|right now)/", "same-day refund"],
  }),
];
const rep = (index: number, text: string): Turn => ({ index, role: "rep", text });

describe("amounts", () => {
  it.each<[string, number | null]>([
    ["eighty-five", 85],
    ["one hundred and twenty", 120],
    ["1,200.50", 1200.5],
    ["a", 1],
    ["one and a half", 1.5],
    ["lots", null],
  ])("parseNumber(%s)", (raw, value) => expect(parseNumber(raw)).toBe(value));

  it.each<[string, "dollars" | "months" | "days" | "percent", number[]]>([
    ["I'll put a month's credit on your account.", "months", [1]],
    ["Two months of credit and three full months free.", "months", [2, 3]],
    ["I can refund $170.50, or eighty-five dollars.", "dollars", [170.5, 85]],
    ["Within 5 business days.", "days", [5]],
    ["A 20% discount.", "percent", [20]],
    ["No amount here.", "dollars", []],
    // A rate is not a length: "forty a month" is $40 each month, not forty-one months.
    ["Forty a month is something we can do.", "months", [1]],
    ["If you can do twenty a month, we'll keep it at twenty.", "months", [1]],
    ["One and a half months, or a hundred days.", "months", [1.5]],
  ])("amountsIn(%s)", (sentence, unit, amounts) => expect(amountsIn(sentence, unit)).toEqual(amounts));
});

describe("checkKnowledge", () => {
  it.each<[string, string, { status: string; entry: string | null; reason: RegExp } | null]>([
    [
      "an amount within the limit is followed",
      "I can put a month's credit on your account today.",
      { status: "followed", entry: "goodwill-credit", reason: /within the limit of 1 month/ },
    ],
    [
      "an amount above the limit is broken",
      "I'll put two months' credit on your account.",
      { status: "broken", entry: "goodwill-credit", reason: /states 2 months, above the limit of 1 month/ },
    ],
    [
      "dollars above the limit",
      "I can take the $40 late fee off for you.",
      { status: "broken", entry: "late-fee-waiver", reason: /\$40, above the limit of \$25/ },
    ],
    [
      "a forbidden promise",
      "Your refund will be back on your card today.",
      { status: "broken", entry: "refund-timing", reason: /rules out/ },
    ],
    [
      "an offer not in the knowledge",
      "I can give you a free upgrade to our premium plan.",
      { status: "broken", entry: null, reason: /not in the knowledge/ },
    ],
    ["stating the policy is not a promise", "I can't promise a same-day refund, I'm sorry.", null],
    ["a sentence about nothing in the knowledge", "How has this affected you?", null],
    [
      "a rate in words is not a length over the limit",
      "Forty a month on the 1st works, with the credit kept.",
      { status: "followed", entry: "goodwill-credit", reason: /within the limit of 1 month/ },
    ],
    // Reassuring the customer with a policy does not break it.
    ['"we\'re not going to" states the policy', "We're not going to refund it today, it takes five days.", null],
    ['"never" states the policy', "We never promise a same-day refund.", null],
  ])("%s", (_label, text, expected) => {
    const findings = checkKnowledge(knowledge, [rep(1, text)]);
    if (expected === null) return expect(findings).toEqual([]);
    expect(findings).toContainEqual(
      expect.objectContaining({ status: expected.status, entry: expected.entry, turn: 1, quote: text }),
    );
    expect(findings.find((finding) => finding.status === expected.status)?.reason).toMatch(expected.reason);
  });

  describe("each amount belongs to the entry it is said with", () => {
    const withHandset = [
      ...knowledge,
      entry({
        id: "handset-refund",
        kind: "offer",
        title: "Handset refund",
        text: "Refund a faulty handset in full, up to $200.",
        limit: { max: 200, unit: "dollars" },
        mentions: ["handset"],
      }),
    ];
    it("holds each entry to its own amount, not the largest in the sentence", () => {
      const findings = checkKnowledge(withHandset, [
        rep(1, "I'll take the $20 late fee off and refund the $170 handset in full."),
      ]);
      expect(findings.filter((finding) => finding.status === "broken")).toEqual([]);
      expect(findings).toContainEqual(expect.objectContaining({ entry: "late-fee-waiver", status: "followed" }));
      expect(findings).toContainEqual(expect.objectContaining({ entry: "handset-refund", status: "followed" }));
    });
    it("still finds the one over its limit", () => {
      const findings = checkKnowledge(withHandset, [
        rep(1, "I'll refund the $170 handset and take the $40 late fee off."),
      ]);
      expect(findings).toContainEqual(
        expect.objectContaining({ entry: "late-fee-waiver", status: "broken", reason: expect.stringMatching(/\$40/) }),
      );
      expect(findings).toContainEqual(expect.objectContaining({ entry: "handset-refund", status: "followed" }));
    });
  });

  it.each(["I'm waiving the late fee, $20.", "The late fee of $20 is waived.", "I waive late fees of $20."])(
    "any form of an offer's words finds it: %s",
    (text) => {
      const waiver = entry({
        id: "fee-waiver",
        kind: "offer",
        title: "Fee waiver",
        text: "Waive a late fee up to $25.",
        limit: { max: 25, unit: "dollars" },
        mentions: ["waive"],
      });
      expect(checkKnowledge([waiver], [rep(1, text)])).toContainEqual(
        expect.objectContaining({ entry: "fee-waiver", status: "followed" }),
      );
    },
  );

  it("quotes the policy line a finding is about", () => {
    const [finding] = checkKnowledge(knowledge, [rep(3, "I'll put two months' credit on your account.")]);
    expect(finding).toMatchObject({ policy: "At most one goodwill credit, up to one month's charge.", turn: 3 });
  });

  it("reads carrying out an offer made earlier in the call as following it, not as a new offer", () => {
    const plan = entry({
      id: "payment-plan",
      kind: "offer",
      title: "Payment plan",
      text: "Spread a balance over up to twelve months.",
      mentions: ["payment plan", "/spread/"],
    });
    const followUp = "I'll set up the plan today and send you the details in writing.";
    const broken = (turns: Turn[]) =>
      checkKnowledge([plan], turns).filter((finding) => finding.status === "broken" && finding.quote === followUp);
    expect(broken([rep(1, "We can spread the $840 over twelve months as a payment plan."), rep(3, followUp)])).toEqual(
      [],
    );
    // The same words with no offer before them, or a new thing offered after one, are still offers to check.
    const fresh = checkKnowledge([plan], [rep(1, "I'll set up a hardship grant today.")]);
    expect(fresh).toContainEqual(expect.objectContaining({ status: "broken", entry: null }));
    const another = checkKnowledge(
      [plan],
      [rep(1, "We can spread the balance as a payment plan."), rep(3, "I'll also refund the late fee today.")],
    );
    expect(another).toContainEqual(expect.objectContaining({ status: "broken", entry: null }));
  });

  it("an amount left open where the knowledge caps it breaks the limit", () => {
    const text = "Take a cab and keep the receipt, we'll cover the late fee whatever it comes to.";
    expect(checkKnowledge(knowledge, [rep(1, text)])).toContainEqual(
      expect.objectContaining({
        entry: "late-fee-waiver",
        status: "broken",
        reason: "promises no limit where the knowledge sets $25",
      }),
    );
  });

  it("an offer that names nothing of its own is about the offer the sentence before named", () => {
    const partner = entry({
      id: "partner-room",
      kind: "offer",
      title: "Room at a partner hotel",
      text: "Book a room at the Harbour Inn, up to $250 a night.",
      limit: { max: 250, unit: "dollars" },
      mentions: ["harbour inn"],
    });
    const turn = rep(
      1,
      "At the Harbour Inn, five minutes down the road. I've just booked you a double there, paid by us.",
    );
    expect(checkKnowledge([partner], [turn]).filter((finding) => finding.status === "broken")).toEqual([]);
    // Alone, the same words offer something the knowledge does not list.
    expect(checkKnowledge([partner], [rep(1, "I've just booked you a double there, paid by us.")])).toContainEqual(
      expect.objectContaining({ status: "broken", entry: null }),
    );
  });

  it("months said against a limit in days count as 30 days each", () => {
    const pause = entry({
      id: "breathing-space",
      kind: "offer",
      title: "Breathing space",
      text: "Pause calls, letters and interest for up to 60 days.",
      limit: { max: 60, unit: "days" },
      mentions: ["on hold", "breathing space"],
    });
    const over = "I'm going to put the whole account on hold for three months, no calls, no letters.";
    expect(checkKnowledge([pause], [rep(1, over)])).toContainEqual(
      expect.objectContaining({ entry: "breathing-space", status: "broken", reason: expect.stringMatching(/90 days/) }),
    );
    const within = "I can put the account on hold for two months while you get advice.";
    expect(checkKnowledge([pause], [rep(1, within)])).toContainEqual(
      expect.objectContaining({ entry: "breathing-space", status: "followed" }),
    );
  });

  it("finds nothing without knowledge", () => {
    expect(checkKnowledge([], [rep(1, "I'll put ten months' credit on and refund you today.")])).toEqual([]);
  });
});

describe("a knowledge check in a rubric criterion", () => {
  const rubric = testRubric();
  const base = rubric.criteria[0];
  if (!base) throw new Error("the test rubric has criteria");
  const criterion = { ...base, checks: [{ knowledge: true as const, cap: 2 }] };

  it("fails with the broken policy line as the reason, capped at cap", () => {
    const failed = runChecks(rubric, criterion, [rep(1, "I'll put three months' credit on.")], knowledge);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      cap: 2,
      evidence: [{ turn: 1, quote: "I'll put three months' credit on." }],
    });
    expect(failed[0]?.reason).toContain(`breaks "At most one goodwill credit, up to one month's charge."`);
  });

  it("passes a rep who keeps to the knowledge", () => {
    expect(runChecks(rubric, criterion, [rep(1, "I can put one month's credit on.")], knowledge)).toEqual([]);
  });
});

describe("a giveaway beside a listed offer (issue 14: the rubric's own level-1 example passed)", () => {
  const broken = (text: string) =>
    checkKnowledge(knowledge, [rep(1, text)]).filter((finding) => finding.status === "broken");

  it("a voucher thrown in with a listed waiver breaks the knowledge, quoting the sentence", () => {
    const finding = broken("I'll waive the $20 late fee and throw in a $100 voucher for your trouble.").find(
      (candidate) => candidate.entry === null,
    );
    expect(finding?.reason).toBe('offers "voucher", which is not in the knowledge');
    expect(finding?.quote).toContain("$100 voucher");
  });

  it("a free upgrade beside a listed credit breaks it", () => {
    expect(broken("I'll add a month's credit and give you a free upgrade to the faster plan.")).toHaveLength(1);
  });

  it("what the knowledge lists is not a giveaway, nor is the card a refund goes back to", () => {
    expect(broken("I'll put a month's credit on your account and waive the $25 late fee.")).toEqual([]);
    expect(broken("I'll waive the late fee, and it goes back to your credit card.")).toEqual([]);
  });

  it("a giveaway the rep rules out is no offer", () => {
    expect(broken("I'll waive the late fee, but I can't give you a voucher on top.")).toEqual([]);
  });
});

describe("an offer named by its title's head noun (session 16)", () => {
  const plans = [
    entry({
      id: "payment-plan",
      kind: "offer",
      title: "Payment plan",
      text: "Spread arrears over up to 12 months.",
      limit: { max: 12, unit: "months" },
      mentions: ["payment plan", "instalments"],
    }),
    entry({
      id: "hold-bill",
      kind: "offer",
      title: "Hold the bill",
      text: "Hold the bill for 14 days.",
      mentions: ["hold the bill"],
    }),
  ];
  const offered = (text: string) => checkKnowledge(plans, [rep(1, text)]);

  it("'a plan at $60 a month' offers the payment plan, and its limit applies", () => {
    expect(offered("We can set up a plan at sixty dollars a month over twelve months.")).not.toContainEqual(
      expect.objectContaining({ reason: "offers something that is not in the knowledge" }),
    );
    expect(offered("We can set up a plan at sixty dollars a month over eighteen months.")).toContainEqual(
      expect.objectContaining({ entry: "payment-plan", status: "broken" }),
    );
  });

  it("a title that names an act gives no head noun: a credit on the bill is not 'Hold the bill'", () => {
    expect(offered("I can credit twenty dollars to your bill.")).toContainEqual(
      expect.objectContaining({ reason: "offers something that is not in the knowledge" }),
    );
  });
});

describe("a refund in other words (session 16)", () => {
  const night = entry({
    id: "refund-night",
    kind: "offer",
    title: "Refund the night",
    text: "Refund tonight's prepaid rate ($189) in full.",
    limit: { max: 189, unit: "dollars" },
    mentions: ["refund", "money back"],
  });
  it("'$189 is going back on your card' is the listed refund, and its limit applies", () => {
    expect(checkKnowledge([night], [rep(1, "And tonight's $189 is going back on your card.")])).toEqual([
      expect.objectContaining({ entry: "refund-night", status: "followed" }),
    ]);
    expect(checkKnowledge([night], [rep(1, "And tonight's $250 is going back on your card.")])).toContainEqual(
      expect.objectContaining({ entry: "refund-night", status: "broken" }),
    );
  });
});

describe("an offer named by the noun before its title's preposition (session 17, a held call)", () => {
  const lookup = entry({
    id: "card-lookup",
    kind: "offer",
    title: "Refund by card lookup",
    text: "If the purchase is found on the customer's card, refund it to that card; it shows in 3 to 5 working days.",
    limit: { max: 5, unit: "days" },
    mentions: ["look it up", "refund to your card"],
  });
  it("'a full refund to that card' is the listed refund by card lookup", () => {
    expect(checkKnowledge([lookup], [rep(1, "I can give you a full refund to that card today.")])).not.toContainEqual(
      expect.objectContaining({ reason: "offers something that is not in the knowledge" }),
    );
    expect(checkKnowledge([lookup], [rep(1, "I can give you store credit instead.")])).toContainEqual(
      expect.objectContaining({ reason: "offers something that is not in the knowledge" }),
    );
  });
});
