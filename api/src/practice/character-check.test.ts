import { describe, expect, it } from "vitest";
import { testPersona } from "../testing/fixtures";
import { stripNonSpeech } from "../conversation/speakable-text";
import { checkInCharacter } from "./character-check";

const persona = testPersona({ facts: ["Account ending 4471.", "Pays $79.99 a month."] });
const transcript = [{ index: 1, role: "rep" as const, text: "I can take $10 off." }];
const kinds = (reply: string) => checkInCharacter(reply, persona, transcript).map((violation) => violation.kind);

describe("checkInCharacter", () => {
  it.each([
    ["*sighs* Fine, go on.", "stage_direction"],
    ["(sighs heavily) Fine.", "stage_direction"],
    ["[frustrated] Just cancel it.", "stage_direction"],
    ["**Customer:** I want to cancel.", "markup"],
    ["- cancel\n- today", "markup"],
    ["As an AI language model, I can't be upset.", "ai_disclosure"],
    ["I'm an AI, so this is just a simulation.", "ai_disclosure"],
    ["You should acknowledge my frustration before offering anything.", "helps_rep"],
    ["Try offering me a credit, that usually works.", "helps_rep"],
    ["My account ends in 9921.", "invented_fact"],
    ["I pay $120 a month for this.", "invented_fact"],
    ["   ", "empty"],
  ])("catches %j", (reply, kind) => {
    expect(kinds(reply)).toContain(kind);
  });

  it.each([
    "Yeah, hi. I want to cancel. Today.",
    "My account ends in 4471, it's all there.",
    "I pay $79.99 a month for a line that keeps dropping.",
    "Ten dollars? You said $10 off, that's nothing.",
    "I don't care about the rules, I care about my internet.",
    "You should know, I've been a customer for nine years.",
  ])("lets a real caller's line through: %j", (reply) => {
    expect(kinds(reply)).toEqual([]);
  });
});

describe("the customer holds its line", () => {
  const dana = testPersona({ holds_back: ["a month's credit", "technician visit"] });
  const call = [
    { index: 0, role: "customer" as const, text: "I want to cancel." },
    { index: 1, role: "rep" as const, text: "I'm sorry about the outages." },
  ];
  const going = { outcome: null };
  const check = (reply: string, director: { outcome: string | null } = going, transcript = call) =>
    checkInCharacter(reply, dana, transcript, director).map((violation) => violation.kind);

  it.each([
    ["A month's credit and a technician visit this week would go a long way.", "volunteers"],
    ["I'm at a ten out of ten and you've got six more chances.", "state_leak"],
    ["My mood is 8, honestly.", "state_leak"],
    ["Fine. I'll stay.", "accepts_early"],
    ["You've got a deal.", "accepts_early"],
    ["I'm done. Goodbye.", "ends_early"],
  ])("catches %j while the director says the call goes on", (reply, kind) => {
    expect(check(reply)).toContain(kind);
  });

  it("lets the customer repeat what the rep offered, give in or leave when the director says so", () => {
    const offered = [...call, { index: 3, role: "rep" as const, text: "I can put a month's credit on your account." }];
    expect(check("A month's credit? Go on.", going, offered)).toEqual([]);
    expect(check("Fine. I'll stay.", { outcome: "offer_accepted" })).toEqual([]);
    expect(check("Forget it. Goodbye.", { outcome: "hung_up" })).toEqual([]);
    expect(check("I'll stay? No. Goodbye.", { outcome: "hung_up" })).toContain("accepts_early");
    expect(check("I've been a customer for nine years and I'm out of patience.")).toEqual([]);
    expect(check("If you put me on hold I'm hanging up and calling another provider.")).toEqual([]);
  });
});

describe("stripNonSpeech", () => {
  it("keeps the spoken words only", () => {
    expect(stripNonSpeech("*sighs* Fine. (pauses) Go on. **Now.**")).toBe("Fine. Go on. Now.");
  });
});
