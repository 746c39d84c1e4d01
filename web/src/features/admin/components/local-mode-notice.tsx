/** Local mode has one user and no sign-in: say so, and how to turn accounts on. */
export function LocalModeNotice() {
  return (
    <section className="panel" aria-labelledby="local-mode-title" data-testid="admin-local-mode">
      <h2 id="local-mode-title" className="panel__title">
        Local mode: there are no accounts
      </h2>
      <p>
        Parley is running for one person on this machine (it only listens on 127.0.0.1), so there is nobody to sign in,
        and no users or teams to manage.
      </p>
      <p>To let a team use it, start Parley with accounts; the first admin comes from the environment:</p>
      <pre className="admin__code">
        <code>PARLEY_AUTH=accounts PARLEY_ADMIN_EMAIL=you@example.com PARLEY_ADMIN_PASSWORD=… npm start</code>
      </pre>
    </section>
  );
}
