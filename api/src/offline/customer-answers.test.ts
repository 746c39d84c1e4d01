import { describe, expect, it } from "vitest";
import { advance, initialState, type RepTurnReading } from "../practice/director";
import type { Transcript } from "../conversation/transcript";
import { readByRules } from "../conversation/detect-moves";
import { type Persona, personaFile } from "../library/persona-schema";
import { testPersona } from "../testing/fixtures";
import { chooseLine } from "./offline-persona";
import { usable } from "./scripted-lines";
import { detailsGiven, withoutAnsweredQuestions } from "./given-details";
import { DEFAULT_AGREEMENT, DEFAULT_CONSENT, questionTopic } from "./question-topics";

const persona = testPersona({
  offline: [
    { when: "nothing", say: ["So are you cancelling it or not?"] },
    { when: "greets", say: ["Hi. I want to cancel."] },
    { when: "asks_question", say: ["Account ends in 4471."] },
    { when: "offers_remedy", say: ["Maybe. When would a technician come? Which day?"] },
    { when: "tells_customer_to_calm_down", say: ["Don't tell me to calm down."] },
    { when: "farewell", say: ["Thanks. Bye?"] },
  ],
  answers: [
    { topic: "impact", say: ["I lost a client. That's what it did to my work."] },
    { topic: "reason", say: ["Three outages in a month. That's why."] },
    { topic: "contract", asked_by: ["notice period"], say: ["No contract. Rolling monthly."] },
    { topic: "unknown", say: ["I don't know that."] },
  ],
  endings: {
    hung_up: ["Forget it. Are you even listening? Goodbye."],
    offer_accepted: ["Okay. Which day? I'll stay."],
  },
});

/** `who`'s answer to one rep turn, played through the director as the offline engine does. */
function answerAs(who: Persona, rep: string, earlier: Transcript = [], state = initialState(who)) {
  const reading: RepTurnReading = { ...readByRules(rep), turn: earlier.length + 1 };
  const transcript: Transcript = [...earlier, { index: earlier.length + 1, role: "rep", text: rep }];
  const next = advance(who, "medium", state, reading);
  return { text: chooseLine({ sessionId: "s", persona: who, difficulty: "medium", transcript, ...next }), ...next };
}

/** The test persona's answer to one rep turn. */
const answer = (rep: string, earlier: Transcript = [], state = initialState(persona)) =>
  answerAs(persona, rep, earlier, state);

