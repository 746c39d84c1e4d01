import { GuidedForm } from "../../features/authoring/components/guided-form";
import { usePageTitle } from "../../lib/use-page-title";

export function GuidedFormRoute() {
  usePageTitle("New persona from a few questions");
  return <GuidedForm />;
}
