import { ErrorPanel } from "../../../components/ui/error-panel";
import { Loading } from "../../../components/ui/loading";
import { useRequeueParked, useXapiOutbox } from "../api/xapi-outbox";

/**
 * The LMS export's outbox: statements waiting, sent and parked (the LRS refused them for good, or
 * they break the xAPI rules). Once the LRS's fault is mended, an admin re-queues the parked ones.
 */
export function XapiOutboxPanel() {
  const outbox = useXapiOutbox(true);
  const requeue = useRequeueParked();
  return (
    <section className="panel" aria-labelledby="xapi-outbox-title" data-testid="xapi-outbox">
      <h2 id="xapi-outbox-title" className="panel__title">
        LMS export (xAPI)
      </h2>
      {outbox.isPending ? (
        <Loading label="Loading the outbox…" />
      ) : outbox.isError ? (
        <ErrorPanel error={outbox.error} title="Could not load the xAPI outbox" onRetry={() => void outbox.refetch()} />
      ) : (
        <>
          <p className="small">
            {outbox.data.sending
              ? "Sending to the configured LRS."
              : "No LRS configured: statements are kept for download only."}{" "}
            <strong>{outbox.data.pending}</strong> waiting, <strong>{outbox.data.sent}</strong> sent,{" "}
            <strong>{outbox.data.parked}</strong> parked.
          </p>
          <p className="small">
            <button
              type="button"
              className="btn btn--small"
              disabled={requeue.isPending || outbox.data.parked === 0}
              onClick={() => requeue.mutate()}
            >
              Re-queue parked statements
            </button>
          </p>
          {requeue.isSuccess && (
            <p className="small" role="status">
              {requeue.data.requeued} re-queued
              {requeue.data.stillParked > 0
                ? `; ${requeue.data.stillParked} stay parked (they break the xAPI rules, or more remain: press again).`
                : "."}
            </p>
          )}
          {requeue.isError && <ErrorPanel error={requeue.error} title="Could not re-queue the statements" />}
        </>
      )}
    </section>
  );
}
