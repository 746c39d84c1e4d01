import { DraftPage } from "../../features/authoring/components/draft-page";
import { usePageTitle } from "../../lib/use-page-title";

export function DraftRoute() {
  usePageTitle("Draft from a document");
  return <DraftPage />;
}
