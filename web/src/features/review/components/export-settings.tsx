import { ErrorPanel } from "../../../components/ui/error-panel";
import { useReviewSettings, useSetExportAllowed } from "../api/review-settings";

/**
 * The team's review export: off by default; once on, the team's reviews download as a grading
 * suite for `parley eval` (anonymised; reps' words are kept).
 */
export function ReviewExportSettings() {
  const settings = useReviewSettings();
  const set = useSetExportAllowed();
  // Only a trainer with a team (or the local user) has one team's setting here; an admin names the
  // team over HTTP (`/api/reviews/settings?teamId=…`), so the section stays out of their way.
  if (!settings.data) return null;
  const { exportAllowed, local, teamId } = settings.data;
  const href = `/api/reviews/export${teamId ? `?teamId=${encodeURIComponent(teamId)}` : ""}`;
  return (
    <section className="panel" aria-labelledby="review-export-title" data-testid="review-export">
      <h2 id="review-export-title" className="panel__title">
        Reviews as an eval suite
      </h2>
      <p className="small">
        Calls whose scores a reviewer changed, exported as a grading suite for <code>parley eval</code>, so the
        grader&apos;s regression set grows from real reviews. Names, emails and ids are left out;{" "}
        <strong>the reps&apos; words are kept</strong> as they said them.
      </p>
      {!local && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={exportAllowed}
            disabled={set.isPending}
            onChange={(event) => set.mutate(event.target.checked)}
          />{" "}
          Allow this team&apos;s reviews to be exported
        </label>
      )}
      {set.isError && <ErrorPanel error={set.error} title="Could not change the setting" />}
      {exportAllowed && (
        <p className="actions">
          <a className="btn btn--secondary btn--small" href={href} download>
            Download the suite (YAML)
          </a>
        </p>
      )}
    </section>
  );
}