describe("the offline customer answers what was asked", () => {
  it.each([
    ["How has all this affected your work?", "I lost a client. That's what it did to my work."],
    ["Hi. Can I ask why you want to cancel?", "Three outages in a month. That's why."],
    ["Is there a notice period on your plan?", "No contract. Rolling monthly."],
    ["What colour is your router?", "I don't know that."],
    ["What's the best number to reach you on?", "It's the mobile number on the account."],
  ])("%s", (rep, expected) => {
    expect(answer(rep).text).toBe(expected);
  });

  it.each([
    ["Can you tell me where you are right now and your booking reference?", "account"],
    ["What's the order number on the receipt?", "account"],
    ["Can I ask what time you need to be up tomorrow?", "impact"],
    ["Is there something important on in the morning?", "impact"],
    ["Does that work for you?", "agreement"],
    ["How does that sound?", "agreement"],
    ["Are you happy with that?", "agreement"],
    ["Does that cover everything you need?", "agreement"],
    ["Thanks for your patience. Anything else I can help with?", "anything_else"],
    ["Is there anything else I can do for you today?", "anything_else"],
    ["Is that everything you need from me today?", "agreement"],
    ["How has your dad been since he took them?", "impact"],
    ["How is she feeling now?", "impact"],
    ["Does Thursday at ten work for you?", "availability"],
    ["Which day works best?", "availability"],
    ["Would you like me to go ahead?", "consent"],
    ["Of course. Can I ask what's prompted it?", "reason"],
    ["What's led to this?", "reason"],
    ["What's the deadline you're up against?", "impact"],
    ["What's riding on this for you today?", "impact"],
    ["Can I take a contact number in case anything changes?", "contact"],
    ["Shall I go ahead and process that?", "consent"],
  ])("reads the topic of %s as %s", (question, topic) => {
    expect(questionTopic(persona, question)).toBe(topic);
  });

  it("agrees to an offer when calm, and answers the offer itself when still angry", () => {
    const calm = { ...initialState(persona), mood: 1 };
    const offer = "I'll send a technician on Thursday morning and credit the month. Does that work for you?";
    expect(DEFAULT_AGREEMENT.low).toContain(answer(offer, [], calm).text);
    const angry = answer(offer).text;
    expect([...DEFAULT_AGREEMENT.low, ...DEFAULT_AGREEMENT.mid]).not.toContain(angry);
    expect(angry).toMatch(/^Maybe\./);
  });

  it("gives leave to do what they asked for, but answers leave to apply an offer as the offer", () => {
    expect(DEFAULT_CONSENT).toContain(answer("I can cancel that for you today. Would you like me to go ahead?").text);
    const offer = answer("I can send a technician on Thursday. Would you like me to go ahead?").text;
    expect(DEFAULT_CONSENT).not.toContain(offer);
    expect(offer).toMatch(/^Maybe\./);
  });

  it("a check of understanding after an offer is answered about the offer", () => {
    const checks = testPersona({
      offline: [...persona.offline, { when: "checks_understanding", say: ["Yes, I follow. So what now?"] }],
      answers: persona.answers,
    });
    const { text } = answerAs(checks, "I'll send a technician and credit the month. Does that make sense?");
    expect(text).toMatch(/^Maybe\./);
  });

  it("answers a greeting only when nothing else was said, and lets the rep explain", () => {
    expect(answer("Hello, I'm Sam. Let me explain what happened.").text).toBe("Okay. Go on.");
    expect(answer("Hello, I'm Sam.").text).toBe("Hi. I want to cancel.");
  });

  it("answers the substance after sympathy: where the turn went, not how it opened", () => {
    const explained = testPersona({
      reacts: [
        { to: "acknowledges_impact", mood: -2 },
        { to: "explains", mood: -1 },
      ],
      offline: [
        { when: "nothing", say: ["Go on."] },
        { when: "acknowledges_impact", say: ["Yeah. It's been a nightmare."] },
        { when: "explains", say: ["Okay. So someone actually reviews it."] },
      ],
    });
    const rep =
      "Three outages in a month when you work from home is awful. Here's how it works: an engineer reviews the line logs, because that shows where it drops.";
    expect(readByRules(rep).moves).toEqual(expect.arrayContaining(["acknowledges_impact", "explains"]));
    expect(answerAs(explained, rep).text).toBe("Okay. So someone actually reviews it.");
    const alone = "Three outages in a month and a lost client call is awful, and I'm sorry.";
    expect(answerAs(explained, alone).text).toBe("Yeah. It's been a nightmare.");
  });

  it("answers a move that lands hard before the question", () => {
    expect(answer("Calm down. How has this affected your work?").text).toBe(
      "Don't tell me to calm down. I lost a client. That's what it did to my work.",
    );
  });

  it("an offer put as a question is answered as an offer, without asking for a day already given", () => {
    expect(answer("I can credit you and send a technician. Would that help?").text).toBe(
      "Maybe. When would a technician come? Which day?",
    );
    expect(answer("I can credit you and send a technician on Thursday. Would that help?").text).toBe("Maybe.");
  });

  it("never ends the call on a question: a hang-up line loses its question", () => {
    let state = initialState(persona);
    let last = answer("Calm down.", [], state);
    for (let i = 0; i < 6 && last.state.outcome === null; i++) {
      state = last.state;
      last = answer("Calm down.", [], state);
    }
    expect(last.state.outcome).toBe("hung_up");
    expect(last.text).toBe("Forget it. Goodbye.");
  });
});

describe("an offer put as a question is answered as the offer", () => {
  const listener = testPersona({
    offline: [
      { when: "nothing", say: ["So are you cancelling it or not?"] },
      { when: "acknowledges_impact", say: ["Thank you for actually listening."] },
      { when: "offers_remedy", say: ["Maybe. What would the credit be?"] },
    ],
  });

  it("the offer in the question is answered, not the acknowledgement before it", () => {
    const rep =
      "That's awful, losing a client call in the middle of a pitch. Before I do, would a month's credit and a technician this week help, or would you rather just cancel?";
    const next = answerAs(listener, rep, [], { ...initialState(listener), mood: 9 });
    expect(next.state.movesSoFar).toEqual(expect.arrayContaining(["acknowledges_impact", "offers_remedy"]));
    expect(next.state.outcome).toBeNull();
    expect(next.text).toBe("Maybe. What would the credit be?");
  });
});

