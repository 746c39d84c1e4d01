import { describe, expect, it } from "vitest";
import { advance, initialState, type RepTurnReading } from "../practice/director";
import type { Transcript } from "../conversation/transcript";
import { readByRules } from "../conversation/detect-moves";
import { testPersona } from "../testing/fixtures";
import { backedByRep, withoutUnsaidEcho } from "./backed-lines";
import { chooseLine } from "./offline-persona";

const persona = testPersona({
  knowledge: [
    { id: "refund", kind: "offer", title: "Refund", text: "Refund the order.", mentions: ["refund", "money back"] },
  ],
  endings: {
    offer_accepted: [
      "Okay. Refund, and you call me tomorrow at five. Thank you. I'll say so in an update.",
      'Okay. You said "{promise}". I\'ll stay.',
    ],
  },
});

describe("a closing line names only what the rep said (issue 14 item 4)", () => {
  it.each([
    [
      "I'll refund you and call you tomorrow at five.",
      "Okay. Refund, and you call me tomorrow at five. Thank you. I'll say so in an update.",
    ],
    ["I'll call you on Thursday at 10.", "Okay. Thank you. I'll say so in an update."],
    ["I'll refund the order today.", "Okay. Thank you. I'll say so in an update."],
  ])("after %j", (rep, expected) => {
    expect(backedByRep(persona.endings.offer_accepted![0]!, [rep], persona)?.text).toBe(expected);
  });

  it("an offer named in another form ('night refunded') is still one the rep must have made", () => {
    const line = "Okay. A room nearby, night refunded. That's fair. Thank you.";
    expect(backedByRep(line, ["I've booked you a room nearby."], persona)?.text).toBe("Okay. That's fair. Thank you.");
    expect(backedByRep(line, ["I'll refund tonight and book a room nearby."], persona)?.full).toBe(true);
  });

  it("a line with nothing left but its invented sentences is no line", () => {
    expect(backedByRep("Okay. See you tomorrow at five.", ["I'll sort it."], persona)).toBeNull();
  });

  it("the customer closes on the rep's own promise rather than one the file made up", () => {
    const rep = "I'm so sorry. I'll call you on Thursday at 10 with what changed.";
    const reading: RepTurnReading = { ...readByRules(rep), turn: 1 };
    const transcript: Transcript = [
      { index: 0, role: "customer", text: "I want this sorted." },
      { index: 1, role: "rep", text: rep },
    ];
    const next = advance(persona, "medium", initialState(persona), reading);
    const state = { ...next.state, outcome: "offer_accepted" };
    const line = chooseLine({ sessionId: "s", persona, difficulty: "medium", transcript, ...next, state });
    expect(line).toBe("Okay. You said \"I'll call you on Thursday at 10 with what changed\". I'll stay.");
    expect(line).not.toMatch(/tomorrow|five|Refund/);
  });
});

describe("a line that echoes the rep says only what this rep said (session 16)", () => {
  const line = "Two payments abroad? No, that wasn't me.";
  it("keeps the echo of words the rep said, in any number form", () => {
    expect(withoutUnsaidEcho(line, "We stopped two payments from abroad last night.")).toBe(line);
    expect(withoutUnsaidEcho("Twenty-four hours? My rent is due.", "It takes 24 hours to clear.")).toBe(
      "Twenty-four hours? My rent is due.",
    );
  });

  it("drops an echo of what this rep never said, keeping the rest of the line", () => {
    expect(withoutUnsaidEcho(line, "A large payment in a new shop looked unusual, so the card was held.")).toBe(
      "No, that wasn't me.",
    );
    expect(withoutUnsaidEcho("A credit?", "I can book an engineer for Friday.")).toBeNull();
    expect(withoutUnsaidEcho("Final? Fifteen years, and that's it?", "The claim was declined because…")).toBe(
      "Fifteen years, and that's it?",
    );
    expect(withoutUnsaidEcho("Final? Fifteen years, and that's it?", "That decision is final.")).toBe(
      "Final? Fifteen years, and that's it?",
    );
  });

  it("a question with a clause of its own, or a one-word question, is no echo", () => {
    expect(withoutUnsaidEcho("You'll do that now? Good.", "I'll lift it.")).toBe("You'll do that now? Good.");
    expect(withoutUnsaidEcho("Hello? Is it fixed?", "One moment.")).toBe("Hello? Is it fixed?");
    expect(withoutUnsaidEcho("Seriously? Fifteen years.", "One moment.")).toBe("Seriously? Fifteen years.");
  });
});

describe("a closing line names only the amount the rep said (session 16)", () => {
  const line = "Sixty a month and the heating stays on. Thank you.";
  it("keeps 'sixty a month' after the rep's $60, drops it after the rep's forty", () => {
    expect(backedByRep(line, ["We can do $60 a month over twelve months."], persona)?.full).toBe(true);
    expect(backedByRep(line, ["We can set up a plan at forty pounds a month."], persona)?.text).toBe("Thank you.");
  });
});

describe("a line that sums up what the rep said says only what this rep said (session 16)", () => {
  it("drops 'So it's the part.' when the rep never named a part, and keeps it when they did", () => {
    const line = "Okay. So it's the part. Nobody told me that.";
    expect(withoutUnsaidEcho(line, "The engineer's report never reached the repairs team.")).toBe(
      "Okay. Nobody told me that.",
    );
    expect(withoutUnsaidEcho(line, "The part was on back order, so the repair waited.")).toBe(line);
  });

  it("a line left with one word is no line", () => {
    expect(
      withoutUnsaidEcho("So some computer decided I'm a criminal? Great.", "The payment looked unusual."),
    ).toBeNull();
  });
});
