import { stringify } from "yaml";
import type { Principal } from "../../auth/principal";
import type { ReviewedScope, ReviewStore } from "../../db/review-store";
import { DomainError } from "../../errors";
import { gradingSuiteFor, type GradingSuite } from "../../library/suites/grading-suite";
import type { ReviewDeps } from "./reviews";
import { standingOverrides } from "./reviewed-result";
import { scrubPeople } from "./scrub";

/** What `parley eval` accepts for one transcript (library/suites/suite-common.ts). */
const MAX_TURNS = 200;

type Item = GradingSuite["items"][number];

/**
 * Whose reviews a principal may export or configure: in local mode the one user's own; with
 * accounts, a trainer their own team's, an admin any team's (named); learners none.
 */
async function scopeFor(store: ReviewStore, principal: Principal, mode: ReviewDeps["mode"], teamId?: string) {
  if (mode === "local") return { kind: "user", userId: principal.id } satisfies ReviewedScope;
  if (principal.role === "learner") throw new DomainError("forbidden", "Only trainers and admins export reviews.");
  const team = teamId ?? principal.teamId;
  if (principal.role === "trainer" && (team === null || team !== principal.teamId))
    throw new DomainError("forbidden", "A trainer exports and configures only their own team's reviews.");
  if (team === null || team === undefined)
    throw new DomainError("invalid_request", "Name the team: ?teamId=…", { field: "teamId" });
  if (!(await store.teamExists(team))) throw new DomainError("team_not_found", `No team with id "${team}".`);
  return { kind: "team", teamId: team } satisfies ReviewedScope;
}

/** The team setting that lets reviews leave Parley, and the export itself: a `parley eval` grading suite. */
export function createReviewExport({ store, calls, library, mode }: ReviewDeps) {
  return {
    async settings(principal: Principal, teamId?: string) {
      const scope = await scopeFor(store, principal, mode, teamId);
      if (scope.kind === "user") return { teamId: null, exportAllowed: true, local: true };
      return { teamId: scope.teamId, exportAllowed: await store.exportAllowed(scope.teamId), local: false };
    },

    async setSettings(principal: Principal, teamId: string | undefined, exportAllowed: boolean) {
      const scope = await scopeFor(store, principal, mode, teamId);
      if (scope.kind === "user")
        throw new DomainError("local_mode", "Local mode has no teams: your own reviews always export.");
      await store.setExportAllowed(scope.teamId, exportAllowed, principal.id);
      return { teamId: scope.teamId, exportAllowed, local: false };
    },

    /**
     * The reviewed calls in scope as one grading suite (one rubric per suite): each call's
     * transcript, and per reviewer (`reviewer-1`, …) the standing override of each criterion with
     * its reason as the note. Names, emails and ids are left out (and scrubbed from the reasons);
     * the transcript is kept word for word, reps' words included.
     */
    async export(principal: Principal, query: { teamId?: string; rubricId?: string }) {
      const scope = await scopeFor(store, principal, mode, query.teamId);
      if (scope.kind === "team" && !(await store.exportAllowed(scope.teamId)))
        throw new DomainError(
          "review_export_not_allowed",
          "This team's reviews are not exported: a trainer of the team or an admin can allow it in its review settings.",
        );
      const reviewed = await store.reviewedCalls(scope);
      const rubricIds = [...new Set(reviewed.map((call) => call.rubricId))].sort();
      const rubricId = query.rubricId ?? (rubricIds.length === 1 ? rubricIds[0] : undefined);
      if (rubricId === undefined && rubricIds.length > 1)
        throw new DomainError("rubric_required", "A suite grades one rubric: name it with ?rubricId=…", {
          rubrics: rubricIds,
        });
      const chosen = reviewed.filter((call) => call.rubricId === rubricId);
      if (rubricId === undefined || chosen.length === 0)
        throw new DomainError("nothing_to_export", "No reviewed call with a changed score to export here.", {
          rubrics: rubricIds,
        });
      const { value: rubric } = await library.get("rubric", rubricId);
      const criterionIds = new Set(rubric.criteria.map((criterion) => criterion.id));
      const { overrides } = await store.entries(chosen.map((call) => call.id));
      const scrub = scrubPeople([
        ...(await store.peopleOf(scope)),
        ...overrides.map((entry) => ({ name: entry.author, email: null })),
      ]);

      const raters = new Map<string, string>();
      const raterOf = (authorId: string) => {
        if (!raters.has(authorId)) raters.set(authorId, `reviewer-${raters.size + 1}`);
        return raters.get(authorId) as string;
      };
      const items: Item[] = [];
      let skipped = 0;
      for (const call of chosen) {
        const mine = overrides.filter((entry) => entry.override.sessionId === call.id).map((entry) => entry.override);
        const standing = [...standingOverrides(mine).values()].filter(
          (override) =>
            criterionIds.has(override.criterionId) &&
            override.score >= rubric.scale.min &&
            override.score <= rubric.scale.max,
        );
        const turns = (await calls.turns.turns(call.id)).map((turn) => ({ role: turn.role, text: turn.text }));
        if (standing.length === 0) continue;
        if (turns.length < 2 || turns.length > MAX_TURNS || !turns.some((turn) => turn.role === "rep")) {
          skipped += 1;
          continue;
        }
        const scores: Item["scores"] = {};
        for (const override of standing) {
          const rater = raterOf(override.authorId);
          scores[rater] = {
            ...scores[rater],
            [override.criterionId]: { score: override.score, note: scrub(override.reason) },
          };
        }
        items.push({
          id: `call-${items.length + 1}`,
          label: `reviewed call of ${call.personaId}`,
          transcript: turns,
          scores,
        });
      }
      if (items.length === 0)
        throw new DomainError("nothing_to_export", "No reviewed call with a changed score to export here.", {
          rubrics: rubricIds,
          skipped,
        });
      const personas = new Set(chosen.map((call) => call.personaId));
      const suite = {
        kind: "grading" as const,
        id: `reviews-${rubricId}`,
        description:
          `Human reviews exported from Parley: ${items.length} call(s), scored by reviewers who changed the grader's score. ` +
          "Only changed criteria carry a human score. Reps' words are kept verbatim; names, emails and ids are not.",
        rubric: rubricId,
        ...(personas.size === 1 ? { persona: [...personas][0] } : {}),
        items,
      };
      // The file must load with `parley eval`: checked here, so an export never hands out a broken suite.
      const checked = gradingSuiteFor(rubric).safeParse(suite);
      if (!checked.success) throw new Error(`review export built an invalid suite: ${checked.error.message}`);
      const header = "# Exported from Parley's human reviews. Run: npx parley eval <this file>\n";
      return {
        yaml: header + stringify(suite, { lineWidth: 0 }),
        filename: `${suite.id}.yaml`,
        items: items.length,
        skipped,
      };
    },
  };
}

export type ReviewExport = ReturnType<typeof createReviewExport>;
