import { EvalsPlaceholder } from "../../features/evals/components/evals-placeholder";
import { usePageTitle } from "../../lib/use-page-title";

export function EvalsRoute() {
  usePageTitle("Evals");
  return <EvalsPlaceholder />;
}
