import { useParams } from "react-router";
import { QueryView } from "../../components/ui/query-view";
import { NoScorecard } from "../../features/scorecard/components/no-scorecard";
import { ScorecardView } from "../../features/scorecard/components/scorecard-view";
import { ReviewPanel } from "../../features/review/components/review-panel";
import { ShareToggle } from "../../features/discussion/components/share-toggle";
import { MarkAsExample } from "../../features/examples/components/mark-example";
import { TurnComments } from "../../features/review/components/turn-comments";
import { usePersona, useRubric } from "../../lib/queries/library";
import { useSession } from "../../lib/queries/session";
import { usePageTitle } from "../../lib/use-page-title";

export function ScorecardRoute() {
  const { sessionId = "" } = useParams();
  const session = useSession(sessionId);
  const s = session.data?.session;
  const persona = usePersona(s?.personaId, s?.personaVersion);
  const rubric = useRubric(s?.rubricId, s?.rubricVersion);
  usePageTitle(persona.data ? `Scorecard: ${persona.data.persona.name}` : "Scorecard");
  return (
    <QueryView query={session} loading="Loading the scorecard…" errorTitle="Could not load this call">
      {(detail) =>
        detail.scorecard ? (
          <QueryView query={persona} loading="Loading the customer…">
            {(p) => (
              <QueryView query={rubric} loading="Loading the rubric…">
                {(r) =>
                  detail.scorecard && (
                    <ScorecardView
                      detail={detail}
                      scorecard={detail.scorecard}
                      persona={p.persona}
                      rubric={r.rubric}
                      review={
                        <>
                          <ShareToggle sessionId={sessionId} />
                          <ReviewPanel sessionId={sessionId} />
                          <MarkAsExample sessionId={sessionId} defaultTitle={`${p.persona.name}: a marked call`} />
                        </>
                      }
                      turnNotes={(turnIndex) => <TurnComments sessionId={sessionId} turnIndex={turnIndex} />}
                    />
                  )
                }
              </QueryView>
            )}
          </QueryView>
        ) : (
          <NoScorecard detail={detail} />
        )
      }
    </QueryView>
  );
}
