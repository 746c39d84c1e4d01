import { z } from "zod";
import { difficulty, intBetween, move as repMove, slug, text } from "./common-schema";
import { REP_MOVES } from "../conversation/moves";
import { closestName } from "./closest-name";
import { knowledgeList } from "./knowledge-schema";
import { compilePattern } from "./rubric-schema";
import { languageTag } from "./language";

const moveList = z.array(repMove).max(REP_MOVES.length);

export const MOOD_BANDS = ["low", "mid", "high"] as const;
export const moodBand = z.enum(MOOD_BANDS, { error: "must be one of low, mid, high" });
export type MoodBand = z.infer<typeof moodBand>;

/** The outcome that ends a call when the customer runs out of mood or patience. */
export const HANG_UP = "hung_up";

const outcomeName = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, "must be a name in snake_case, e.g. offer_accepted");

const reaction = z.strictObject({
  to: repMove,
  mood: intBetween(-5, 5),
  /** Applies only while none of these moves has happened yet in the call (this turn included). */
  before: moveList.optional(),
  /** Applies only once all of these moves have happened in the call (this turn included). */
  after: moveList.optional(),
});

const endRule = z.strictObject({
  outcome: outcomeName.refine((value) => value !== HANG_UP, `"${HANG_UP}" is reserved for hang-ups`),
  on: repMove,
  after: moveList.optional(),
  mood_at_most: intBetween(0, 100).optional(),
});

/**
 * When a scripted line fits: a rep move; "nothing" (no move recognised); "interrupts" (said first,
 * talking over a rep turn that runs on); "losing_patience" (said once, when patience runs low);
 * "farewell" (the customer's goodbye after the rep's closing turn, once the call has its outcome).
 */
export const SPECIAL_CUES = ["nothing", "interrupts", "losing_patience", "farewell"] as const;
const CUES = [...SPECIAL_CUES, ...REP_MOVES];
const cue = z.union([repMove, z.enum(SPECIAL_CUES)], {
  error: (issue) => {
    const near = typeof issue.input === "string" ? closestName(issue.input, CUES) : null;
    return `${JSON.stringify(issue.input)} is not a move or cue.${near ? ` Did you mean "${near}"?` : ""} Use a move (${REP_MOVES.join(", ")}) or one of: ${SPECIAL_CUES.join(", ")}.`;
  },
});
export type LineCue = z.infer<typeof cue>;

const scriptedLine = z.strictObject({
  when: cue,
  mood: z.union([moodBand, z.array(moodBand).min(1)]).optional(),
  /** Lines may quote the rep's words for this move with {quote}; such a line is used only when there is one. */
  say: z.array(text(600)).min(1, "needs at least one line"),
});

/**
 * Topics the offline customer recognises in a rep's question without help (see
 * api/src/offline/question-topics.ts); any other topic needs `asked_by` phrases.
 */
export const BUILT_IN_TOPICS = [
  "impact",
  "reason",
  "wants",
  "account",
  "contact",
  "consent",
  "agreement",
  "availability",
  "history",
  "tried",
  "go_ahead",
  "unknown",
] as const;

/** How the customer answers a question on one topic (offline engine), by mood band like `offline` lines. */
const answer = z.strictObject({
  topic: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, "must be a topic name in snake_case, e.g. impact"),
  /** Words or phrases (case-insensitive) that mark a rep question as being about this topic. */
  asked_by: z.array(text(80)).max(30).optional(),
  mood: z.union([moodBand, z.array(moodBand).min(1)]).optional(),
  say: z.array(text(600)).min(1, "needs at least one line"),
});
export type PersonaAnswer = z.infer<typeof answer>;

