import { isRouteErrorResponse, Link, useRouteError } from "react-router";

/** Shown when a page throws while rendering: says so plainly and offers a way back. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : "Unknown error";
  return (
    <main className="page" id="main">
      <div className="panel panel--error" role="alert">
        <h1>This page broke</h1>
        <p>{message}</p>
        <p>
          <Link to="/">Back to the scenarios</Link> or reload the page.
        </p>
      </div>
    </main>
  );
}
