import { Link } from "react-router";
import { Badge, PassBadge } from "../../../components/ui/badge";
import { ConfirmButton } from "../../../components/ui/confirm-button";
import { ErrorPanel } from "../../../components/ui/error-panel";
import { useAbandonSession } from "../../../lib/queries/session";
import { formatDate, formatScore, outcomeLabel } from "../../../lib/labels";
import { useMyShares } from "../api/get-my-shares";
import type { SessionSummary } from "../api/get-sessions";

interface SessionTableProps {
  items: SessionSummary[];
  names: { persona: (id: string) => string; rubric: (id: string) => string };
}

export function SessionTable({ items, names }: SessionTableProps) {
  const abandon = useAbandonSession();
  const shared = useMyShares().data;
  return (
    <section className="panel" aria-labelledby="calls-title">
      <h2 id="calls-title" className="panel__title">
        Past calls
      </h2>
      {abandon.isError && <ErrorPanel error={abandon.error} title="The call could not be abandoned" />}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Customer</th>
              <th scope="col">Outcome</th>
              <th scope="col">Score</th>
              <th scope="col">
                <span className="visually-hidden">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td data-label="When">{formatDate(item.createdAt)}</td>
                <td data-label="Customer">
                  {names.persona(item.personaId)}{" "}
                  <span className="muted small">
                    {item.mode} · {item.difficulty}
                  </span>
                  {item.forkedFrom && <Badge tone="info">retry</Badge>}
                  {shared?.has(item.id) && (
                    <span title="Shared with your team in Shared calls" data-testid="shared-marker">
                      <Badge tone="good">Shared</Badge>
                    </span>
                  )}
                </td>
                <td data-label="Outcome">
                  {item.status === "active" ? <Badge tone="info">in progress</Badge> : outcomeLabel(item.outcome)}
                </td>
                <td data-label="Score">
                  {item.scorecard ? (
                    <>
                      {formatScore(item.scorecard.overall, 2)} <PassBadge passed={item.scorecard.passed} />
                    </>
                  ) : (
                    <span className="muted">–</span>
                  )}
                </td>
                <td>
                  {item.status === "active" ? (
                    <span className="table__actions">
                      <Link to={`/sessions/${item.id}`}>Continue</Link>
                      <ConfirmButton
                        className="btn btn--ghost btn--small"
                        question="Abandon this call? It gets no scorecard and leaves your history."
                        confirmLabel="Abandon"
                        disabled={abandon.isPending}
                        onConfirm={() => abandon.mutate(item.id)}
                      >
                        Abandon
                      </ConfirmButton>
                    </span>
                  ) : (
                    <Link to={`/sessions/${item.id}/scorecard`}>Scorecard</Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
