import { Hono } from "hono";
import { z } from "zod";
import { invalidFile, type LibraryKind, type LibraryStore, parseSource } from "../db/library-store";
import { slug } from "../library/common-schema";
import { type AuthEnv, canPublish } from "../auth/principal";
import { DomainError } from "../errors";
import { validate } from "./validate";
import { learnerPersona, learnerRubric } from "../library/learner-view";
import type { Persona } from "../library/persona-schema";
import type { Rubric } from "../library/rubric-schema";
import { scenarioCard } from "../library/scenario-card";

/** Rubrics share the list's shape with personas, without scenario metadata. */
const NO_SCENARIO = { industry: null, situation: null, skills: [] as string[], brief: null, knowledge: 0 };

const sourceBody = z.strictObject({
  source: z
    .string()
    .min(1, "must not be empty")
    .max(256 * 1024),
});
const idParam = z.object({ id: slug });
const versionQuery = z.object({ version: z.coerce.number().int().positive().optional() });

/** Persona and rubric routes have the same shape: list, get, save a version, validate. */
export function libraryRoutes(kind: LibraryKind, store: LibraryStore) {
  return new Hono<AuthEnv>()
    .get("/", (c) => {
      const rubrics = new Map(store.latest("rubric").map((entry) => [entry.id, entry.value]));
      const items = store.latest(kind).map((entry) => ({ id: entry.id, version: entry.version, ...card(entry.value) }));
      return c.json({ items }, 200);

      function card(value: Persona | Rubric) {
        if ("criteria" in value) return { ...summary(value), ...NO_SCENARIO };
        return scenarioCard(value, value.rubric === undefined ? undefined : rubrics.get(value.rubric));
      }
    })
    .get("/:id", validate("param", idParam), validate("query", versionQuery), (c) => {
      const { id } = c.req.valid("param");
      const entry = store.get(kind, id, c.req.valid("query").version);
      // Learners read the learner view: no hidden goals, signals, routes or source (trainers see all).
      const full = canPublish(c.var.principal);
      const value = full
        ? entry.value
        : "criteria" in entry.value
          ? learnerRubric(entry.value)
          : learnerPersona(entry.value);
      return c.json(
        {
          id: entry.id,
          version: entry.version,
          view: full ? ("full" as const) : ("learner" as const),
          [kind]: value,
          source: full ? entry.source : null,
          origin: entry.origin,
          versions: store.versions(kind, id),
        },
        200,
      );
    })
    .put("/:id", validate("param", idParam), validate("json", sourceBody), (c) => {
      if (!canPublish(c.var.principal)) {
        throw new DomainError("forbidden", `Only trainers and admins can publish ${kind}s.`);
      }
      const { id } = c.req.valid("param");
      const saved = store.save(kind, id, c.req.valid("json").source, "api", `${kind}s/${id}.yaml`);
      return c.json({ id, version: saved.version, created: saved.created }, saved.created ? 201 : 200);
    })
    .post("/validate", validate("json", sourceBody), (c) => {
      const parsed = parseSource[kind](c.req.valid("json").source, `${kind}s/<draft>.yaml`);
      if (parsed.ok) return c.json({ valid: true as const, issues: [] }, 200);
      const error = invalidFile(kind, parsed.issues);
      return c.json({ valid: false as const, issues: parsed.issues, message: error.message }, 200);
    });
}

function summary(value: {
  name: string;
  summary?: string;
  description?: string;
  difficulty?: string;
  rubric?: string;
}) {
  return {
    name: value.name,
    summary: value.summary ?? value.description ?? null,
    difficulty: value.difficulty ?? null,
    rubric: value.rubric ?? null,
  };
}
