import { randomUUID } from "node:crypto";
import { canRead, type Principal } from "../../auth/principal";
import type { ExampleStore } from "../../db/example-store";
import type { LibraryStore } from "../../db/library-store";
import { DomainError, notFound } from "../../errors";
import type { Grader } from "../../grading/grader";
import type { Scorecard } from "../../grading/types";
import type { CallStores } from "../../practice/call-stores";
import type { AuthKind } from "../assignees";
import { scrubPeople } from "../review/scrub";
import { canSee, mayEdit, readScope, requireAuthor, requireEditor } from "./example-access";
import type { Example, ExampleFilter, ExampleTurn, Quality } from "./example-types";
import { matches, summaryOf } from "./example-types";
import { gradeExample } from "./grade-example";
import { createExampleSpeech } from "./example-speech";
import type { Speaker } from "../../voice/speaker";
import type { Limits } from "../../practice/limits";

export interface ExampleDeps {
  store: ExampleStore;
  calls: Pick<CallStores, "sessions" | "turns" | "results">;
  library: LibraryStore;
  /** The configured grader: a written example is graded on save, as a call would be. */
  grader: Grader;
  /** The shipped examples, graded offline once (shipped-examples.ts). */
  shipped: () => Promise<Example[]>;
  /** A user's name and email, to keep them out of a copied call. */
  person: (userId: string) => Promise<{ name: string; email: string | null } | null>;
  /** The speech model's speaker, when voice is on (null: the browser speaks examples). */
  speaker: Speaker | null;
  /** The per-user voice rate and daily token budget a call's speech (and a written example's grading) is held to. */
  limits: Pick<Limits, "checkAudioRate" | "checkTokenBudget">;
  mode: AuthKind;
}

export interface TurnNote {
  turnIndex: number;
  note: string | null;
}
interface Common {
  title: string;
  quality: Quality;
  summary?: string | null | undefined;
  /** Admins only: the team that sees it (null: every team). A trainer's examples are their team's. */
  teamId?: string | null | undefined;
}
export type FromCall = Common & { sessionId: string; notes?: TurnNote[] | undefined };
export type Written = Common & {
  personaId: string;
  rubricId?: string | undefined;
  turns: { role: "customer" | "rep"; text: string; note?: string | null | undefined }[];
};

/** A learner's name is never shown: the example names no one (the learner's own name is scrubbed from a copy). */
function withNotes(turns: ExampleTurn[], notes: TurnNote[]): ExampleTurn[] {
  const indexes = new Set(turns.map((turn) => turn.index));
  const missing = notes.find((entry) => !indexes.has(entry.turnIndex));
  if (missing)
    throw new DomainError("turn_not_found", `This example has no turn ${missing.turnIndex}.`, {
      field: "notes",
      turns: turns.length,
    });
  const byTurn = new Map(notes.map((entry) => [entry.turnIndex, entry.note]));
  return turns.map((turn) => (byTurn.has(turn.index) ? { ...turn, note: byTurn.get(turn.index) ?? null } : turn));
}

