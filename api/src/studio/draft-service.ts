import { parse, stringify } from "yaml";
import { canPublish, type Principal } from "../auth/principal";
import type { LibraryStore } from "../db/library-store";
import { DomainError } from "../errors";
import { checkPersona, checkRubric } from "../library/authoring-checks";
import type { Persona } from "../library/persona-schema";
import type { Rubric } from "../library/rubric-schema";
import { type FileIssue, formatIssue } from "../library/yaml-file";
import { LlmError } from "../llm/errors";
import type { LlmGateway } from "../llm/gateway";
import type { Limits } from "../practice/limits";
import { type DocumentInput, readDocument } from "./document-text";
import { checkDraft, type DraftCheckEngines } from "./draft-checks";
import { DRAFT_MAX_TOKENS, draftMessages, repairMessages } from "./draft-prompt";
import { draftAnswer, type DraftAnswer } from "./draft-schema";

export interface DrafterDeps {
  library: LibraryStore;
  /** null: no model endpoint configured (drafting needs one; the guided form does not). */
  gateway: LlmGateway | null;
  model: string;
  contextTokens: number;
  limits: Limits;
  /** The engines the checks run on (the offline ones: fast, and the same in every run). */
  checkEngines: DraftCheckEngines;
}

interface DraftFiles {
  persona: { id: string; file: string; source: string; value: Persona | null };
  rubric: { id: string; file: string; source: string; value: Rubric | null };
  errors: FileIssue[];
  warnings: FileIssue[];
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const idOf = (value: unknown, fallback: string) => (typeof value === "string" && SLUG.test(value) ? value : fallback);

/**
 * Drafts a persona, a rubric and knowledge from a document with the model, checks the draft as
 * the editor would (one repair round trip when it fails), then runs lint, the rubric self-test
 * and a persona suite on it. Nothing is saved: the trainer reviews the draft and publishes it.
 */
export function createDrafter(deps: DrafterDeps) {
  return async function draftFromDocument(principal: Principal, input: DocumentInput) {
    if (!canPublish(principal)) throw new DomainError("forbidden", "Only trainers and admins can draft scenarios.");
    const gateway = deps.gateway;
    if (!gateway)
      throw new DomainError(
        "model_not_configured",
        "Drafting from a document needs a model endpoint (OPENAI_BASE_URL or OPENAI_API_KEY). Without one, use the guided form.",
      );
    const document = await readDocument(input);
    const request = draftMessages(document, deps.contextTokens);
    if (!request)
      throw new DomainError(
        "document_too_large",
        `The model's context (${deps.contextTokens} tokens, PARLEY_MODEL_CONTEXT_TOKENS) leaves too little room for the document after the instructions.`,
      );
    const { messages, cut } = request;
    await deps.limits.checkTokenBudget(principal);
    const rubricIds = (await deps.library.latest("rubric")).map((entry) => entry.id);
    const ask = async (asked: typeof messages) => {
      try {
        return await gateway.structured(
          { model: deps.model, purpose: "studio.draft", userId: principal.id, maxTokens: DRAFT_MAX_TOKENS },
          asked,
          draftAnswer,
          "parley_draft",
        );
      } catch (error) {
        if (!(error instanceof LlmError)) throw error;
        throw new DomainError(
          "model_unavailable",
          `The model could not draft from "${document.name}" (${error.code}: ${error.message}). Your document is kept: try again.`,
          { document: { name: document.name, chars: document.text.length } },
        );
      }
    };
    let answer = await ask(messages);
    let files = draftFiles(answer, rubricIds);
    let repaired = false;
    if (files.errors.length > 0) {
      repaired = true;
      answer = await ask(repairMessages(messages, answer, files.errors.map(formatIssue)));
      files = draftFiles(answer, rubricIds);
    }
    if (files.errors.length > 0 || !files.persona.value || !files.rubric.value)
      throw new DomainError(
        "draft_invalid",
        `The model's draft still had ${files.errors.length} problem(s) after one repair: ${files.errors
          .slice(0, 3)
          .map(formatIssue)
          .join("; ")}. Your document is kept: try again, or use the guided form.`,
        { issues: files.errors, document: { name: document.name, chars: document.text.length } },
      );
    const existing = new Set((await deps.library.latest("persona")).map((entry) => entry.id));
    const checks = await checkDraft(deps.checkEngines, {
      persona: { ...files.persona, value: files.persona.value },
      rubric: { ...files.rubric, value: files.rubric.value },
      warnings: files.warnings,
      replaces: {
        persona: existing.has(files.persona.id),
        rubric: rubricIds.includes(files.rubric.id),
      },
    });
    return {
      document: { name: document.name, kind: document.kind, pages: document.pages, chars: document.text.length },
      cut,
      repaired,
      notes: answer.notes,
      persona: { id: files.persona.id, file: files.persona.file, source: files.persona.source },
      rubric: { id: files.rubric.id, file: files.rubric.file, source: files.rubric.source },
      checks,
    };
  };
}

export type Drafter = ReturnType<typeof createDrafter>;
export type DraftResult = Awaited<ReturnType<Drafter>>;

/** The answer as the two YAML files, checked as the editor checks them (the draft rubric counts as existing). */
function draftFiles(answer: DraftAnswer, rubricIds: string[]): DraftFiles {
  const persona = yamlValue(answer.persona);
  const rubric = yamlValue(answer.rubric);
  const knowledge = yamlValue(answer.knowledge.trim() === "" ? "[]" : answer.knowledge);
  const rubricId = idOf(isRecord(rubric) ? rubric.id : undefined, "drafted-rubric");
  const personaId = idOf(isRecord(persona) ? persona.id : undefined, "drafted-persona");
  const personaFile = `personas/${personaId}.yaml`;
  const rubricFile = `rubrics/${rubricId}.yaml`;
  // The persona names the drafted rubric and carries the knowledge; a part that is not YAML is checked as written.
  const personaSource = isRecord(persona) ? personaYaml(persona, rubricId, knowledge) : answer.persona;
  const knowledgeIssues: FileIssue[] = Array.isArray(knowledge)
    ? []
    : [
        {
          file: personaFile,
          line: 1,
          field: "knowledge",
          message: "the drafted knowledge is not a YAML list of entries",
        },
      ];
  const checkedPersona = checkPersona(personaSource, personaFile, {
    rubricIds: [...new Set([...rubricIds, rubricId])],
  });
  const checkedRubric = checkRubric(answer.rubric, rubricFile);
  return {
    persona: { id: personaId, file: personaFile, source: personaSource, value: checkedPersona.value },
    rubric: { id: rubricId, file: rubricFile, source: answer.rubric, value: checkedRubric.value },
    errors: [...knowledgeIssues, ...checkedPersona.errors, ...checkedRubric.errors],
    warnings: [...checkedPersona.warnings, ...checkedRubric.warnings],
  };
}

/** The persona file with its rubric named near the top (as the shipped files do) and the knowledge last. */
function personaYaml(persona: Record<string, unknown>, rubricId: string, knowledge: unknown): string {
  const { id, name, summary, rubric: _named, knowledge: _own, ...rest } = persona;
  const entries = Array.isArray(knowledge) ? knowledge : [];
  return stringify({ id, name, summary, rubric: rubricId, ...rest, knowledge: entries }, { lineWidth: 0 });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function yamlValue(source: string): unknown {
  try {
    return parse(source, { maxAliasCount: 50 });
  } catch {
    return undefined;
  }
}
