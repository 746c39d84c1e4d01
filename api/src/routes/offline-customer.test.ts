import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TurnEvent } from "../practice/turn-events";
import { readTurnEvents, startTestRuntime, type TestRuntime } from "../testing/test-runtime";

type PersonaEvent = Extract<TurnEvent, { type: "persona" }>;
let parley: TestRuntime;
beforeAll(async () => {
  parley = await startTestRuntime();
});
afterAll(() => parley.close());

async function call(personaId: string, difficulty = "medium") {
  const response = await parley.json("POST", "/api/sessions", { personaId, mode: "exam", difficulty });
  const { session } = (await response.json()) as { session: { id: string } };
  return {
    id: session.id,
    async say(text: string): Promise<PersonaEvent> {
      const events = await readTurnEvents(await parley.json("POST", `/api/sessions/${session.id}/turns`, { text }));
      const reply = events.find((event): event is PersonaEvent => event.type === "persona");
      if (!reply) throw new Error(`no reply to "${text}": ${JSON.stringify(events)}`);
      return reply;
    },
  };
}

describe("the offline customer answers the sentence (issue 14)", () => {
  it("Dana answers the questions she is asked, from her file", async () => {
    const dana = await call("cancel-after-outages");
    expect((await dana.say("Can I ask why you want to cancel?")).turn.text).toMatch(/outages|dropping/i);
    expect((await dana.say("How has all this affected your work?")).turn.text).toMatch(/client|work|hotspot/i);
    expect((await dana.say("What's the account number?")).turn.text).toMatch(/4471|Linden/);
  });

  it("Kwame answers when he noticed the charge, and does not ask when the refund lands once told", async () => {
    const kwame = await call("subscription-double-charge");
    expect((await kwame.say("When did you first notice the second charge?")).turn.text).toMatch(/twenty-fourth/);
    const refunded = await kwame.say(
      "I'm refunding the duplicate now and it'll be back on your card in 3 to 5 working days.",
    );
    expect(refunded.turn.text).not.toMatch(/when will i see it/i);
  });

  it("Harold lets the rep explain instead of greeting them", async () => {
    const harold = await call("bill-went-up");
    const reply = await harold.say("Hello Harold. Let me explain what happened.");
    expect(reply.turn.text).not.toMatch(/hello|right number/i);
    expect(reply.turn.text).toMatch(/go on|please/i);
  });
});

describe("calls end as calls end (issue 14)", () => {
  it("after the customer's closing line the rep closes, and the day they named is not asked for", async () => {
    const dana = await call("cancel-after-outages");
    await dana.say("Three outages in a month, and one cost you a client pitch. I'm really sorry, that's on us.");
    await dana.say("How has all this affected your work?");
    const accepted = await dana.say(
      "I'd like to put a full month's credit on your account and send a technician this Thursday morning to find the cause. Would that help?",
    );
    expect(accepted).toMatchObject({ ended: false, closing: true, outcome: "offer_accepted" });
    expect(accepted.turn.text).not.toMatch(/which day/i);
    const session = await (await parley.json("GET", `/api/sessions/${dana.id}`)).json();
    expect(session).toMatchObject({ session: { status: "active" } });

    const goodbye = await dana.say("Thursday between 8 and 12, and I'll email you both today. Thanks, Dana.");
    expect(goodbye).toMatchObject({ ended: true, closing: false, outcome: "offer_accepted" });
    expect(goodbye.turn.text).not.toContain("?");
    const ended = await parley.json("POST", `/api/sessions/${dana.id}/turns`, { text: "Hello?" });
    expect(ended.status).toBe(409);
  });

  it("a closing question the rep's close passed over is asked again before goodbye", async () => {
    const harold = await call("bill-went-up", "easy");
    await harold.say("Hi, thanks for calling, you're through to Maya.");
    await harold.say("I'm sorry your bill jumped like that, that's a real shock when you weren't expecting it.");
    await harold.say(
      "What happened is your twelve-month discount ended in March, so the price went back to the standard rate.",
    );
    const settled = await harold.say(
      "I can move you onto our saver plan at sixty a month, which keeps the same speed. Would that work for you?",
    );
    expect(settled).toMatchObject({ ended: false, closing: true, outcome: "understood_and_resolved" });
    expect(settled.turn.text).toMatch(/letter/);

    const passedOver = await harold.say("Great, I've switched you over now. Is there anything else?");
    expect(passedOver).toMatchObject({ ended: false, closing: true });
    expect(passedOver.turn.text).toMatch(/send me a letter/);
    const goodbye = await harold.say("Yes, of course, I'll post the letter to you today.");
    expect(goodbye).toMatchObject({ ended: true, outcome: "understood_and_resolved" });
    expect(goodbye.turn.text).not.toContain("?");
  });

  it("a hang-up is immediate and asks nothing", async () => {
    const teresa = await call("business-line-down", "hard");
    let reply: PersonaEvent | undefined;
    for (const text of [
      "Calm down, please.",
      "Have you tried restarting the router?",
      "Calm down.",
      "Let me transfer you.",
    ]) {
      reply = await teresa.say(text);
      if (reply.ended) break;
    }
    expect(reply).toMatchObject({ ended: true, closing: false, outcome: "hung_up" });
    expect(reply?.turn.text).not.toContain("?");
  });
});
