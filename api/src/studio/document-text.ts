import { extractText, getDocumentProxy } from "unpdf";
import { DomainError } from "../errors";

/** Limits of a document to draft from: named in each refusal. */
export const DOCUMENT_LIMITS = { maxBytes: 5_000_000, maxPages: 40, maxChars: 200_000 } as const;

export interface DocumentInput {
  name: string;
  /** A pasted document (text or Markdown). */
  text?: string | undefined;
  /** An uploaded file: text, Markdown or PDF, recognised by its content. */
  bytes?: Uint8Array | undefined;
}

export interface DocumentText {
  name: string;
  kind: "text" | "pdf";
  text: string;
  pages: number | null;
}

const tooLarge = (what: string) =>
  new DomainError(
    "document_too_large",
    `The document is too large: ${what}. Split it, or paste the part that matters.`,
  );

/** The text of a pasted or uploaded document; a PDF's text layer through unpdf (pdf.js). */
export async function readDocument(input: DocumentInput): Promise<DocumentText> {
  const name = input.name.trim() || "document";
  let kind: DocumentText["kind"] = "text";
  let pages: number | null = null;
  let text: string;
  if (input.bytes) {
    if (input.bytes.byteLength > DOCUMENT_LIMITS.maxBytes)
      throw tooLarge(`${input.bytes.byteLength} bytes, at most ${DOCUMENT_LIMITS.maxBytes}`);
    if (isPdf(input.bytes)) {
      kind = "pdf";
      ({ text, pages } = await pdfText(name, input.bytes));
    } else {
      text = decodeText(name, input.bytes);
    }
  } else {
    text = input.text ?? "";
  }
  text = text.replace(/\r\n?/g, "\n").trim();
  if (text.length === 0)
    throw new DomainError(
      "document_empty",
      kind === "pdf"
        ? `"${name}" has no text layer (a scanned PDF?): Parley reads a PDF's text, not its images. Paste the text instead.`
        : `"${name}" is empty: paste or upload a policy, a product sheet or a call transcript.`,
    );
  if (text.length > DOCUMENT_LIMITS.maxChars)
    throw tooLarge(`${text.length} characters of text, at most ${DOCUMENT_LIMITS.maxChars}`);
  return { name, kind, text, pages };
}

function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString("latin1").includes("%PDF-");
}

function decodeText(name: string, bytes: Uint8Array): string {
  // A NUL byte in the first kilobyte: a binary file (Word, an image), not text.
  if (bytes.subarray(0, 1024).includes(0))
    throw new DomainError(
      "document_unsupported_type",
      `"${name}" is not text, Markdown or PDF. Save it as PDF or plain text, or paste its text.`,
    );
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DomainError("document_unreadable", `"${name}" is not UTF-8 text. Save it as UTF-8, or paste its text.`);
  }
}

async function pdfText(name: string, bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DomainError("document_unreadable", `"${name}" could not be read as a PDF (${detail}).`);
  }
  try {
    if (pdf.numPages > DOCUMENT_LIMITS.maxPages)
      throw tooLarge(`${pdf.numPages} pages, at most ${DOCUMENT_LIMITS.maxPages}`);
    const { text } = await extractText(pdf, { mergePages: false });
    const pages = text.map((page, i) => (page.trim() ? `[page ${i + 1}]\n${page.trim()}` : "")).filter(Boolean);
    return { text: pages.join("\n\n"), pages: pdf.numPages };
  } finally {
    await pdf.destroy();
  }
}