/** The examples library: shipped files and trainers' examples, read by scenario, criterion and quality. */
export function createExamples(deps: ExampleDeps) {
  const { store, mode } = deps;

  async function find(principal: Principal, id: string): Promise<Example> {
    const shipped = (await deps.shipped()).find((example) => example.id === id);
    const example = shipped ?? (await store.get(id));
    if (!example || !canSee(principal, mode, example))
      throw new DomainError("example_not_found", `No example with id "${id}".`);
    return example;
  }

  function teamFor(principal: Principal, requested: string | null | undefined, fallback: string | null) {
    if (mode === "local") return null;
    if (principal.role === "admin") return requested === undefined ? fallback : requested;
    if (requested !== undefined && requested !== principal.teamId)
      throw new DomainError("forbidden", "A trainer's examples are for their own team.");
    if (principal.teamId === null) throw new DomainError("forbidden", "A trainer with no team cannot add examples.");
    return principal.teamId;
  }

  async function save(
    principal: Principal,
    values: Omit<Example, "id" | "createdAt" | "updatedAt" | "source">,
    source: "call" | "written",
  ) {
    const now = Date.now();
    const stored = await store.insert({
      ...values,
      source,
      id: randomUUID(),
      createdAt: now,
      updatedAt: now,
      createdBy: principal.id,
    });
    return view(principal, stored);
  }

  /** `editable`: whether this caller may change it (the web app offers Edit only then). */
  const view = (principal: Principal, example: Example) => ({
    ...example,
    editable: mayEdit(principal, mode, example),
  });

  return {
    /** One line, spoken in its speaker's voice by the speech model. */
    speech: createExampleSpeech({ find, library: deps.library, speaker: deps.speaker, limits: deps.limits }),

    async list(principal: Principal, filter: ExampleFilter) {
      const [shipped, stored] = await Promise.all([deps.shipped(), store.list(readScope(principal, mode), filter)]);
      const all = [...stored, ...shipped].filter((example) => matches(example, filter));
      return all.map((example) => ({
        ...summaryOf(example, filter.criterionId),
        editable: mayEdit(principal, mode, example),
      }));
    },

    async get(principal: Principal, id: string) {
      return view(principal, await find(principal, id));
    },

    /** A graded call copied as an example: its turns (the learner's name scrubbed), scorecard and the trainer's notes. */
    async fromCall(principal: Principal, input: FromCall) {
      requireAuthor(principal);
      const [row, owner] = await Promise.all([
        deps.calls.sessions.get(input.sessionId),
        deps.calls.sessions.owner(input.sessionId),
      ]);
      if (!row || !owner || !canRead(principal, owner)) throw notFound("session", input.sessionId);
      const card = await deps.calls.results.scorecard(input.sessionId);
      if (!card) throw new DomainError("call_not_graded", "This call has no scorecard yet: it must be ended first.");
      const learner = await deps.person(owner.userId);
      const scrub = scrubPeople(learner ? [learner] : []);
      const turns = (await deps.calls.turns.turns(input.sessionId)).map((turn): ExampleTurn => ({
        index: turn.index,
        role: turn.role,
        text: scrub(turn.text),
        note: null,
      }));
      const scorecard = JSON.parse(scrub(JSON.stringify(card))) as Scorecard;
      return save(
        principal,
        {
          title: input.title,
          quality: input.quality,
          summary: input.summary ?? null,
          personaId: row.personaId,
          personaVersion: row.personaVersion,
          rubricId: row.rubricId,
          rubricVersion: row.rubricVersion,
          turns: withNotes(turns, input.notes ?? []),
          scorecard,
          teamId: teamFor(principal, input.teamId, owner.teamId),
        },
        "call",
      );
    },

    /** A trainer's own transcript, graded by the engine on save so it has a scorecard like any call. */
    async written(principal: Principal, input: Written) {
      requireAuthor(principal);
      if (!input.turns.some((turn) => turn.role === "rep"))
        throw new DomainError("invalid_example", "An example needs at least one rep turn to grade.", {
          field: "turns",
        });
      const persona = await deps.library.get("persona", input.personaId);
      const rubricId = input.rubricId ?? persona.value.rubric;
      if (rubricId === undefined)
        throw new DomainError("rubric_required", `Persona "${persona.id}" names no default rubric; give a rubricId.`);
      const rubric = await deps.library.get("rubric", rubricId);
      const turns = input.turns.map((turn, index): ExampleTurn => ({
        index,
        role: turn.role,
        text: turn.text,
        note: turn.note ?? null,
      }));
      // The model grader spends the writer's tokens, as their calls do: checked first, charged to them.
      if (deps.grader.engine === "model") await deps.limits.checkTokenBudget(principal);
      const scorecard = await gradeExample(deps.grader, persona, rubric, turns, principal.id);
      return save(
        principal,
        {
          title: input.title,
          quality: input.quality,
          summary: input.summary ?? null,
          personaId: persona.id,
          personaVersion: persona.version,
          rubricId: rubric.id,
          rubricVersion: rubric.version,
          turns,
          scorecard,
          teamId: teamFor(principal, input.teamId, null),
        },
        "written",
      );
    },

    async update(
      principal: Principal,
      id: string,
      patch: {
        title?: string | undefined;
        summary?: string | null | undefined;
        quality?: Quality | undefined;
        notes?: TurnNote[] | undefined;
      },
    ) {
      const example = await find(principal, id);
      requireEditor(principal, mode, example);
      const changed = await store.update(id, {
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.summary !== undefined ? { summary: patch.summary } : {}),
        ...(patch.quality !== undefined ? { quality: patch.quality } : {}),
        ...(patch.notes !== undefined ? { turns: withNotes(example.turns, patch.notes) } : {}),
      });
      if (!changed) throw new DomainError("example_not_found", `No example with id "${id}".`);
      return view(principal, changed);
    },

    async remove(principal: Principal, id: string) {
      const example = await find(principal, id);
      requireEditor(principal, mode, example);
      await store.remove(id);
    },
  };
}

export type Examples = ReturnType<typeof createExamples>;
