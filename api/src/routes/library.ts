import { Hono } from "hono";
import { z } from "zod";
import { invalidFile, type LibraryKind, type LibraryStore } from "../db/library-store";
import { slug } from "../library/common-schema";
import { type AuthEnv, canPublish } from "../auth/principal";
import { DomainError } from "../errors";
import { validate } from "./validate";
import { learnerPersona, learnerRubric } from "../library/learner-view";
import { checkPersona, checkRubric } from "../library/authoring-checks";
import type { Persona } from "../library/persona-schema";
import type { Rubric } from "../library/rubric-schema";
import { languageName, offlineSupports } from "../library/language";
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

/** Persona and rubric routes have the same shape: list, get, export, save a version, validate. */
export function libraryRoutes(kind: LibraryKind, store: LibraryStore) {
  // A draft is checked against the library it will join: a persona may name only a rubric that exists.
  const check = async (source: string, file: string) =>
    kind === "persona"
      ? checkPersona(source, file, rubricContext(await store.latest("rubric")))
      : checkRubric(source, file);
  const requireTrainer = (principal: AuthEnv["Variables"]["principal"], what: string) => {
    if (!canPublish(principal)) throw new DomainError("forbidden", `Only trainers and admins can ${what} ${kind}s.`);
  };
  return (
    new Hono<AuthEnv>()
      .get("/", async (c) => {
        const rubrics = new Map((await store.latest("rubric")).map((entry) => [entry.id, entry.value]));
        const items = (await store.latest(kind)).map((entry) => ({
          id: entry.id,
          version: entry.version,
          ...card(entry.value),
        }));
        return c.json({ items }, 200);

        function card(value: Persona | Rubric) {
          if ("criteria" in value)
            return {
              ...summary(value),
              ...NO_SCENARIO,
              language: value.language,
              languageName: languageName(value.language),
              offlineReady: offlineSupports(value.language),
            };
          return scenarioCard(value, value.rubric === undefined ? undefined : rubrics.get(value.rubric));
        }
      })
      .get("/:id", validate("param", idParam), validate("query", versionQuery), async (c) => {
        const { id } = c.req.valid("param");
        const entry = await store.get(kind, id, c.req.valid("query").version);
        // Learners read the learner view: no hidden goals, signals, routes or source (trainers see all).
        const full = canPublish(c.var.principal);
        const versions = await store.versions(kind, id);
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
            versions,
            live: full ? liveSource(kind, id, versions) : null,
          },
          200,
        );
      })
      // The YAML of a version as a file, for a pull request that makes a web edit the file's content.
      .get("/:id/export", validate("param", idParam), validate("query", versionQuery), async (c) => {
        requireTrainer(c.var.principal, "export");
        const entry = await store.get(kind, c.req.valid("param").id, c.req.valid("query").version);
        return c.body(entry.source, 200, {
          "content-type": "application/yaml; charset=utf-8",
          "content-disposition": `attachment; filename="${entry.id}.yaml"`,
        });
      })
      .put("/:id", validate("param", idParam), validate("json", sourceBody), async (c) => {
        requireTrainer(c.var.principal, "publish");
        const { id } = c.req.valid("param");
        const { source } = c.req.valid("json");
        const checked = await check(source, `${kind}s/${id}.yaml`);
        if (checked.errors.length > 0) throw invalidFile(kind, checked.errors);
        const saved = await store.save(kind, id, source, "api", `${kind}s/${id}.yaml`);
        return c.json({ id, version: saved.version, created: saved.created }, saved.created ? 201 : 200);
      })
      .post("/validate", validate("json", sourceBody), async (c) => {
        const { errors, warnings } = await check(c.req.valid("json").source, `${kind}s/<draft>.yaml`);
        if (errors.length === 0) return c.json({ valid: true as const, issues: [], warnings }, 200);
        const error = invalidFile(kind, errors);
        return c.json({ valid: false as const, issues: errors, warnings, message: error.message }, 200);
      })
  );
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

/**
 * Which source is live (the latest version): the file in git, or the web editor. A version
 * published in the editor stays live until the file itself changes (then the file's content is
 * the newest version); `fileVersion` is the version the file on disk was last brought in as.
 */
function liveSource(kind: LibraryKind, id: string, versions: { version: number; origin: string }[]) {
  const fromFile = versions.find((v) => v.origin.startsWith("file:"));
  return {
    from: versions[0]?.origin.startsWith("file:") ? ("file" as const) : ("editor" as const),
    file: fromFile?.origin.slice("file:".length) ?? `${kind}s/${id}.yaml`,
    fileVersion: fromFile?.version ?? null,
  };
}

/** What a persona may refer to: the rubrics' ids and languages. */
function rubricContext(rubrics: { id: string; value: Persona | Rubric }[]) {
  return {
    rubricIds: rubrics.map((entry) => entry.id),
    rubricLanguages: Object.fromEntries(rubrics.map((entry) => [entry.id, entry.value.language])),
  };
}