export const personaFile = z
  .strictObject({
    id: slug,
    name: text(120),
    summary: text(300),
    /** The rubric this scenario is graded on unless a session names another. */
    rubric: slug.optional(),
    difficulty: difficulty.default("medium"),
    /** The language the customer speaks (BCP-47); the offline engine plays English only. Must match the rubric's. */
    language: languageTag.default("en"),
    /** Library metadata for browsing: the business ("Banking") and the kind of call ("Fraud hold"). */
    industry: text(60).optional(),
    situation: text(120).optional(),
    /** Skills the scenario practises beyond its rubric's criteria ("de-escalation"). */
    skills: z.array(text(40)).max(12).default([]),
    voice: z.strictObject({ tts: text(60), rate: z.number().min(0.5).max(2).default(1) }).optional(),
    background: text(),
    facts: z.array(text(400)).max(50).default([]),
    goals: z.strictObject({ stated: text(600), hidden: text(600) }),
    mood: z
      .strictObject({
        start: intBetween(0, 100),
        min: intBetween(0, 100).default(0),
        max: intBetween(0, 100).default(10),
        hangup_at: intBetween(0, 100),
      })
      .superRefine((mood, ctx) => {
        if (mood.min >= mood.max) ctx.addIssue({ code: "custom", path: ["max"], message: "must be above mood.min" });
        if (mood.start < mood.min || mood.start > mood.max)
          ctx.addIssue({
            code: "custom",
            path: ["start"],
            message: `must be between ${mood.min} and ${mood.max}`,
          });
        if (mood.hangup_at <= mood.start || mood.hangup_at > mood.max)
          ctx.addIssue({
            code: "custom",
            path: ["hangup_at"],
            message: `must be above mood.start (${mood.start}) and at most mood.max (${mood.max})`,
          });
      }),
    reacts: z.array(reaction).min(1, "needs at least one reaction").max(60),
    ends_when: z.array(endRule).max(20).default([]),
    opening: text(600),
    rules: z.array(text(300)).max(30).default([]),
    /**
     * Words the customer never says before the rep has (case aside): what the rep must draw out or
     * offer, such as the hidden goal's terms. A model customer that says one first is regenerated.
     */
    holds_back: z.array(text(100)).max(30).default([]),
    offline: z.array(scriptedLine).min(1, "needs scripted lines for the offline engine").max(200),
    endings: z.record(outcomeName, z.array(text(600)).min(1)).default({}),
    /** Optional: answers to the rep's questions by topic (offline engine); without them it falls back to `offline` lines. */
    answers: z.array(answer).max(100).default([]),
    /** The policies, offers and facts the rep may use (the knowledge panel; compliance checks). */
    knowledge: knowledgeList.default([]),
  })
  .superRefine((persona, ctx) => {
    const builtIn = new Set<string>(BUILT_IN_TOPICS);
    persona.answers.forEach((entry, i) => {
      if (!builtIn.has(entry.topic) && (entry.asked_by ?? []).length === 0)
        ctx.addIssue({
          code: "custom",
          path: ["answers", i, "asked_by"],
          message: `topic "${entry.topic}" is not built in (${BUILT_IN_TOPICS.join(", ")}): list the words that ask about it`,
        });
    });
    if (!persona.offline.some((line) => line.when === "nothing")) {
      ctx.addIssue({
        code: "custom",
        path: ["offline"],
        message: `needs a line for when: nothing (a turn with no recognised move)`,
      });
    }
    checkKnowledge(persona.knowledge, ctx);
    const outcomes = new Set([HANG_UP, ...persona.ends_when.map((rule) => rule.outcome)]);
    for (const key of Object.keys(persona.endings)) {
      if (!outcomes.has(key))
        ctx.addIssue({
          code: "custom",
          path: ["endings", key],
          message: `is not an outcome in ends_when (known: ${[...outcomes].join(", ")})`,
        });
    }
  });

export type Persona = z.infer<typeof personaFile>;

function checkKnowledge(entries: z.infer<typeof knowledgeList>, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (seen.has(entry.id))
      ctx.addIssue({ code: "custom", path: ["knowledge", i, "id"], message: `duplicates "${entry.id}"` });
    seen.add(entry.id);
    if ((entry.limit || entry.kind === "offer") && entry.mentions.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["knowledge", i, "mentions"],
        message: `needs at least one phrase: ${entry.limit ? "a limit" : "an offer"} is found in the rep's words by its mentions`,
      });
    for (const key of ["mentions", "forbids"] as const) {
      entry[key].forEach((value, k) => {
        try {
          compilePattern(value);
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          ctx.addIssue({
            code: "custom",
            path: ["knowledge", i, key, k],
            message: `is not a usable regular expression: ${detail}`,
          });
        }
      });
    }
  });
}
