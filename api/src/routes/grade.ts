import { Hono } from "hono";
import { z } from "zod";
import type { AuthEnv } from "../auth/principal";
import { invalidFile, type LibraryStore } from "../db/library-store";
import { DomainError } from "../errors";
import { slug } from "../library/common-schema";
import { parseRubric } from "../library/load-library";
import { rubricFile } from "../library/rubric-schema";
import type { GradeService } from "../practice/grade-service";
import { turnSchema } from "../conversation/transcript";
import { validate } from "./validate";

/** As `parley grade` reads them: a turn's index may be left out (its position is used). */
const gradeTurn = turnSchema.extend({ index: turnSchema.shape.index.optional() });

const gradeBody = z
  .strictObject({
    /** The transcript to grade, or `sessionId` to regrade a stored call. */
    // Its size is checked after parsing, against the limits `parley grade` shares (413 naming the limit).
    transcript: z.array(gradeTurn).min(1, "needs at least one turn").optional(),
    sessionId: z.string().uuid().optional(),
    rubricId: slug.optional(),
    rubricVersion: z.number().int().positive().optional(),
    /** An unsaved rubric (a draft in the editor), as an object or as YAML; its scorecard reports version 0. */
    rubric: rubricFile.optional(),
    rubricYaml: z
      .string()
      .min(1)
      .max(256 * 1024)
      .optional(),
  })
  .refine((body) => (body.transcript === undefined) !== (body.sessionId === undefined), {
    message: "give exactly one of transcript or sessionId",
    path: ["transcript"],
  })
  .refine((body) => [body.rubricId, body.rubric, body.rubricYaml].filter((x) => x !== undefined).length <= 1, {
    message: "give at most one of rubricId, rubric or rubricYaml",
    path: ["rubricId"],
  });

export function gradeRoutes(grading: GradeService, library: LibraryStore) {
  return new Hono<AuthEnv>().post("/", validate("json", gradeBody), async (c) => {
    const body = c.req.valid("json");
    const stored = body.sessionId ? await grading.sessionForGrading(c.var.principal, body.sessionId) : null;
    const transcript =
      body.transcript?.map((turn, position) => ({ ...turn, index: turn.index ?? position })) ??
      stored?.transcript ??
      [];
    const indexes = transcript.map((turn) => turn.index);
    if (new Set(indexes).size !== indexes.length)
      throw new DomainError("invalid_transcript", "Turn indexes must be unique.");

    let rubric: { value: z.infer<typeof rubricFile>; version: number };
    if (body.rubric) rubric = { value: body.rubric, version: 0 };
    else if (body.rubricYaml) {
      const parsed = parseRubric(body.rubricYaml, "rubrics/<inline>.yaml");
      if (!parsed.ok) throw invalidFile("rubric", parsed.issues);
      rubric = { value: parsed.value, version: 0 };
    } else {
      const id = body.rubricId ?? stored?.rubricId;
      if (!id) throw new DomainError("rubric_required", "Give a rubricId, rubric or rubricYaml to grade against.");
      rubric = await library.get(
        "rubric",
        id,
        body.rubricVersion ?? (body.rubricId ? undefined : stored?.rubricVersion),
      );
    }
    return c.json(
      { scorecard: await grading.gradeTranscript(c.var.principal, rubric.value, rubric.version, transcript) },
      200,
    );
  });
}
