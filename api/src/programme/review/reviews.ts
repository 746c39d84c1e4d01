import { canRead, type Owner, type Principal } from "../../auth/principal";
import type { LibraryStore } from "../../db/library-store";
import type { ReviewStore } from "../../db/review-store";
import type { CallStores } from "../../practice/call-stores";
import { DomainError, notFound } from "../../errors";
import type { Scorecard } from "../../grading/types";
import type { AuthKind } from "../assignees";
import { reviewedResult, standingOverrides } from "./reviewed-result";

export interface ReviewDeps {
  store: ReviewStore;
  calls: Pick<CallStores, "sessions" | "turns" | "results">;
  library: LibraryStore;
  mode: AuthKind;
}

/**
 * Who may review a call: in accounts mode a trainer of the learner's team or an admin, never on
 * their own call (a review is a second person's judgement); in local mode the one user, on their
 * own calls (notes to self, and scores they would have given, for their own regression set).
 */
export function mayReview(principal: Principal, owner: Owner, mode: AuthKind): boolean {
  if (mode === "local") return owner.userId === principal.id;
  if (owner.userId === principal.id) return false;
  if (principal.role === "admin") return true;
  return principal.role === "trainer" && principal.teamId !== null && owner.teamId === principal.teamId;
}

/** Turn comments and score overrides on graded calls, and the reviewed result they add up to. */
export function createReviews({ store, calls, library, mode }: ReviewDeps) {
  /** The call, its owner and scorecard, if this principal may read it; a call not yet graded cannot be reviewed. */
  async function graded(principal: Principal, sessionId: string) {
    const [row, owner] = await Promise.all([calls.sessions.get(sessionId), calls.sessions.owner(sessionId)]);
    if (!row || !owner || !canRead(principal, owner)) throw notFound("session", sessionId);
    const card = await calls.results.scorecard(sessionId);
    if (!card) throw new DomainError("call_not_graded", "This call has no scorecard yet: end it first.");
    return { row, owner, card };
  }

  async function reviewable(principal: Principal, sessionId: string) {
    const found = await graded(principal, sessionId);
    if (!mayReview(principal, found.owner, mode))
      throw new DomainError(
        "forbidden",
        found.owner.userId === principal.id
          ? "Your own call is reviewed by a trainer of your team or an admin."
          : "Only a trainer of this learner's team or an admin can review this call.",
      );
    return found;
  }

  async function view(principal: Principal, sessionId: string) {
    const { row, owner, card } = await graded(principal, sessionId);
    const { value: rubric } = await library.get("rubric", card.rubric.id, card.rubric.version);
    const { comments, overrides } = await store.entries([sessionId]);
    const standing = standingOverrides(overrides.map((entry) => entry.override));
    const scores = new Map([...standing].map(([id, override]) => [id, override.score]));
    const reviewed = reviewedResult(card, rubric.pass.critical, scores);
    return {
      sessionId,
      canReview: mayReview(principal, owner, mode),
      scale: rubric.scale,
      grader: { overall: card.overall, passed: card.passed },
      reviewed: {
        overall: reviewed.overall,
        passed: reviewed.passed,
        /** True once any override stands: the reviewed result differs from the grader's. */
        changed: standing.size > 0,
      },
      criteria: reviewed.criteria.map((criterion) => ({
        ...criterion,
        standingOverrideId: standing.get(criterion.id)?.id ?? null,
      })),
      comments: comments.map(({ comment, author }) => ({
        id: comment.id,
        turnIndex: comment.turnIndex,
        text: comment.text,
        author: { id: comment.authorId, name: author },
        createdAt: comment.createdAt,
      })),
      overrides: overrides.map(({ override, author, withdrawnByName }) => ({
        id: override.id,
        criterionId: override.criterionId,
        score: override.score,
        reason: override.reason,
        author: { id: override.authorId, name: author },
        createdAt: override.createdAt,
        withdrawn:
          override.withdrawnAt === null ? null : { at: override.withdrawnAt, by: withdrawnByName ?? "someone" },
        standing: standing.get(override.criterionId)?.id === override.id,
      })),
      personaId: row.personaId,
    };
  }

  /** The learner hears of a review of their call (not a local user reviewing their own). */
  async function tell(owner: Owner, reviewer: Principal, sessionId: string, what: string) {
    if (owner.userId === reviewer.id) return;
    await store.notify(owner.userId, sessionId, `${reviewer.name} ${what}.`);
  }

  const criterionName = (card: Scorecard, id: string) => card.criteria.find((c) => c.id === id)?.name ?? id;

  return {
    view,

    async comment(principal: Principal, sessionId: string, input: { turnIndex: number | null; text: string }) {
      const { owner } = await reviewable(principal, sessionId);
      let where = "your call";
      if (input.turnIndex !== null) {
        const turns = await calls.turns.turns(sessionId);
        const turn = turns.find((candidate) => candidate.index === input.turnIndex);
        if (!turn)
          throw new DomainError("turn_not_found", `This call has no turn ${input.turnIndex}.`, {
            turns: turns.length,
          });
        // Numbered as the transcript shows them: "reply 2" is the rep's second turn.
        const n = turns.filter((other) => other.role === turn.role && other.index <= turn.index).length;
        where = turn.role === "rep" ? `your reply ${n}` : `the customer's line ${n} in your call`;
      }
      await store.addComment({ sessionId, authorId: principal.id, ...input });
      await tell(owner, principal, sessionId, `commented on ${where}`);
      return view(principal, sessionId);
    },

    async override(
      principal: Principal,
      sessionId: string,
      input: { criterionId: string; score: number; reason: string },
    ) {
      const { owner, card } = await reviewable(principal, sessionId);
      const ids = card.criteria.map((criterion) => criterion.id);
      if (!ids.includes(input.criterionId))
        throw new DomainError("unknown_criterion", `"${input.criterionId}" is not a criterion of this scorecard.`, {
          field: "criterionId",
          criteria: ids,
        });
      const { scale } = (await library.get("rubric", card.rubric.id, card.rubric.version)).value;
      if (input.score < scale.min || input.score > scale.max)
        throw new DomainError("score_out_of_range", `The score must be between ${scale.min} and ${scale.max}.`, {
          field: "score",
          min: scale.min,
          max: scale.max,
        });
      await store.addOverride({ sessionId, authorId: principal.id, ...input });
      await tell(
        owner,
        principal,
        sessionId,
        `set your score for "${criterionName(card, input.criterionId)}" to ${input.score}`,
      );
      return view(principal, sessionId);
    },

    /** Withdraws the standing override of a criterion; the grader's score stands again. */
    async withdraw(principal: Principal, sessionId: string, overrideId: string) {
      const { owner, card } = await reviewable(principal, sessionId);
      const override = await store.override(overrideId);
      if (!override || override.sessionId !== sessionId)
        throw new DomainError("override_not_found", `No override with id "${overrideId}" on this call.`);
      const { overrides } = await store.entries([sessionId]);
      const standing = standingOverrides(overrides.map((entry) => entry.override)).get(override.criterionId);
      if (standing?.id !== overrideId || !(await store.withdraw(overrideId, principal.id)))
        throw new DomainError(
          "override_not_current",
          "Only the override that stands (the latest, not withdrawn) can be withdrawn.",
        );
      await tell(
        owner,
        principal,
        sessionId,
        `withdrew the changed score for "${criterionName(card, override.criterionId)}"`,
      );
      return view(principal, sessionId);
    },
  };
}

export type Reviews = ReturnType<typeof createReviews>;
export type ReviewView = Awaited<ReturnType<Reviews["view"]>>;
