import { Badge } from "../../../components/ui/badge";
import type { RubricTestResult } from "../api/test-rubric";
import { SeparationTable } from "./separation-table";
import { TestTranscript } from "./test-transcript";

/** The verdict, the per-criterion table, and both calls to read. */
export function SeparationResult({ result }: { result: RubricTestResult }) {
  const total = result.criteria.length;
  const all = result.separated === total;
  const scripts =
    result.scripts.kind === "suite"
      ? `the scripts of the shipped separation suite ${result.scripts.id} (${result.scripts.file})`
      : `strong and weak scripts fitted to this customer's opening and ${result.scripts.exemplars} of the rubric's exemplar replies (no separation suite covers this customer and rubric)`;
  return (
    <div className="rubric-test__result" data-testid="rubric-test-result">
      <p className={`rubric-test__verdict rubric-test__verdict--${all ? "good" : "bad"}`} role="status">
        <strong>
          {result.separated} of {total} criteria separate
        </strong>{" "}
        the strong rep from the weak one on {result.persona.name}.{" "}
        <Badge tone={result.engine === "model" ? "info" : "neutral"}>
          {result.engine === "model" ? `model ${result.model ?? ""}` : "offline"}
        </Badge>
      </p>
      <p className="small muted">
        Played with {scripts}. Overall: strong {result.strong.overall ?? "–"}, weak {result.weak.overall ?? "–"} (scale{" "}
        {result.rubric.scale.min}–{result.rubric.scale.max}).
      </p>
      <SeparationTable result={result} />
      <div className="rubric-test__calls">
        <TestTranscript title="The strong rep's call" call={result.strong} />
        <TestTranscript title="The weak rep's call" call={result.weak} />
      </div>
    </div>
  );
}
