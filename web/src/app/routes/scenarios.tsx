import { EngineBadge } from "../../components/engine-badge";
import { ScenarioList } from "../../features/scenarios/components/scenario-list";
import { usePageTitle } from "../../lib/use-page-title";

export function ScenariosRoute() {
  usePageTitle("Practise a call");
  return (
    <>
      <header className="page-head">
        <div>
          <h1>Practise a call</h1>
          <p className="lead">
            Pick a customer. Every reply you type is scored against the scenario's rubric, with quotes from your own
            words.
          </p>
        </div>
        <EngineBadge />
      </header>
      <ScenarioList />
    </>
  );
}
