import { stringify } from "yaml";
import { z } from "zod";
import { difficulty, slug, text } from "./common-schema";

/**
 * The guided form for a new scenario, when there is no model to draft one: what a trainer knows
 * about the call, in plain words. `personaFromForm` fills the one persona template below.
 */
export const personaForm = z.strictObject({
  id: slug,
  customer: text(120),
  situation: text(300),
  wants: text(600),
  /** What they don't say: the hidden goal, given up only once the rep has earned it. */
  hidden: text(600),
  /** How it affected them: what they answer when the rep asks. */
  impact: text(400),
  opening: text(600),
  goodEnding: text(600),
  badEnding: text(600),
  policies: z.array(text(400)).max(20).default([]),
  difficulty: difficulty.default("medium"),
  rubric: slug.optional(),
});
export type PersonaForm = z.infer<typeof personaForm>;

const unquote = (value: string) => value.trim().replace(/[.!?]+$/, "");

/**
 * A persona file from the form: the reactions and endings every service call shares, and the
 * offline engine's lines (a line for every move it reacts to, the impact as the answer to a
 * question about it, a line for a turn with no move) written from the trainer's own words.
 * The one place the template lives: extend it here (e.g. when personas gain answers or facts).
 */
export function personaFromForm(form: PersonaForm): string {
  const wants = unquote(form.wants);
  const persona = {
    id: form.id,
    name: form.customer,
    summary: form.situation,
    ...(form.rubric ? { rubric: form.rubric } : {}),
    difficulty: form.difficulty,
    background: `${form.situation}\n${form.impact}`,
    facts: form.policies,
    goals: { stated: form.wants, hidden: form.hidden },
    mood: { start: 6, min: 0, max: 10, hangup_at: 10 },
    reacts: [
      { to: "acknowledges_impact", mood: -2 },
      { to: "asks_about_impact", mood: -2 },
      { to: "apologises", mood: -1 },
      { to: "explains", mood: -1 },
      { to: "offers_remedy", mood: -2, after: ["acknowledges_impact"] },
      { to: "offers_remedy", mood: 1, before: ["acknowledges_impact"] },
      { to: "commits_to_action", mood: -1 },
      { to: "generic_empathy", mood: 1, before: ["acknowledges_impact"] },
      { to: "retention_pitch", mood: 2 },
      { to: "refuses_or_delays", mood: 2 },
      { to: "transfers", mood: 2 },
      { to: "deflects_channel", mood: 2 },
      { to: "uses_jargon", mood: 1 },
      { to: "blames_customer", mood: 3 },
      { to: "tells_customer_to_calm_down", mood: 3 },
    ],
    ends_when: [
      { outcome: "resolved", on: "offers_remedy", after: ["acknowledges_impact"], mood_at_most: 5 },
      {
        outcome: "resolved",
        on: "commits_to_action",
        after: ["acknowledges_impact", "offers_remedy"],
        mood_at_most: 5,
      },
    ],
    opening: form.opening,
    rules: [
      "Never say you are an AI.",
      "Stay the customer: never help the rep do their job.",
      `Give way only when this is met: ${form.hidden}`,
      ...form.policies.map((policy) => `The company's policy (you may not know it unless told): ${policy}`),
    ].map((rule) => rule.slice(0, 300)),
    // The engine answers the first line whose move the rep made: answers before reactions.
    offline: [
      { when: "asks_about_impact", say: [form.impact] },
      { when: "nothing", mood: ["mid", "high"], say: [`Sorry, what does that mean for me? ${form.wants}`] },
      { when: "nothing", mood: "low", say: ["Okay. So what happens now?"] },
      { when: "greets", say: [form.opening] },
      { when: "acknowledges_impact", say: [`Yes. Thank you. ${form.impact}`] },
      { when: "asks_question", say: [`What I want is simple: ${wants}.`] },
      { when: "apologises", mood: "high", say: ["Sorry doesn't fix it."] },
      { when: "apologises", mood: ["low", "mid"], say: ["Thank you. I appreciate that."] },
      { when: "generic_empathy", say: ["You keep saying you understand. Do you?"] },
      { when: "explains", say: ["Okay. That makes a bit more sense."] },
      { when: "offers_remedy", mood: "high", say: ["I don't want offers until someone has actually listened to me."] },
      { when: "offers_remedy", mood: ["low", "mid"], say: [form.goodEnding] },
      { when: "commits_to_action", say: ['"{quote}." Right. I\'m holding you to that.'] },
      { when: "retention_pitch", say: [`I'm not here to buy anything. ${form.wants}`] },
      { when: "refuses_or_delays", say: ["That's not good enough."] },
      { when: "transfers", say: ["No. I don't want to be passed around again."] },
      { when: "deflects_channel", say: ["I'm talking to you now. Can you not do it?"] },
      { when: "uses_jargon", say: ["I don't know what that means."] },
      { when: "blames_customer", say: ["So it's my fault now?"] },
      { when: "tells_customer_to_calm_down", say: ["Don't tell me to calm down."] },
      { when: "interrupts", say: ["Hold on, that's a lot of words."] },
      { when: "losing_patience", say: ["I'm running out of patience here."] },
    ],
    endings: { resolved: [form.goodEnding], hung_up: [form.badEnding] },
  };
  return `# Drafted from the guided form. Edit anything; the editor checks it as you type.\n${stringify(persona, { lineWidth: 0 })}`;
}
