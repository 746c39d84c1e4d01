import { useRef, useState } from "react";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { Loading } from "../../../components/ui/loading";
import { QueryView } from "../../../components/ui/query-view";
import { StatementDownload } from "../../../components/xapi/statement-download";
import { useMe } from "../../../lib/queries/me";
import { useTokens } from "../api/get-tokens";
import { NewTokenForm } from "./new-token-form";
import { NewTokenReveal } from "./new-token-reveal";
import { TokenTable } from "./token-table";
import "./tokens.css";

/** Every signed-in user's API tokens: for scripts and CI, acting as them. */
export function TokensPage() {
  const me = useMe();
  const accounts = me.data?.mode === "accounts";
  const tokens = useTokens(accounts);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const createButton = useRef<HTMLButtonElement>(null);
  // The reveal panel goes away: focus returns to Create token, which is back in its place.
  const putAway = () => {
    setCreated(null);
    requestAnimationFrame(() => createButton.current?.focus());
  };

  return (
    <>
      <header className="page-head">
        <div>
          <h1>API tokens</h1>
          <p className="lead token-lead">
            For scripts and CI, such as <code>parley eval --server</code>: a token is sent as{" "}
            <code>Authorization: Bearer …</code> and acts as you, with your role.
          </p>
        </div>
      </header>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {me.isPending ? (
        <Loading />
      ) : me.isLoadingError ? (
        // Checked before `accounts`: a failed /me is not local mode.
        <ErrorPanel error={me.error} title="Could not check your account" onRetry={() => void me.refetch()} />
      ) : !accounts ? (
        <>
          <LocalModeTokens />
          <StatementDownload self={{ name: "you" }} lead={OWN_STATEMENTS} />
        </>
      ) : (
        <>
          {created ? (
            <NewTokenReveal created={created} onDone={putAway} />
          ) : (
            <NewTokenForm onCreated={setCreated} submitRef={createButton} />
          )}
          <QueryView query={tokens} loading="Loading your tokens…" errorTitle="Could not load your tokens">
            {({ items }) => (
              <TokenTable
                items={items}
                onRevoked={(name) => setAnnouncement(`Revoked ${name}. Scripts using it are refused from now on.`)}
              />
            )}
          </QueryView>
          {me.data?.user && (
            <StatementDownload self={{ id: me.data.user.id, name: me.data.user.name }} lead={OWN_STATEMENTS} />
          )}
        </>
      )}
    </>
  );
}

const OWN_STATEMENTS =
  "Your practice calls as xAPI statements (attempted, completed, scored, passed or failed), for a learning record store or your own records: one JSON file per date range.";

function LocalModeTokens() {
  return (
    <section className="panel" aria-labelledby="local-tokens-title" data-testid="tokens-local-mode">
      <h2 id="local-tokens-title" className="panel__title">
        Local mode: no token needed
      </h2>
      <p>
        Parley is running for one person on this machine, without sign-in, so scripts here (for example{" "}
        <code>parley eval --server http://127.0.0.1:PORT</code>) are let in without a token.
      </p>
      <p>Tokens are for a Parley started with accounts (PARLEY_AUTH=accounts), where each one acts as its owner.</p>
    </section>
  );
}
