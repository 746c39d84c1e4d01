import { Link } from "react-router";
import { QueryView } from "../../../components/ui/query-view";
import { useFormatDoc } from "../api/reference";

/** The persona or rubric file format, as written beside the shipped files (personas/README.md, rubrics/README.md). */
export function FormatDocPage({ doc }: { doc: "persona" | "rubric" }) {
  const query = useFormatDoc(doc);
  return (
    <div className="format-doc">
      <header className="page-head">
        <div>
          <p className="eyebrow">
            <Link to="/trainer">Trainer</Link> / Format
          </p>
          <h1>The {doc} file format</h1>
        </div>
      </header>
      <QueryView query={query} loading="Loading the format…" errorTitle="Could not load the format">
        {(body) => <pre className="format-doc__text">{body.text}</pre>}
      </QueryView>
    </div>
  );
}
