import { Hono, type HonoRequest } from "hono";
import { z } from "zod";
import type { AuthEnv } from "../auth/principal";
import { DomainError } from "../errors";
import type { DocumentInput } from "../studio/document-text";
import type { Drafter } from "../studio/draft-service";
import { isMultipart } from "./read-spoken-turn";

const pastedDocument = z.strictObject({
  name: z.string().max(200).optional(),
  text: z.string().max(1_000_000),
});

/** `POST /api/authoring/draft`: a persona, rubric and knowledge drafted from a document, checked, not saved. */
export function authoringDraftRoutes(draft: Drafter) {
  return new Hono<AuthEnv>().post("/draft", async (c) => {
    const input = isMultipart(c.req.header("content-type")) ? await readUpload(c.req) : await readPasted(c.req);
    return c.json(await draft(c.var.principal, input), 200);
  });
}

async function readPasted(request: HonoRequest): Promise<DocumentInput> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new DomainError(
      "invalid_request",
      "The body must be JSON { text, name? } or multipart/form-data with a document file.",
    );
  }
  const parsed = pastedDocument.safeParse(body);
  if (!parsed.success)
    throw new DomainError(
      "invalid_request",
      `Invalid draft request: ${parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ")}`,
    );
  return { name: parsed.data.name ?? "pasted document", text: parsed.data.text };
}

async function readUpload(request: HonoRequest): Promise<DocumentInput> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new DomainError("invalid_form", "The request is not valid multipart/form-data.");
  }
  const file = form.get("document");
  if (file instanceof File) return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  const text = form.get("text");
  if (typeof text === "string") return { name: "pasted document", text };
  throw new DomainError("invalid_form", 'Send the document as a file field named "document" (or a "text" field).');
}
