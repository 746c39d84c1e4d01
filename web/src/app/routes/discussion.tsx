import { Link, useParams } from "react-router";
import { QueryView } from "../../components/ui/query-view";
import { SharedCallView } from "../../features/discussion/components/shared-call-view";
import { SharedCallsPage } from "../../features/discussion/components/shared-calls-page";
import { ThreadPanel } from "../../features/discussion/components/thread-panel";
import { usePersona } from "../../lib/queries/library";
import { useMe } from "../../lib/queries/me";
import { usePageTitle } from "../../lib/use-page-title";

export function SharedCallsRoute() {
  usePageTitle("Shared calls");
  const me = useMe().data;
  const admin = me?.mode === "accounts" && me.user.role === "admin";
  return (
    <>
      <header className="page-head">
        <div>
          <h1>Shared calls</h1>
          <p className="lead">
            {admin
              ? "Calls a team's learners shared to ask how they would handle them: pick the team."
              : "Calls your team shared to ask how you would handle them."}
          </p>
        </div>
      </header>
      <SharedCallsPage />
    </>
  );
}

export function SharedCallRoute() {
  const { sessionId = "" } = useParams();
  usePageTitle("Shared call");
  return <SharedCallView sessionId={sessionId} />;
}

/** A scenario's discussion on its own page (where a mention's notification leads). */
export function ScenarioDiscussionRoute() {
  const { personaId = "" } = useParams();
  const persona = usePersona(personaId);
  usePageTitle(persona.data ? `Discussion: ${persona.data.persona.name}` : "Discussion");
  return (
    <QueryView query={persona} loading="Loading the scenario…" errorTitle="Could not load this scenario">
      {(p) => (
        <>
          <header className="page-head">
            <div>
              <h1>Discussing the call with {p.persona.name}</h1>
              <p className="lead">
                <Link to={`/practice/${personaId}`}>Practise this scenario</Link>
              </p>
            </div>
          </header>
          <ThreadPanel kind="scenario" refId={personaId} title="Discussion" />
        </>
      )}
    </QueryView>
  );
}
