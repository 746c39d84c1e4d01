import { Link, useParams } from "react-router";
import { ExampleDetail } from "../../features/examples/components/example-detail";
import { ExamplesPage } from "../../features/examples/components/examples-page";
import { WriteExampleLink } from "../../features/examples/components/write-example-link";
import { WriteExamplePage } from "../../features/examples/components/write-example-page";
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
        <WriteExampleLink />
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

export function WriteExampleRoute() {
  usePageTitle("Write an example");
  return (
    <>
      <p>
        <Link to="/examples">← All examples</Link>
      </p>
      <header className="page-head">
        <div>
          <h1>Write an example</h1>
          <p className="lead">A call line by line, with what you want learners to notice beside each line.</p>
        </div>
      </header>
      <WriteExamplePage />
    </>
  );
}
