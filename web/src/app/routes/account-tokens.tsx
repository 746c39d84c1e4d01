import { TokensPage } from "../../features/account/components/tokens-page";
import { usePageTitle } from "../../lib/use-page-title";

export function AccountTokensRoute() {
  usePageTitle("API tokens");
  return <TokensPage />;
}
