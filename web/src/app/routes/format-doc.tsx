import { useParams } from "react-router";
import { FormatDocPage } from "../../features/authoring/components/format-doc-page";
import { usePageTitle } from "../../lib/use-page-title";
import { NotFoundRoute } from "./not-found";

export function FormatDocRoute() {
  const { doc } = useParams();
  usePageTitle(`The ${doc ?? ""} format`);
  if (doc !== "persona" && doc !== "rubric") return <NotFoundRoute />;
  return <FormatDocPage doc={doc} />;
}
