import type { LibraryDetail } from "../../../lib/queries/library";
import type { LibraryKind } from "../api/library-kind";

/**
 * Which source is live, the file in git or the web editor, and the rule that decides it: a version
 * published here stays live until the file itself changes; export it as YAML for a pull request.
 */
export function LiveSourcePanel({ kind, detail, isNew }: { kind: LibraryKind; detail: LibraryDetail; isNew: boolean }) {
  const live = detail.live;
  const latest = detail.versions[0]?.version ?? detail.version;
  return (
    <section className="panel panel--flat" aria-labelledby="live-title" data-testid="live-source">
      <h2 id="live-title" className="panel__title">
        Which version is live
      </h2>
      {!isNew && live && (
        <p className="small">
          {live.from === "editor" ? (
            <>
              <strong>v{latest}, published in this editor</strong>, is live.{" "}
              {live.fileVersion === null
                ? `No file in git holds it: export it as ${live.file} for a pull request.`
                : `The file ${live.file} holds v${live.fileVersion}; this version stays live until that file changes.`}
            </>
          ) : (
            <>
              <strong>
                v{latest}, from {live.file}
              </strong>
              , is live.
            </>
          )}
        </p>
      )}
      <p className="small">
        Saving adds a version and makes it live; sessions and scorecards record the exact version they used. A version
        published here stays live across restarts until the file under <code>{kind}/</code> itself changes; then the
        file&apos;s content becomes the newest version.
      </p>
      {!isNew && (
        <a
          className="btn btn--secondary btn--small"
          href={`/api/${kind}/${detail.id}/export?version=${detail.version}`}
          download
        >
          Export v{detail.version} as YAML
        </a>
      )}
    </section>
  );
}
