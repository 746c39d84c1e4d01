import { useParams } from "react-router";
import { QueryView } from "../../components/ui/query-view";
import { PracticeRoom } from "../../features/practice/components/practice-room";
import { VoiceMode } from "../../features/voice/components/voice-mode";
import { usePersona, useRubric } from "../../lib/queries/library";
import { useSession } from "../../lib/queries/session";
import { usePageTitle } from "../../lib/use-page-title";

export function PracticeRoute() {
  const { sessionId = "" } = useParams();
  const session = useSession(sessionId);
  const s = session.data?.session;
  const persona = usePersona(s?.personaId, s?.personaVersion);
  const rubric = useRubric(s?.rubricId, s?.rubricVersion);
  usePageTitle(persona.data ? `Call with ${persona.data.persona.name}` : "Practice call");
  return (
    <QueryView query={session} loading="Connecting the call…" errorTitle="Could not open this call">
      {(detail) => (
        <QueryView query={persona} loading="Loading the customer…">
          {(p) => (
            <QueryView query={rubric} loading="Loading the rubric…">
              {(r) => (
                <PracticeRoom
                  key={detail.session.id}
                  detail={detail}
                  persona={p.persona}
                  rubric={r.rubric}
                  voiceMode={VoiceMode}
                />
              )}
            </QueryView>
          )}
        </QueryView>
      )}
    </QueryView>
  );
}
