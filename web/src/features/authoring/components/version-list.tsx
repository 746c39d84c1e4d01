import { Link } from "react-router";
import { formatDate } from "../../../lib/labels";
import type { LibraryDetail } from "../../../lib/queries/library";

/** Every saved version, newest first; opening one loads it into the editor. */
export function VersionList({ detail, basePath }: { detail: LibraryDetail; basePath: string }) {
  const latest = detail.versions[0]?.version;
  return (
    <section className="panel panel--flat" aria-labelledby="versions-title">
      <h2 id="versions-title" className="panel__title">
        Versions
      </h2>
      <ol className="versions" data-testid="versions">
        {detail.versions.map((v) => (
          <li key={v.version} className={v.version === detail.version ? "is-current" : undefined}>
            <Link
              to={v.version === latest ? basePath : `${basePath}?version=${v.version}`}
              aria-current={v.version === detail.version ? "page" : undefined}
            >
              v{v.version}
              {v.version === latest ? " (latest)" : ""}
            </Link>
            <span className="muted small">
              {v.origin.startsWith("file:") ? `from ${v.origin.slice(5)}` : "saved in the editor"} ·{" "}
              {formatDate(v.createdAt)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
