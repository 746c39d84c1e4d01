import { LibraryIndex } from "../../features/authoring/components/library-index";
import { usePageTitle } from "../../lib/use-page-title";

export function TrainerRoute() {
  usePageTitle("Trainer");
  return (
    <>
      <header className="page-head">
        <div>
          <h1>Trainer</h1>
          <p className="lead">
            Edit personas and rubrics as YAML (the same files as in git), check them line by line, and try a persona in
            the sandbox before learners meet it.
          </p>
        </div>
      </header>
      <LibraryIndex />
    </>
  );
}
