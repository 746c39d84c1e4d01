import { z } from "zod";
import { slug, text } from "./common-schema";

/**
 * What the rep is allowed to know and offer in a scenario: the policies, offers and facts a real
 * rep would have on their screen, with their limits. Learners see `title`, `text` and the limit in
 * the knowledge panel; `mentions` and `forbids` are how the offline checks find an entry in the
 * rep's words (like rubric signals, never shown to learners).
 */
export const KNOWLEDGE_KINDS = ["policy", "offer", "fact"] as const;
export const LIMIT_UNITS = ["dollars", "months", "days", "percent"] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];

/** A phrase (case-insensitive) or a `/regular expression/`, as in rubric checks. */
const pattern = text(200);

export const knowledgeEntry = z.strictObject({
  id: slug,
  kind: z.enum(KNOWLEDGE_KINDS, { error: `must be one of ${KNOWLEDGE_KINDS.join(", ")}` }),
  title: text(120),
  /** The line as the rep would read it, limit in words: "At most one credit, up to one month ($85)." */
  text: text(600),
  /** The largest amount the rep may state for this entry, in `unit` (a sentence that mentions the entry). */
  limit: z
    .strictObject({
      max: z.number({ error: "must be a number" }).positive("must be above 0").max(1_000_000),
      unit: z.enum(LIMIT_UNITS, { error: `must be one of ${LIMIT_UNITS.join(", ")}` }),
    })
    .optional(),
  /** How a rep's sentence refers to this entry ("credit", "/late.?fee/"); needed for a limit or an offer. */
  mentions: z.array(pattern).max(20).default([]),
  /** Promises that break this policy whenever the rep makes them ("same-day refund"). */
  forbids: z.array(pattern).max(20).default([]),
});
export type KnowledgeEntry = z.infer<typeof knowledgeEntry>;

export const knowledgeList = z.array(knowledgeEntry).max(60);

/** The learner-safe part of an entry: what a rep would read on their screen. */
export const learnerKnowledge = (entries: KnowledgeEntry[]) =>
  entries.map((entry) => ({
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    text: entry.text,
    limit: entry.limit ?? null,
  }));
export type LearnerKnowledgeEntry = ReturnType<typeof learnerKnowledge>[number];
