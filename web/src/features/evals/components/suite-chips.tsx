import { Badge } from "../../../components/ui/badge";
import type { SuiteSummary } from "../api/get-eval-runs";
import { share, withInterval } from "./figures";

/** One line per suite: its verdict and the figure that matters most for its kind. */
export function SuiteHeadline({ suite }: { suite: SuiteSummary }) {
  return (
    <li className="evals__suite">
      <Badge tone={suite.passed ? "good" : "bad"}>{suite.passed ? "pass" : "fail"}</Badge>{" "}
      <span className="evals__suite-id">{suite.id}</span> <span className="muted small">{headline(suite)}</span>
    </li>
  );
}

function headline(suite: SuiteSummary): string {
  if (suite.grading) {
    const { grader, humans, unscored } = suite.grading;
    const ceiling = humans ? ` · humans ${humans.chance.value?.toFixed(2) ?? "–"}` : "";
    return `${grader.chance.name} ${withInterval(grader.chance)} · within one ${withInterval(grader.withinOne)}${ceiling}${unscored > 0 ? ` · ${unscored} unscored` : ""}`;
  }
  if (suite.persona) {
    const adherence =
      suite.persona.roleAdherence === null ? "" : ` · in character ${share(suite.persona.roleAdherence)}`;
    return `${suite.persona.scriptsPassed}/${suite.persona.scripts} scripts${adherence}`;
  }
  if (suite.counts)
    return `${suite.counts.passed}/${suite.counts.total} ${suite.kind === "robustness" ? "attempts resisted" : "criteria separated"}`;
  return "";
}
