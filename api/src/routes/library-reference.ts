import { Hono } from "hono";
import { z } from "zod";
import { type AuthEnv, canPublish } from "../auth/principal";
import type { LibraryStore } from "../db/library-store";
import { DomainError } from "../errors";
import { readFormatDoc, vocabulary } from "../library/format-docs";
import { checkPersona } from "../library/authoring-checks";
import { personaForm, personaFromForm } from "../library/persona-template";
import { validate } from "./validate";

const docParam = z.object({ doc: z.enum(["persona", "rubric"]) });

/**
 * What an author may refer to (rubric ids, the move vocabulary) and the format docs, beside the
 * editor; and the guided form's draft (a persona file filled from plain answers, checked, not saved).
 */
export function libraryReferenceRoutes(store: LibraryStore, libraryRoot: string) {
  return new Hono<AuthEnv>()
    .use("*", async (c, next) => {
      if (!canPublish(c.var.principal))
        throw new DomainError("forbidden", "Only trainers and admins can read the authoring reference.");
      await next();
    })
    .get("/reference", async (c) => {
      const ids = async (kind: "persona" | "rubric") =>
        (await store.latest(kind)).map((entry) => ({ id: entry.id, name: entry.value.name }));
      return c.json({ ...vocabulary(), rubrics: await ids("rubric"), personas: await ids("persona") }, 200);
    })
    .post("/persona-from-form", validate("json", personaForm), async (c) => {
      const source = personaFromForm(c.req.valid("json"));
      const rubricIds = (await store.latest("rubric")).map((entry) => entry.id);
      const { errors, warnings } = checkPersona(source, "personas/<draft>.yaml", { rubricIds });
      return c.json({ source, valid: errors.length === 0, issues: errors, warnings }, 200);
    })
    .get("/docs/:doc", validate("param", docParam), async (c) => {
      const { doc } = c.req.valid("param");
      const text = await readFormatDoc(libraryRoot, doc);
      if (text === null) throw new DomainError("invalid_request", `The ${doc} format document is not installed.`);
      return c.json({ doc, text }, 200);
    });
}
