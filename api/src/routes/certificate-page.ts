import { html } from "hono/html";
import type { CertificateView } from "../programme/certificates";

const date = (at: number) =>
  new Date(at).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * A certificate as one self-contained HTML page (no scripts, no external files), laid out for A4
 * or Letter: the browser's Print turns it into a PDF. hono's `html` escapes every value.
 */
export function certificatePage(certificate: CertificateView) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>Certificate: ${certificate.assignment.title} — ${certificate.learner.name}</title>
        <style>
          body {
            font-family: Georgia, serif;
            color: #1d2530;
            margin: 0;
            padding: 2rem;
          }
          .sheet {
            max-width: 46rem;
            margin: 0 auto;
            border: 3px double #2b4c7e;
            padding: 2.5rem;
            text-align: center;
          }
          h1 {
            font-size: 2rem;
            margin: 0 0 0.5rem;
            letter-spacing: 0.04em;
          }
          .name {
            font-size: 1.6rem;
            margin: 1.5rem 0 0.25rem;
          }
          table {
            margin: 1.5rem auto 0;
            border-collapse: collapse;
            font-family: system-ui, sans-serif;
            font-size: 0.85rem;
            text-align: left;
          }
          th,
          td {
            border-bottom: 1px solid #c9d1dc;
            padding: 0.35rem 0.6rem;
            vertical-align: top;
          }
          .small {
            font-family: system-ui, sans-serif;
            font-size: 0.8rem;
            color: #4a5563;
          }
          @page {
            margin: 1.5cm;
          }
          @media print {
            body {
              padding: 0;
            }
          }
        </style>
      </head>
      <body>
        <main class="sheet">
          <p class="small">Parley · certificate of completion</p>
          <h1>${certificate.assignment.title}</h1>
          <p>This certifies that</p>
          <p class="name"><strong>${certificate.learner.name}</strong></p>
          <p>passed this certification on ${date(certificate.issuedAt)}.</p>
          <table>
            <thead>
              <tr>
                <th>Scenario</th>
                <th>Rubric</th>
                <th>Score</th>
                <th>Graded by</th>
                <th>Date</th>
              </tr>
            </thead>
            <tbody>
              ${certificate.steps.map(
                (step) =>
                  html`<tr>
                    <td>${step.personaName} (${step.personaId} v${step.personaVersion}, ${step.difficulty})</td>
                    <td>${step.rubricName} (${step.rubricId} v${step.rubricVersion})</td>
                    <td>${step.score ?? "–"} of ${step.scaleMax} (required ${step.requiredScore})</td>
                    <td>${step.engine}${step.model ? html` · ${step.model}` : ""}</td>
                    <td>${date(step.passedAt)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
          ${
            certificate.selfAssessed
              ? html`<p class="small">Issued in local mode (no accounts): self-assigned and self-assessed.</p>`
              : ""
          }
          <p class="small">Certificate ${certificate.id}</p>
        </main>
      </body>
    </html>`;
}
