import { describe, expect, it } from "vitest";
import { REP_MOVES } from "../conversation/moves";
import { checkPersona } from "./authoring-checks";
import { personaForm, personaFromForm } from "./persona-template";

const HOTEL = personaForm.parse({
  id: "hotel-overbooked",
  customer: "Priya Nair",
  situation: "Arrives at midnight to find her prepaid room given to someone else",
  wants: "A room tonight, here, as booked.",
  hidden: "Would accept a partner hotel nearby if the taxi is paid and she gets a refund for tonight.",
  impact: "I have a presentation at eight tomorrow and I've been travelling for fourteen hours.",
  opening: "You gave my room away? I paid for it three months ago.",
  goodEnding: "Fine. A room at the partner hotel and the taxi paid. Thank you.",
  badEnding: "Forget it. I'm going to write about this.",
  policies: ["Walked guests get a partner hotel and a paid taxi.", "At most one night refunded."],
  rubric: "service-recovery",
});

describe("the guided form's persona template", () => {
  it("fills a valid persona with a good ending, the trainer's words as offline lines", () => {
    const source = personaFromForm(HOTEL);
    const checked = checkPersona(source, "personas/hotel-overbooked.yaml", { rubricIds: ["service-recovery"] });
    expect(checked.errors).toEqual([]);
    expect(checked.warnings).toEqual([]);
    const persona = checked.value;
    expect(persona?.goals.hidden).toBe(HOTEL.hidden);
    expect(persona?.offline.find((line) => line.when === "asks_about_impact")?.say).toEqual([HOTEL.impact]);
    expect(persona?.endings.resolved).toEqual([HOTEL.goodEnding]);
    expect(persona?.facts).toEqual(HOTEL.policies);
    // Every move it reacts to has a line to say back.
    const cues = new Set(persona?.offline.map((line) => line.when));
    for (const reaction of persona?.reacts ?? []) expect(cues.has(reaction.to)).toBe(true);
    expect(persona?.reacts.every((reaction) => (REP_MOVES as readonly string[]).includes(reaction.to))).toBe(true);
  });
});
