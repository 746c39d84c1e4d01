/** A clearly marked place for eval runs; it fills in when `parley eval` lands. */
export function EvalsPlaceholder() {
  return (
    <section className="panel placeholder" aria-labelledby="evals-title">
      <p className="eyebrow">Eval authors</p>
      <h1 id="evals-title">Eval runs arrive with the eval runner</h1>
      <p>
        This page will list each <code>parley eval</code> run with how well the grader agrees with human scores, per
        criterion, against the last baseline. The runner is not built yet, so there is nothing to show.
      </p>
      <p>
        Until then, <code>POST /api/grade</code> grades any transcript against a rubric, and <code>evals/README.md</code>{" "}
        describes the suites.
      </p>
    </section>
  );
}
