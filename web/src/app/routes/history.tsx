import { Link } from "react-router";
import { HistoryPage } from "../../features/history/components/history-page";
import { usePersonas, useRubrics } from "../../lib/queries/library";
import { usePageTitle } from "../../lib/use-page-title";

export function HistoryRoute() {
  usePageTitle("History");
  const personas = usePersonas();
  const rubrics = useRubrics();
  const names = {
    persona: (id: string) => personas.data?.items.find((item) => item.id === id)?.name ?? id,
    rubric: (id: string) => rubrics.data?.items.find((item) => item.id === id)?.name ?? id,
  };
  return (
    <>
      <header className="page-head">
        <div>
          <h1>Your history</h1>
          <p className="lead">
            Every call you made, and how each skill and criterion of your calls is changing over attempts.
          </p>
          <p>
            <Link to="/discussion">Shared calls</Link>: calls your team shared to discuss.
          </p>
        </div>
      </header>
      <HistoryPage names={names} />
    </>
  );
}