describe("details the rep gave are not asked for again", () => {
  it.each([
    ["The technician comes Thursday morning.", "Which day?", null],
    ["The repair is booked for Wednesday.", "Yes, I follow. When?", "Yes, I follow."],
    ["The taxi is on us.", "Thanks. Who's paying for the taxi?", "Thanks."],
    ["There is no charge for the taxi.", "Thanks. Who's paying for the taxi?", "Thanks."],
    ["I'll email you the confirmation.", "Fine. Can I have that in writing?", "Fine."],
    ["I can't refund that.", "So do I get a refund?", "So do I get a refund?"],
    [
      "I'll put a breathing space on the account, so no collection calls.",
      "I could do that. And you'd stop the letters and the calls?",
      "I could do that.",
    ],
    [
      "I'll freeze the interest.",
      "I could do that. And you'd stop the letters and the calls?",
      "I could do that. And you'd stop the letters and the calls?",
    ],
    [
      "Your service ends today, and the confirmation email is on its way.",
      "Thank you. Email me the confirmation and tell me where the router goes.",
      "Thank you. Tell me where the router goes.",
    ],
    ["I'll email you the confirmation.", "Fine. Please email me the confirmation.", "Fine."],
    ["I'll email you the confirmation.", "Fine. Send the router bag.", "Fine. Send the router bag."],
    ["I can't email it, sorry.", "Email me the confirmation.", "Email me the confirmation."],
    // The worry goes with the question the rep answered (session 18, a held call: "two minutes away").
    ["It's the Grand, ten minutes away, at our cost.", "How far is it? I'm not driving another hour.", null],
    [
      "I've booked you into the Grand at our cost, and a taxi is on its way.",
      "Sorry doesn't give me a bed. What are you going to do?",
      "Sorry doesn't give me a bed.",
    ],
    [
      "I've booked you into the Grand at our cost.",
      "I understand there's no room. I need to know what you're doing about it.",
      "I understand there's no room.",
    ],
    ["I'm sorry about the wait.", "Okay. What happens now?", "Okay. What happens now?"],
    ["I'll call you by Friday with the result.", "Okay. By when?", "Okay."],
    ["I'll open a review for you.", "Okay. By when?", "Okay. By when?"],
    ["I'm dropping two heaters round by 6 tonight.", "That would help, honestly. Today?", "That would help, honestly."],
    [
      "I'm forwarding your calls to your mobile in the next fifteen minutes.",
      "That would actually help. How quickly can you do that?",
      "That would actually help.",
    ],
    [
      "It's the Grand, at our cost.",
      "How far is it? I'm not driving another hour.",
      "How far is it? I'm not driving another hour.",
    ],
    // Session 18, a held call: "do it now" once the rep has done it.
    [
      "I've booked you into the Grand, at our cost.",
      '"I\'ve booked you into the Grand." Okay. Do it now, please.',
      '"I\'ve booked you into the Grand." Okay.',
    ],
    ["I'll book you into the Grand tonight.", "Okay. Do it now, please.", "Okay. Do it now, please."],
    ["We'll pay for the taxi.", "Who's paying for the taxi? I'm not paying for that too. Fine.", "Fine."],
    // Session 17, a held call: a refund's time given as working days.
    [
      "I'm refunding the duplicate now and it'll be back on your card in 3 to 5 working days.",
      "Nice. When will I see it?",
      "Nice.",
    ],
    ["I'm refunding the duplicate now.", "Nice. When will I see it?", "Nice. When will I see it?"],
  ])("after %j, %j", (rep, line, expected) => {
    expect(withoutAnsweredQuestions(line, detailsGiven([rep]))).toBe(expected);
  });
});

describe("persona answers (file format)", () => {
  it("a topic that is not built in needs the words that ask about it", () => {
    const base = { ...testPersona(), answers: [{ topic: "parking", say: ["Round the back."] }] };
    const result = personaFile.safeParse(base);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["answers", 0, "asked_by"]);
  });
});

describe("the customer reacts to the pitch this rep made", () => {
  const mover = testPersona({
    reacts: [{ to: "retention_pitch", mood: 2 }],
    offline: [
      { when: "nothing", say: ["Go on."] },
      { when: "retention_pitch", say: ["No thanks. Half price won't help.", "I'd really rather just cancel, please."] },
    ],
    answers: [{ topic: "move", asked_by: ["denver"], say: ["Denver, near the centre."] }],
  });
  const reply = (rep: string) => answerAs(mover, rep).text;

  it("never turns down a deal the rep did not offer", () => {
    expect(reply("What if I gave you two months free to stay?")).toBe("I'd really rather just cancel, please.");
    expect(reply("I can do it at half price if you stay.")).toBe("No thanks. Half price won't help.");
  });

  it("a pitch put as a question is answered as a pitch, not by a word in it", () => {
    expect(reply("Have you seen we have partner gyms in Denver?")).not.toContain("near the centre");
  });
});

describe("the customer echoes a phrase, not the rep's whole speech", () => {
  it("a long sentence is quoted up to its first clause", () => {
    const long =
      "What I can do today is open a review with an independent assessor, and I'll call you by Friday with the result.";
    expect(usable(['"{quote}." Okay.'], long, undefined)[0]?.text).toBe(
      '"What I can do today is open a review with an independent assessor." Okay.',
    );
    expect(usable(['"{quote}." Okay.'], "I'll call you by Friday.", undefined)[0]?.text).toBe(
      '"I\'ll call you by Friday." Okay.',
    );
  });

  it("a line left with only the rep's words in quotes is not said", () => {
    const echo = testPersona({
      reacts: [{ to: "commits_to_action", mood: -1 }],
      offline: [
        { when: "nothing", say: ["Go on."] },
        { when: "commits_to_action", say: ['"{quote}." Which day?', "Okay. Thank you."] },
      ],
    });
    expect(answerAs(echo, "I'll call you on Friday with the result.").text).toBe("Okay. Thank you.");
  });
});

describe("an undertaking no move names is let go ahead", () => {
  it("'I can cancel that for you today' is not answered with the customer's greeting", () => {
    const text = answer("Hi Dana, I'm Sam. Yes, I can cancel that for you today, on this call.").text;
    expect(text).not.toBe("Hi. I want to cancel.");
    expect(["Okay. Go on.", "Please do."]).toContain(text);
  });

  it("a greeting alone is still answered as one", () => {
    expect(answer("Hi, I'm Sam.").text).toBe("Hi. I want to cancel.");
  });
});
