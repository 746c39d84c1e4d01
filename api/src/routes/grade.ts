import { Hono } from "hono";
import { z } from "zod";
import type { LibraryStore } from "../db/library-store";
import { ApiError } from "../errors";
import { slug } from "../library/common-schema";
import { rubricFile } from "../library/rubric-schema";
import type { PracticeService } from "../practice/practice-service";
import { turnSchema } from "../practice/transcript";
import { validate } from "./validate";

const gradeBody = z
  .strictObject({
    transcript: z.array(turnSchema).min(1, "needs at least one turn").max(500),
    rubricId: slug.optional(),
    rubricVersion: z.number().int().positive().optional(),
    /** An unsaved rubric (e.g. a draft in the editor); its scorecard reports version 0. */
    rubric: rubricFile.optional(),
  })
  .refine((body) => (body.rubricId === undefined) !== (body.rubric === undefined), {
    message: "give exactly one of rubricId or rubric",
    path: ["rubricId"],
  });

export function gradeRoutes(practice: PracticeService, library: LibraryStore) {
  return new Hono().post("/", validate("json", gradeBody), async (c) => {
    const body = c.req.valid("json");
    const indexes = body.transcript.map((turn) => turn.index);
    if (new Set(indexes).size !== indexes.length) throw new ApiError(400, "invalid_transcript", "Turn indexes must be unique.");
    const rubric = body.rubric
      ? { value: body.rubric, version: 0 }
      : library.get("rubric", body.rubricId ?? "", body.rubricVersion);
    return c.json({ scorecard: await practice.gradeTranscript(rubric.value, rubric.version, body.transcript) }, 200);
  });
}
