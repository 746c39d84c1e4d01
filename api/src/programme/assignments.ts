import { canPublish, type Principal } from "../auth/principal";
import type { AssignmentRow, AssignmentStore, Person } from "../db/assignment-store";
import type { LibraryStore } from "../db/library-store";
import { DomainError } from "../errors";
import { skillId, skillOf } from "../library/skills";
import type { SessionService } from "../practice/session-service";
import { scopeOf } from "./access";
import type { AssignmentInput } from "./assignment-input";
import { learnerProgress, type LearnerProgress } from "./assignment-status";
import { type AuthKind, resolveAssignees } from "./assignees";
import type { Notifier } from "./notifier";
import { resolveSkill } from "./resolve-skill";
import { checkDueAt, resolveSteps } from "./resolve-steps";

export interface AssignmentDeps {
  store: AssignmentStore;
  library: LibraryStore;
  sessions: Pick<SessionService, "start">;
  notifier: Notifier;
  mode: AuthKind;
  now?: () => number;
}

const notFound = (id: string) => new DomainError("assignment_not_found", `No assignment with id "${id}".`);

/** Assign work, list and read it with each learner's status, and start an attempt. */
export function createAssignments({ store, library, sessions, notifier, mode, now = Date.now }: AssignmentDeps) {
  /**
   * Assignments with their steps' persona and rubric names and the skills they practise. One describer
   * per request: a list names the same few scenarios many times, and each is looked up once.
   */
  const describer = () => {
    const entries = new Map<string, Promise<{ name: string; skills: string[] }>>();
    const entryOf = (kind: "persona" | "rubric", id: string) => {
      const key = `${kind}:${id}`;
      let entry = entries.get(key);
      if (!entry)
        entries.set(
          key,
          (entry = library.get(kind, id).then(({ value }) => ({
            name: value.name,
            skills: "criteria" in value ? value.criteria.map(skillOf) : [],
          }))),
        );
      return entry;
    };
    return async (row: AssignmentRow) => {
      const steps = await Promise.all(
        row.steps.map(async (step) => ({
          ...step,
          personaName: (await entryOf("persona", step.personaId)).name,
          rubricName: (await entryOf("rubric", step.rubricId)).name,
        })),
      );
      // The skills it practises: the one it was made for; else those its steps' rubrics score, in the
      // order they first appear.
      const skills = new Map<string, string>();
      if (row.skill !== null) skills.set(skillId(row.skill), row.skill);
      else
        for (const step of row.steps)
          for (const skill of (await entryOf("rubric", step.rubricId)).skills) skills.set(skillId(skill), skill);
      const skill = row.skill === null ? null : { id: skillId(row.skill), name: row.skill };
      return { ...row, steps, skill, skills: [...skills].map(([id, name]) => ({ id, name })) };
    };
  };

  async function progressOf(row: AssignmentRow, learners: Person[]) {
    const calls = await store.callsOf(
      learners.map((learner) => learner.id),
      row.createdAt,
    );
    const at = now();
    return learners.map((learner) => ({
      learner: { id: learner.id, name: learner.name },
      progress: summary(
        learnerProgress(
          row,
          calls.filter((call) => call.userId === learner.id),
          at,
        ),
      ),
    }));
  }

  /** The row, if this principal may see it; trainers see it when it has learners in their team. */
  async function visible(principal: Principal, id: string) {
    const scope = scopeOf(principal);
    const row = await store.get(id);
    if (!row || !scope) throw notFound(id);
    const learners = await store.learners(id, scope);
    if (learners.length === 0) throw notFound(id);
    return { row, learners };
  }

  return {
    async create(principal: Principal, input: AssignmentInput) {
      if (!canPublish(principal)) throw new DomainError("forbidden", "Only trainers and admins assign work.");
      checkDueAt(input.dueAt, now());
      const steps = await resolveSteps(library, input);
      const skill = await resolveSkill(library, steps, input.skill);
      const { learnerIds, teamId } = await resolveAssignees(store, mode, principal, input);
      const first = (await library.get("persona", steps[0]?.personaId ?? "")).value.name;
      const row = await store.create(
        {
          title: input.title ?? (steps.length === 1 ? first : `${first} and ${steps.length - 1} more`),
          kind: input.kind,
          steps,
          requiredScore: input.requiredScore ?? null,
          attemptsAllowed: input.attemptsAllowed,
          dueAt: input.dueAt,
          note: input.note ?? null,
          skill,
          teamId,
          createdBy: principal.id,
        },
        learnerIds,
      );
      await notifier.assigned(row, await store.people(learnerIds));
      return { assignment: await describer()(row), learners: learnerIds.length };
    },

    /** A learner's own assignments with their status; a trainer's team's (an admin's all) with every learner's. */
    async list(principal: Principal) {
      const scope = scopeOf(principal);
      if (!scope) return { items: [] };
      if (scope.kind === "learner") await notifier.reconcile(principal.id);
      const rows = await store.list(scope);
      const describe = describer();
      const items = [];
      for (const row of rows) {
        const learners = await progressOf(row, await store.learners(row.id, scope));
        const counts = { not_started: 0, in_progress: 0, passed: 0, overdue: 0, failed: 0 };
        for (const { progress } of learners) counts[progress.status] += 1;
        items.push({ assignment: await describe(row), learners, counts });
      }
      return { items };
    },

    async get(principal: Principal, id: string) {
      const { row, learners } = await visible(principal, id);
      return { assignment: await describer()(row), learners: await progressOf(row, learners) };
    },

    /** Who this principal may assign work to (the assign form's choices). */
    async assignees(principal: Principal) {
      if (!canPublish(principal)) throw new DomainError("forbidden", "Only trainers and admins assign work.");
      if (mode === "local") return { mode, learners: [{ id: principal.id, name: principal.name }], teamId: null };
      const scope = scopeOf(principal);
      const learners =
        scope?.kind === "all"
          ? await store.learnersOf({ kind: "all" })
          : scope?.kind === "team"
            ? await store.learnersOf(scope)
            : [];
      return {
        mode,
        learners: learners.map(({ id, name, teamId }) => ({ id, name, teamId })),
        teamId: principal.role === "trainer" ? principal.teamId : null,
      };
    },

    /**
     * Starts (or resumes) the learner's call for a step: coach mode for practice; for a
     * certification, exam mode, one open attempt at a time, steps in order, none once passed
     * or once the attempts are used up.
     */
    async startAttempt(principal: Principal, id: string, stepIndex: number | undefined) {
      const row = await store.get(id);
      const mine = row && (await store.learners(id, { kind: "learner", userId: principal.id }));
      if (!row || !mine || mine.length === 0) throw notFound(id);
      const calls = await store.callsOf([principal.id], row.createdAt);
      const progress = learnerProgress(row, calls, now());
      const index = stepIndex ?? progress.nextStep ?? 0;
      const target = row.steps[index];
      const step = progress.steps[index];
      if (!target || !step)
        throw new DomainError("invalid_request", `step: this assignment has steps 0 to ${row.steps.length - 1}.`);
      const certification = row.kind === "certification";
      if (certification) {
        if (step.inProgress) return { sessionId: step.inProgress, resumed: true };
        if (progress.status === "passed")
          throw new DomainError("assignment_passed", "You have passed this certification already.");
        if (index !== progress.nextStep)
          throw new DomainError(
            "invalid_request",
            `step: take the certification's steps in order; next is step ${progress.nextStep}.`,
          );
      }
      if (step.exhausted)
        throw new DomainError("attempts_exhausted", `You have used all ${row.attemptsAllowed} attempts at this step.`);
      const started = await sessions.start(principal, {
        personaId: target.personaId,
        rubricId: target.rubricId,
        difficulty: target.difficulty,
        mode: certification ? "exam" : "coach",
        assignment: { id: row.id, certification },
      });
      return { sessionId: started.session.id, resumed: false };
    },
  };
}

/** The status as clients see it: the passing call's id, not the whole call. */
function summary(progress: LearnerProgress) {
  return {
    ...progress,
    steps: progress.steps.map(({ passedBy, ...step }) => ({
      ...step,
      passedBy: passedBy && { sessionId: passedBy.sessionId, score: passedBy.score?.overall ?? null },
    })),
  };
}

export type Assignments = ReturnType<typeof createAssignments>;
