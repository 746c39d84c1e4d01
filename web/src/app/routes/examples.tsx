import { useParams } from "react-router";
import { ExampleDetail } from "../../features/examples/components/example-detail";
import { ExamplesPage } from "../../features/examples/components/examples-page";
import { usePageTitle } from "../../lib/use-page-title";

export function ExamplesRoute() {
  usePageTitle("Examples");
  return (
    <>
      <header className="page-head">
        <div>
          <h1>Examples</h1>
          <p className="lead">Calls done well and done poorly, with a trainer's notes beside the turns.</p>
        </div>
      </header>
      <ExamplesPage />
    </>
  );
}

export function ExampleRoute() {
  usePageTitle("Example");
  const { id = "" } = useParams();
  return <ExampleDetail id={id} />;
}
